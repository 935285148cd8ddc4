// Finds <Chart id="..."/> tags in an MDX body with their line numbers, so a chart that is
// placed but not declared (or declared but never placed) is reported before anything renders.

export interface ChartTag {
  id: string | undefined;
  line: number;
}

/** Blanks out MDX comments and code (fenced and inline) while keeping line breaks, so line numbers stay true. */
export function withoutCommentsAndCode(body: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, blank)
    .replace(/`[^`\n]*`/g, blank);
}

// <ChartExample> (gallery) places a chart too.
const tagPattern = /<Chart(?:Example)?\b([^>]*?)\/?>/g;
const idPattern = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/;

export function findChartTags(body: string, firstLine = 1): ChartTag[] {
  const source = withoutCommentsAndCode(body);
  const tags: ChartTag[] = [];
  for (const match of source.matchAll(tagPattern)) {
    const id = idPattern.exec(match[1] ?? '');
    const line = firstLine + (source.slice(0, match.index).match(/\n/g)?.length ?? 0);
    tags.push({ id: id ? (id[1] ?? id[2] ?? id[3]) : undefined, line });
  }
  return tags;
}

/** Every mismatch between declared charts and placed <Chart> tags, as "where: problem" lines. */
export function chartPlacementProblems(file: string, declared: readonly string[], tags: readonly ChartTag[]): string[] {
  const problems: string[] = [];
  const known = declared.length > 0 ? declared.join(', ') : 'none';
  const placedAt = new Map<string, number>();
  for (const tag of tags) {
    if (tag.id === undefined) {
      problems.push(`${file}:${tag.line}: <Chart> needs an id written as text, e.g. <Chart id="app-ranks" />`);
    } else if (!declared.includes(tag.id)) {
      problems.push(`${file}:${tag.line}: <Chart id="${tag.id}" />: no chart "${tag.id}" is declared under charts: in the frontmatter (declared: ${known})`);
    } else if (placedAt.has(tag.id)) {
      problems.push(`${file}:${tag.line}: <Chart id="${tag.id}" /> is placed twice (first on line ${placedAt.get(tag.id)}); place each chart once`);
    } else {
      placedAt.set(tag.id, tag.line);
    }
  }
  for (const id of declared) {
    if (!placedAt.has(id) && !tags.some((tag) => tag.id === id)) {
      problems.push(`${file}: charts.${id}: declared but never placed; add <Chart id="${id}" /> where it belongs in the story, or remove the declaration`);
    }
  }
  return problems;
}
