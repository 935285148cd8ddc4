import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sharePaths } from './sharePaths.ts';
import { tagSlug } from './tags.ts';
import type { SitePages } from './internalLinks.ts';

// The pages a build writes, computed from the content without building: what `npm run check`
// checks internal links against. Dynamic routes are listed here by their file in src/pages, and a
// route file this does not know stops the check, so the list cannot silently fall behind.

export interface RoutedStory {
  slug: string;
  charts: readonly string[];
  tags: readonly string[];
}

const dynamicRoutes: Record<string, (stories: readonly RoutedStory[], authors: readonly string[]) => string[]> = {
  'stories/[slug]/index.astro': (stories) => stories.map(({ slug }) => `/stories/${slug}/`),
  'stories/[slug]/charts/[chart]/index.astro': (stories) => eachChart(stories, sharePaths.chart),
  'stories/[slug]/card.png.ts': (stories) => stories.map(({ slug }) => `/${sharePaths.storyCard(slug)}`),
  'stories/[slug]/charts/[chart]/card.png.ts': (stories) => eachChart(stories, (slug, id) => sharePaths.chartFile(slug, id, 'card')),
  'stories/[slug]/charts/[chart]/[file].png.ts': (stories) => eachChart(stories, (slug, id) => sharePaths.chartFile(slug, id, 'png')),
  'stories/[slug]/charts/[chart]/[file].svg.ts': (stories) => eachChart(stories, (slug, id) => sharePaths.chartFile(slug, id, 'svg')),
  'stories/[slug]/charts/[chart]/[file].csv.ts': (stories) => eachChart(stories, (slug, id) => sharePaths.chartFile(slug, id, 'csv')),
  'embed/[slug]/[chart].astro': (stories) => eachChart(stories, sharePaths.embed),
  'tags/[tag]/index.astro': (stories) => [...new Set(stories.flatMap(({ tags }) => tags.map((tag) => `/tags/${tagSlug(tag)}/`)))],
  'authors/[author]/index.astro': (_, authors) => authors.map((id) => `/authors/${id}/`),
};

/** One page path per chart of every story, from its site path (sharePaths, as the build uses). */
function eachChart(stories: readonly RoutedStory[], path: (slug: string, chartId: string) => string): string[] {
  return stories.flatMap(({ slug, charts }) => charts.map((id) => `/${path(slug, id)}`));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split('\\').join('/'));
}

/** The page path a route file without parameters makes: `about.astro` -> `/about/`, `rss.xml.ts` -> `/rss.xml`. */
function staticRoutePath(file: string): string {
  const path = file.replace(/\.(astro|md|mdx|ts|js)$/, '');
  if (/\.[a-z]+$/.test(path)) return `/${path}`;
  if (path === '404') return '/404.html'; // Astro writes the not-found page as a file, for hosts to serve.
  const page = path === 'index' ? '' : path.replace(/(^|\/)index$/, '');
  return page === '' ? '/' : `/${page}/`;
}

/** Every page path, from the route files in `pagesDir`, the files in `publicDir` and the content. */
export function siteRoutes(pagesDir: string, publicDir: string, stories: readonly RoutedStory[], authors: readonly string[]): string[] {
  const paths: string[] = [];
  for (const file of filesUnder(pagesDir)) {
    if (!file.includes('[')) paths.push(staticRoutePath(file));
    else if (dynamicRoutes[file]) paths.push(...dynamicRoutes[file](stories, authors));
    else throw new Error(`${relative(process.cwd(), join(pagesDir, file))}: a route src/lib/siteRoutes.ts does not know; add it there so links to its pages can be checked`);
  }
  for (const file of filesUnder(publicDir)) paths.push(`/${file}`);
  return paths;
}

/** The site's pages as SitePages, with the charts of each story as its anchors. */
export function routedPages(paths: readonly string[], stories: readonly RoutedStory[]): SitePages {
  const known = new Set(paths);
  const charts = new Map(stories.map(({ slug, charts }) => [`/stories/${slug}/`, new Set(charts)]));
  return {
    has: (path) => known.has(path),
    hasAnchor: (path, id) => (id.startsWith('chart-') ? charts.get(path)?.has(id.slice('chart-'.length)) : undefined),
    under: (prefix) => paths.filter((path) => path.startsWith(prefix)).sort(),
  };
}
