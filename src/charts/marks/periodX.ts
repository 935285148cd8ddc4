import { el, group, type SvgNode } from '../svg.ts';

export interface PeriodDatum {
  x0: number;
  x1: number;
  className: string;
}

/**
 * Periods on a horizontal time axis (an event dated only to a month or a year), drawn as a bar
 * across the whole period so the drawing claims no more precision than the data has. Not
 * interactive: the event's dot carries its label and value.
 */
export function periodX(periods: readonly PeriodDatum[], y: number, height = 6): SvgNode | null {
  return group(
    { class: 'periods', 'aria-hidden': 'true' },
    periods.map((period) =>
      el('rect', { x: period.x0, y: y - height / 2, width: Math.max(period.x1 - period.x0, height), height, rx: height / 2, class: period.className }),
    ),
  );
}
