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

/**
 * Opens a page of the dev server. The first page a browser opens there is sent a full reload as
 * soon as its HMR socket connects (seen with Astro 7.3; the reason is inside Vite/Astro), so the
 * next navigation can be cut short (net::ERR_ABORTED): it is made again, once. Any other failure,
 * or a second one, fails the test.
 */
export async function gotoDevPage(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url);
  } catch (error) {
    if (!String(error).includes('net::ERR_ABORTED')) throw error;
    await page.goto(url);
  }
}
