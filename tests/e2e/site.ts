import type { Page } from '@playwright/test';

/** One URL of each kind of page the site builds (paths on the production build). */
export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'story', path: '/stories/korea-privacy/' },
  { name: 'archive', path: '/archive/' },
  { name: 'topics index', path: '/tags/' },
  { name: 'topic', path: '/tags/privacy/' },
  { name: 'authors index', path: '/authors/' },
  { name: 'author', path: '/authors/readout-desk/' },
  { name: 'about', path: '/about/' },
  { name: 'chart gallery', path: '/gallery/' },
  { name: 'editor’s guide', path: '/guide/' },
  { name: 'chart', path: '/stories/korea-privacy/charts/kisa-cases/' },
  { name: 'not found', path: '/no-such-page/', status: 404 },
] as const;

export const storyPath = '/stories/korea-privacy/';

/** Pages with charts on them, checked for legibility and behaviour at several widths. */
export const chartPages = ['/gallery/', '/stories/korea-privacy/', '/stories/korea-privacy/charts/investigation-timeline/'];

/** Console errors and uncaught exceptions, collected while the test runs. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Internal URLs a page refers to: links, stylesheets, scripts, images, icons. */
export async function referencedUrls(page: Page): Promise<string[]> {
  return page.$$eval('a[href], link[href], script[src], img[src], source[srcset], img[srcset]', (elements) =>
    elements.flatMap((element) => {
      const urls: string[] = [];
      for (const attribute of ['href', 'src']) {
        const value = element.getAttribute(attribute);
        if (value) urls.push(new URL(value, document.baseURI).href);
      }
      const srcset = element.getAttribute('srcset');
      if (srcset) for (const part of srcset.split(',')) urls.push(new URL(part.trim().split(/\s+/)[0] ?? '', document.baseURI).href);
      return urls;
    }),
  );
}
