import { ChartInputError } from '../charts/errors.ts';
import { lookupValue, type FoundValue } from '../charts/value.ts';
import { withoutCommentsAndCode } from './chartPlacement.ts';
import { displayPath, readChartData, type ChartHost } from './storyCharts.ts';

// <Value> in a story: the lookup <Value> renders with, and the tags as written with their lines, so
// `npm run check` reports a <Value> pointing at nothing with the same message as the build.

export interface ValueProps {
  chart: string;
  row: string;
  column: string;
  by?: string | undefined;
  format?: string | undefined;
}

export const valueTag = ({ chart, row, column, by }: ValueProps): string =>
  `<Value chart="${chart}" row="${row}" column="${column}"${by ? ` by="${by}"` : ''} />`;

/** The number a <Value> shows, or an editor-facing error naming the file, the tag and the attribute. */
export function lookupStoryValue(host: Pick<ChartHost, 'slug' | 'filePath' | 'charts'>, props: ValueProps): FoundValue {
  const where = `${displayPath(host.filePath)}: ${valueTag(props)}`;
  const spec = host.charts[props.chart];
  if (!spec) {
    const declared = Object.keys(host.charts).join(', ') || 'none';
    throw new Error(`${where}: chart: no chart "${props.chart}" is declared under charts: (declared: ${declared})`);
  }
  const { table } = readChartData(host, props.chart, spec);
  try {
    return lookupValue(table, props);
  } catch (error) {
    throw error instanceof ChartInputError ? new Error(`${where}: ${error.message}`) : error;
  }
}

export interface ValueTag {
  /** Undefined when an attribute is missing or not written as plain text or a literal. */
  props: ValueProps | undefined;
  line: number;
}

const tagPattern = /<Value\b([^>]*?)\/?>/g;
const attributePattern = /\b(chart|row|column|by|format)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:["'`]([^"'`]*)["'`]|(-?\d+(?:\.\d+)?))\s*\})/g;

/** Every <Value …/> in an MDX body with its line. */
export function findValueTags(body: string, firstLine = 1): ValueTag[] {
  const source = withoutCommentsAndCode(body);
  return [...source.matchAll(tagPattern)].map((match) => {
    const attributes: Record<string, string> = {};
    for (const [, name, ...values] of (match[1] ?? '').matchAll(attributePattern)) attributes[name!] = values.find((value) => value !== undefined) ?? '';
    const { chart, row, column, by, format } = attributes;
    const line = firstLine + (source.slice(0, match.index).match(/\n/g)?.length ?? 0);
    return { props: chart !== undefined && row !== undefined && column !== undefined ? { chart, row, column, by, format } : undefined, line };
  });
}
