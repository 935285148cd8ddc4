import { withoutCommentsAndCode } from './chartPlacement.ts';

// Links from a story to other pages of the site, checked against the pages that exist: by
// `npm run check` against the routes the content makes (src/lib/siteRoutes.ts), and by the build
// against the files it wrote (src/lib/buildChecks.ts), so a typo in a link never reaches readers.

export interface InternalLink {
  href: string;
  line: number;
}

// Inline Markdown links and images `](/path)`, reference definitions `[x]: /path`, and
// href="/path" on <a> (or any component) in MDX. Only site paths (/…) and same-page anchors (#…).
const linkPatterns = [
  /\]\(\s*<?((?:\/(?!\/)|#)[^\s)>]*)>?/g,
  /^[ \t]*\[[^\]\n]+\]:[ \t]*<?((?:\/(?!\/)|#)[^\s>]*)>?/gm,
  /\bhref\s*=\s*(?:"((?:\/(?!\/)|#)[^"]*)"|'((?:\/(?!\/)|#)[^']*)'|\{\s*["'`]((?:\/(?!\/)|#)[^"'`]*)["'`]\s*\})/g,
];

/** Every internal link in an MDX body with its line, in the order written. */
export function findInternalLinks(body: string, firstLine = 1): InternalLink[] {
  const source = withoutCommentsAndCode(body);
  const links: (InternalLink & { index: number })[] = [];
  for (const pattern of linkPatterns) {
    for (const match of source.matchAll(pattern)) {
      const href = match.slice(1).find((group) => group !== undefined);
      if (href === undefined) continue;
      links.push({ href, index: match.index, line: firstLine + (source.slice(0, match.index).match(/\n/g)?.length ?? 0) });
    }
  }
  return links.sort((a, b) => a.index - b.index).map(({ href, line }) => ({ href, line }));
}

/** The pages of a site, by path from the site root (`/stories/x/`, `/rss.xml`). */
export interface SitePages {
  has(path: string): boolean;
  /** Whether a page has an element with this id; undefined when that cannot be known. */
  hasAnchor(path: string, id: string): boolean | undefined;
  /** Paths that start with `prefix`, to suggest what the editor may have meant. */
  under(prefix: string): string[];
}

const sections = ['/stories/', '/tags/', '/authors/', '/embed/'];

/** What is wrong with an internal link from the page at `fromPath`, or undefined when it leads somewhere. */
export function linkProblem(href: string, fromPath: string, pages: SitePages): string | undefined {
  const [pathAndQuery = '', hash] = href.split('#', 2);
  const rawPath = pathAndQuery.split('?')[0] ?? '';
  let path: string;
  try {
    path = rawPath === '' ? fromPath : decodeURI(rawPath);
  } catch {
    return `link ${href}: not a valid address; check the % signs`;
  }
  if (!pages.has(path)) {
    if (!path.endsWith('/') && pages.has(`${path}/`)) return `link ${href}: write ${path}/ (with the closing slash): every page of the site ends in /`;
    const section = sections.find((prefix) => path.startsWith(prefix));
    const nearby = section
      ? pages.under(section).filter((page) => page.slice(section.length).split('/').filter(Boolean).length === 1)
      : [];
    const hint = nearby.length > 0 ? ` (pages under ${section}: ${nearby.slice(0, 10).join(', ')}${nearby.length > 10 ? ', …' : ''})` : '';
    return `link ${href}: no page ${path} on the site${hint}; check the spelling, or whether that story is a draft or dated in the future`;
  }
  // Only chart anchors are checked: headings' ids depend on the heading text.
  if (hash?.startsWith('chart-') && pages.hasAnchor(path, hash) === false) {
    return `link ${href}: ${path} has no chart "${hash.slice('chart-'.length)}" (#chart-<id> links to a chart declared in that story)`;
  }
  return undefined;
}
