// Every internal link goes through here so a build under a sub-path (BASE_PATH=/news/)
// keeps all links, assets and feed URLs under that prefix.
import { sharePaths, type ChartFileKind } from './sharePaths.ts';

export { chartFileName, sharePaths, type ChartFileKind } from './sharePaths.ts';

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
