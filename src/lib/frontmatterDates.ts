import { parse } from 'yaml';

// The YAML reader behind frontmatter turns `2024-04-19T20:13:00` into a UTC instant and
// `2024-02-30` into 1 March without a word. We read the dates again as the editor wrote
// them (YAML 1.2 core schema: no timestamps) and refuse what would silently shift.
const dateTimeFields = ['published', 'updated'];
const dateListFields = ['sources', 'corrections'];

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimeExample = '2024-04-19T20:13:00+09:00 (or Z for UTC)';

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Problem with a date-time as written, or undefined when it is a real instant with a zone. */
export function dateTimeProblem(value: string): string | undefined {
  const match = dateTimePattern.exec(value);
  if (!match) {
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/.test(value)) return `"${value}" has no time zone; expected e.g. ${dateTimeExample}`;
    return `"${value}" is not a date-time; expected e.g. ${dateTimeExample}`;
  }
  const [, year, month, day, hour, minute, second = '0', , zoneHour = '0', zoneMinute = '0'] = match;
  const fits =
    isRealDate(Number(year), Number(month), Number(day)) &&
    Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60 && Number(zoneHour) <= 14 && Number(zoneMinute) < 60;
  return fits ? undefined : `"${value}" is not a real date and time; expected e.g. ${dateTimeExample}`;
}

/** Problem with a calendar date as written (a date-time with zone is accepted too). */
export function dateProblem(value: string): string | undefined {
  if (value.includes('T')) return dateTimeProblem(value);
  const match = datePattern.exec(value);
  if (!match) return `"${value}" is not a date; expected e.g. 2024-04-19`;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) ? undefined : `"${value}" is not a real date; expected e.g. 2024-04-19`;
}

// Every `published:`, `updated:` and `date:` value as written, block or flow style. A quick scan
// over-approximates (it may also catch a title that contains "date:"), so it only decides whether
// the exact, slower check is needed at all: most stories have nothing wrong with their dates.
const dateLike = /^(published|updated):[ \t]*([^\n#]*)|(?:^[ \t]*(?:-[ \t]+)?|[{,][ \t]*)date:[ \t]*("[^"\n]*"|'[^'\n]*'|[^,}\s#]+)/gm;
const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

function everyDateLooksRight(frontmatter: string): boolean {
  for (const [, key, timestamp, date] of frontmatter.matchAll(dateLike)) {
    const problem = key ? timestamp && unquote(timestamp) && dateTimeProblem(unquote(timestamp)) : date && dateProblem(unquote(date));
    if (problem) return false;
  }
  return true;
}

/** The first "field: problem" among a story's dates as written in its frontmatter. */
export function checkFrontmatterDates(fileText: string): string | undefined {
  return frontmatterDateProblems(fileText)[0];
}

/** Every "field: problem" among a story's dates as written in its frontmatter. */
export function frontmatterDateProblems(fileText: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText)?.[1];
  if (!frontmatter || everyDateLooksRight(frontmatter)) return [];
  let data: unknown;
  try {
    data = parse(frontmatter);
  } catch {
    return []; // YAML syntax errors are reported with their line by Astro (and `npm run check`).
  }
  if (typeof data !== 'object' || data === null) return [];
  const problems: string[] = [];
  const record = data as Record<string, unknown>;
  for (const field of dateTimeFields) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    const problem = dateTimeProblem(String(value));
    if (problem) problems.push(`${field}: ${problem}`);
  }
  for (const field of dateListFields) {
    const list = record[field];
    if (!Array.isArray(list)) continue;
    for (const [index, item] of list.entries()) {
      const value = (item as Record<string, unknown> | null)?.['date'];
      if (value === undefined || value === null) continue;
      const problem = dateProblem(String(value));
      if (problem) problems.push(`${field}[${index}].date: ${problem}`);
    }
  }
  const charts = record['charts'];
  if (typeof charts === 'object' && charts !== null) {
    for (const [id, chart] of Object.entries(charts as Record<string, unknown>)) {
      const source = (chart as Record<string, unknown> | null)?.['source'];
      const sources = Array.isArray(source) ? source.map((item, index) => [`[${index}]`, item] as const) : [['', source] as const];
      for (const [suffix, item] of sources) {
        const value = (item as Record<string, unknown> | null | undefined)?.['date'];
        if (value === undefined || value === null) continue;
        const problem = dateProblem(String(value));
        if (problem) problems.push(`charts.${id}.source${suffix}.date: ${problem}`);
      }
    }
  }
  return problems;
}
