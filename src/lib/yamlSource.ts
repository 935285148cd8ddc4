import { isMap, isNode, parseDocument } from 'yaml';

/**
 * The frontmatter text that declares one chart, exactly as the editor wrote it (comments and
 * all), for the gallery to show beside the chart it produced.
 */
export function chartDeclarationSource(fileText: string, chartId: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText)?.[1] ?? '';
  const document = parseDocument(frontmatter);
  const charts = document.get('charts', true);
  if (!isMap(charts)) throw new Error(`no charts: block in the frontmatter`);
  const pair = charts.items.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === chartId);
  const start = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
  const end = (pair?.value as { range?: [number, number, number] } | undefined)?.range?.[2];
  if (start === undefined || end === undefined) throw new Error(`charts.${chartId} is not declared`);
  const lineStart = frontmatter.lastIndexOf('\n', start - 1) + 1;
  const lines = frontmatter.slice(lineStart, end).replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return `charts:\n${lines.map((line) => `  ${line.slice(indent)}`).join('\n')}`;
}
