import type { APIRequestContext } from '@playwright/test';

export interface CrawlResult {
  pages: string[];
  /** Every internal URL referenced anywhere, with its HTTP status and a page that refers to it. */
  references: Map<string, { status: number; from: string }>;
  /** Internal references outside the site's root path (broken on a sub-path host). */
  outsideRoot: { url: string; from: string }[];
}

const attributePattern = /\s(?:href|src)="([^"]+)"/g;

/**
 * Visits every HTML page reachable from the root, like a reader clicking every link, and checks
 * every internal URL those pages refer to (pages, styles, scripts, images, feeds).
 */
export async function crawlSite(request: APIRequestContext, root: string): Promise<CrawlResult> {
  const rootUrl = new URL(root.endsWith('/') ? root : `${root}/`);
  const references = new Map<string, { status: number; from: string }>();
  const outsideRoot: { url: string; from: string }[] = [];
  const queue = [rootUrl.href];
  const pages: string[] = [];

  while (queue.length > 0) {
    const pageUrl = queue.shift()!;
    if (pages.includes(pageUrl)) continue;
    pages.push(pageUrl);
    const html = await (await request.get(pageUrl)).text();
    for (const [, raw] of html.matchAll(attributePattern)) {
      const url = new URL(raw!.replaceAll('&amp;', '&'), pageUrl);
      url.hash = '';
      if (url.origin !== rootUrl.origin) continue;
      if (!url.pathname.startsWith(rootUrl.pathname)) outsideRoot.push({ url: url.href, from: pageUrl });
      if (references.has(url.href)) continue;
      const response = await request.get(url.href);
      references.set(url.href, { status: response.status(), from: pageUrl });
      const isPage = (response.headers()['content-type'] ?? '').includes('text/html');
      if (isPage && response.ok()) queue.push(url.href);
    }
  }
  return { pages, references, outsideRoot };
}
