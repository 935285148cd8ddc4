import { numberCell, requireColumn, rowNumber, type DataTable } from './data.ts';
import { ChartInputError, listOf } from './errors.ts';
import { numberFormatter } from './format.ts';

// <Value chart row column> in a story's prose: one cell of a chart's data, formatted like the
// chart formats it, so the text and the chart cannot disagree.

export interface ValueQuery {
  /** The value of the key column that picks the row, e.g. "2023". */
  row: string;
  /** The column the number is read from. */
  column: string;
  /** The key column; the data file's first column when not given. */
  by?: string | undefined;
  /** A d3-format specifier; by default the number's own precision with thousands separators. */
  format?: string | undefined;
}

export interface FoundValue {
  value: number;
  text: string;
}

const listRows = (values: readonly string[]) =>
  values.length > 12 ? `${listOf(values.slice(0, 12))} and ${values.length - 12} more` : listOf(values);

/** Finds the one row whose key column holds `row`, or says which rows there are. */
function findRow(table: DataTable, key: string, row: string): number {
  const matches = table.rows.flatMap((cells, index) => (cells[key] === row ? [index] : []));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    const keys = table.rows.map((cells) => cells[key] ?? '(empty)');
    throw new ChartInputError('row', `no row of ${table.file} has ${key} "${row}" (${key}: ${listRows(keys)})`);
  }
  const rows = matches.map((index) => rowNumber(table, index)).join(', ');
  throw new ChartInputError('by', `${matches.length} rows of ${table.file} have ${key} "${row}" (rows ${rows}); name a column whose values are all different with by="…"`);
}

/** The number a <Value> shows and its text, or a ChartInputError naming the attribute at fault. */
export function lookupValue(table: DataTable, query: ValueQuery): FoundValue {
  const key = query.by ?? table.columns[0];
  if (key === undefined) throw new ChartInputError('by', `${table.file} has no columns`);
  if (query.by !== undefined) requireColumn(table, 'by', key);
  requireColumn(table, 'column', query.column);
  const index = findRow(table, key, query.row);
  const value = numberCell(table, 'column', query.column, index);
  if (value === null) {
    throw new ChartInputError('column', `${table.file} row ${rowNumber(table, index)}, column "${query.column}" is empty (not reported): there is no number to show`);
  }
  return { value, text: formatValue(value, query.format) };
}

/** Formats with the chart core's rules (d3-format, a true minus sign). */
export function formatValue(value: number, format: string | undefined): string {
  let formatter;
  try {
    formatter = numberFormatter(format, [value]);
  } catch {
    throw new ChartInputError('format', `"${format}" is not a d3-format specifier; expected e.g. ",d", ".0%" or ",.1f"`);
  }
  return formatter(value);
}
