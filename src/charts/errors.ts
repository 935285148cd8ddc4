/**
 * A problem with a chart an editor can fix: `field` is the path inside the chart's declaration
 * (e.g. `y`, `annotations[0].value`), so the message can point at the exact line to change.
 */
export class ChartInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ChartInputError';
    this.field = field;
  }
}

/** Joins a list for messages: `app, rank, date`. */
export const listOf = (items: readonly string[]): string => items.join(', ');
