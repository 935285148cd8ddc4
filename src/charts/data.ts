import { csvParseRows } from 'd3-dsv';
import { ChartInputError, listOf } from './errors.ts';

/** One row of a data file as written: every cell a trimmed string, or null when empty. */
export type RawRow = Record<string, string | null>;

export interface DataTable {
  file: string;
  columns: string[];
  rows: RawRow[];
  /** The file's row numbers when these rows are a subset of it (one facet of small multiples). */
  rowNumbers?: number[];
}

/** The row number an editor sees in the file (1 = first data row), for messages. */
export function rowNumber(table: DataTable, index: number): number {
  return table.rowNumbers?.[index] ?? index + 1;
}

const missingMarkers = new Set(['', 'na', 'n/a', 'null', '-', '—', 'not reported']);

/** Parses CSV or JSON (an array of flat objects) into string cells; empty cells become null. */
export function parseDataFile(file: string, text: string): DataTable {
  const { columns, rows } = file.toLowerCase().endsWith('.json') ? parseJson(file, text) : parseCsv(text);
  if (rows.length === 0) throw new ChartInputError('data', `${file} has no rows of data; expected a header line and at least one row`);
  return { file, columns, rows };
}

// Rows as arrays, made into objects here: csvParse compiles a converter function for every file it
// reads, and the header was parsed a second time for the column names.
function parseCsv(text: string): { columns: string[]; rows: RawRow[] } {
  const [header = [], ...lines] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const columns = header.map((column) => column.trim());
  const rows = lines.map((cells) => {
    const row: RawRow = {};
    for (let index = 0; index < columns.length; index += 1) row[columns[index]!] = cell(cells[index]);
    return row;
  });
  return { columns, rows };
}

function parseJson(file: string, text: string): { columns: string[]; rows: RawRow[] } {
  const rows = parseJsonRows(file, text);
  return { columns: [...new Set(rows.flatMap((row) => Object.keys(row)))], rows };
}

function parseJsonRows(file: string, text: string): RawRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ChartInputError('data', `${file} is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data) || !data.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))) {
    throw new ChartInputError('data', `${file} must be a JSON array of objects, one per row, e.g. [{"year": 2023, "cases": 5400}]`);
  }
  return data.map((row: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null || value === undefined ? null : cell(String(value))])),
  );
}

function cell(value: string | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return missingMarkers.has(trimmed.toLowerCase()) ? null : trimmed;
}

/** Checks that a column named in the spec exists, listing the ones that do when it does not. */
export function requireColumn(table: DataTable, field: string, column: string): string {
  if (!table.columns.includes(column)) {
    throw new ChartInputError(field, `column "${column}" not in ${table.file} (columns: ${listOf(table.columns)})`);
  }
  return column;
}

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A numeric cell, or null when empty; anything else names the row (1 = first data row) and value. */
export function numberCell(table: DataTable, field: string, column: string, rowIndex: number): number | null {
  const value = table.rows[rowIndex]?.[column] ?? null;
  if (value === null) return null;
  const normalized = value.replace(/^−/, '-').replace(/%$/, '');
  if (!numberPattern.test(normalized)) {
    const hint = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(value) ? ' (write numbers without thousands separators: 5400, not 5,400)' : '';
    throw new ChartInputError(field, `${table.file} row ${rowNumber(table, rowIndex)}, column "${column}": "${value}" is not a number${hint}`);
  }
  const number = Number(normalized);
  return value.endsWith('%') ? number / 100 : number;
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateValue {
  date: Date;
  precision: DatePrecision;
}

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date written 2024, 2024-02 or 2024-02-15 (UTC midnight), keeping how precise it was; null if it is not one. */
export function parseDate(value: string): DateValue | null {
  const match = datePattern.exec(value);
  const [, year, month, day] = match ?? [];
  const date = match ? new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1))) : undefined;
  const real = date && date.getUTCMonth() === Number(month ?? 1) - 1 && date.getUTCDate() === Number(day ?? 1);
  return date && real ? { date, precision: day ? 'day' : month ? 'month' : 'year' } : null;
}

/** A date cell (see parseDate), or null when empty; anything else names the row and value. */
export function dateCell(table: DataTable, field: string, column: string, rowIndex: number): DateValue | null {
  const value = table.rows[rowIndex]?.[column] ?? null;
  if (value === null) return null;
  const date = parseDate(value);
  if (!date) {
    throw new ChartInputError(field, `${table.file} row ${rowNumber(table, rowIndex)}, column "${column}": "${value}" is not a date; expected 2024, 2024-02 or 2024-02-15`);
  }
  return date;
}

/** A text cell, or null when empty. */
export function textCell(table: DataTable, column: string, rowIndex: number): string | null {
  return table.rows[rowIndex]?.[column] ?? null;
}
