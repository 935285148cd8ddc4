// Every internal link goes through here so a build under a sub-path (BASE_PATH=/news/)
// keeps all links, assets and feed URLs under that prefix.
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A site-relative path such as `stories/x/` or `/stories/x/` as an href under the base. */
export function href(path = ''): string {
  const clean = path.replace(/^\//, '');
  return `${base}/${clean}`;
}

/** The absolute URL of a site path, for canonical links, feeds and social tags. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs: site: is not set; set SITE_URL to the public origin (e.g. https://news.example.org)');
  return new URL(href(path), site).href;
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

export const routes = {
  home: () => href(''),
  story: (slug: string) => href(`stories/${slug}/`),
  tag: (tagSlug: string) => href(`tags/${tagSlug}/`),
  tags: () => href('tags/'),
  author: (id: string) => href(`authors/${id}/`),
  authors: () => href('authors/'),
  archive: () => href('archive/'),
  about: () => href('about/'),
  gallery: () => href('gallery/'),
  guide: () => href('guide/'),
  chart: (slug: string, chartId: string) => href(sharePaths.chart(slug, chartId)),
  chartPages: (slug: string) => href(`stories/${slug}/charts/`),
  chartFile: (slug: string, chartId: string, kind: ChartFileKind) => href(sharePaths.chartFile(slug, chartId, kind)),
  storyCard: (slug: string) => href(sharePaths.storyCard(slug)),
  embed: (slug: string, chartId: string) => href(sharePaths.embed(slug, chartId)),
  embedHost: () => href('embed/host.js'),
  rss: () => href('rss.xml'),
  jsonFeed: () => href('feed.json'),
};

export type ChartFileKind = 'png' | 'svg' | 'csv' | 'card';

export function chartFileName(slug: string, chartId: string, kind: ChartFileKind): string {
  return kind === 'card' ? 'card.png' : `${slug}-${chartId}.${kind}`;
}
