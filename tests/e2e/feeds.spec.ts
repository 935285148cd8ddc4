import { expect, test, type Page } from '@playwright/test';
import { fixtureRoot, origins } from '../servers.mjs';

/** Parses XML in the browser and returns the text of every element matching the selector. */
async function xmlTexts(page: Page, url: string, selector: string): Promise<string[]> {
  return page.evaluate(
    async ({ url, selector }) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error(`${url} is not well-formed XML`);
      return [...doc.querySelectorAll(selector)].map((element) => element.textContent ?? '');
    },
    { url, selector },
  );
}

for (const [name, root] of [
  ['site', origins.site],
  ['sub-path site', fixtureRoot],
] as const) {
  test(`the ${name}'s RSS feed parses and lists the story with an absolute link that works`, async ({ page }) => {
    await page.goto(`${root}/`);
    const feedUrl = await page.locator('link[type="application/rss+xml"]').getAttribute('href');
    const absoluteFeed = new URL(feedUrl!, page.url()).href;
    expect(absoluteFeed).toBe(`${root}/rss.xml`);
    const links = await xmlTexts(page, absoluteFeed, 'item > link');
    expect(links).toContain(`${root}/stories/korea-privacy/`);
    expect(await xmlTexts(page, absoluteFeed, 'item > title')).toContain('South Korea tells AliExpress and Temu to follow its privacy law');
    for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
  });

  test(`the ${name}'s JSON Feed 1.1 lists the story with absolute URLs`, async ({ request }) => {
    const response = await request.get(`${root}/feed.json`);
    expect(response.status()).toBe(200);
    const feed = await response.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${root}/feed.json`);
    expect(feed.home_page_url).toBe(`${root}/`);
    const story = feed.items.find((item: { url: string }) => item.url === `${root}/stories/korea-privacy/`);
    expect(story).toMatchObject({ id: `${root}/stories/korea-privacy/`, date_published: '2026-11-28T00:00:00.000Z' });
    expect(story.authors[0].name).toBe('Readout Data Desk');
    for (const item of feed.items) expect((await request.get(item.url)).status(), item.url).toBe(200);
  });

  test(`the ${name}'s sitemap lists the story and every URL in it resolves`, async ({ page }) => {
    await page.goto(`${root}/`);
    const sitemaps = await xmlTexts(page, `${root}/sitemap-index.xml`, 'sitemap > loc');
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = (await Promise.all(sitemaps.map((url) => xmlTexts(page, url, 'url > loc')))).flat();
    expect(urls).toContain(`${root}/stories/korea-privacy/`);
    expect(urls.filter((url) => url.includes('404'))).toEqual([]);
    for (const url of urls) {
      expect(url.startsWith(`${root}/`), url).toBe(true);
      expect((await page.request.get(url)).status(), url).toBe(200);
    }
  });
}

test('robots.txt points crawlers at the absolute sitemap URL', async ({ request }) => {
  const text = await (await request.get(`${origins.site}/robots.txt`)).text();
  expect(text).toContain(`Sitemap: ${origins.site}/sitemap-index.xml`);
});
