import { format as d3Format } from 'd3-format';
import { utcFormat } from 'd3-time-format';
import type { DatePrecision } from './data.ts';

// d3-format already writes a true minus sign (U+2212); we add defaults that suit the data.

export type NumberFormatter = (value: number) => string;

/** The editor's d3-format specifier, or one that shows the data's own precision (at most 2 decimals). */
export function numberFormatter(specifier: string | undefined, values: readonly number[]): NumberFormatter {
  if (specifier) return remembered<number>(d3Format(specifier), (value) => value);
  const decimals = Math.min(2, Math.max(0, ...values.map(decimalPlaces)));
  return remembered<number>(d3Format(`,.${decimals}f`), (value) => value);
}

/**
 * A chart formats the same values and dates again for each width band it is drawn at (labels,
 * tooltips, ticks): each formatter remembers its results. Zero is not remembered, so −0 and 0
 * keep whatever d3 makes of them.
 */
function remembered<T>(format: (value: T) => string, key: (value: T) => number): (value: T) => string {
  const results = new Map<number, string>();
  return (value) => {
    const k = key(value);
    if (k === 0 || Number.isNaN(k)) return format(value);
    let result = results.get(k);
    if (result === undefined) results.set(k, (result = format(value)));
    return result;
  };
}

function decimalPlaces(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [, fraction = ''] = String(value).split('.');
  return fraction.replace(/e.*$/, '').length;
}

const defaultDateFormats: Record<DatePrecision, string> = { year: '%Y', month: '%B %Y', day: '%-d %B %Y' };
const shortDateFormats: Record<DatePrecision, string> = { year: '%Y', month: '%b %Y', day: '%-d %b %Y' };

/** Dates as the newsroom writes them ("18 April 2024", "February 2024"), in UTC so no zone shifts them. */
export function dateFormatter(specifier: string | undefined, precision: DatePrecision, short = false): (date: Date) => string {
  return remembered(utcFormat(specifier ?? (short ? shortDateFormats : defaultDateFormats)[precision]), (date) => date.getTime());
}

/** "Temu, AliExpress and Shein". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
