// Where a chart's page, files and embed live, as site paths without the base. Plain code (no
// import.meta.env), so `npm run check` computes the same routes the build writes; urls.ts turns
// these into hrefs and absolute URLs.

export type ChartFileKind = 'png' | 'svg' | 'csv' | 'card';

export function chartFileName(slug: string, chartId: string, kind: ChartFileKind): string {
  return kind === 'card' ? 'card.png' : `${slug}-${chartId}.${kind}`;
}

/** Site paths (without the base) of what a sharer passes on; absoluteUrl() and href() take them. */
export const sharePaths = {
  /** A chart's own page, its permalink. */
  chart: (slug: string, chartId: string) => `stories/${slug}/charts/${chartId}/`,
  /** A chart's downloads and social card, in its permalink folder; named so a saved file says what it is. */
  chartFile: (slug: string, chartId: string, kind: ChartFileKind) => `stories/${slug}/charts/${chartId}/${chartFileName(slug, chartId, kind)}`,
  storyCard: (slug: string) => `stories/${slug}/card.png`,
  embed: (slug: string, chartId: string) => `embed/${slug}/${chartId}/`,
};
