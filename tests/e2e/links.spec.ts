import { expect, test } from '@playwright/test';
import { fixtureRoot, origins } from '../servers.mjs';
import { crawlSite } from './crawl.ts';

const broken = (references: Map<string, { status: number; from: string }>) =>
  [...references].filter(([, { status }]) => status !== 200).map(([url, { status, from }]) => `${status} ${url} (linked from ${from})`);

test('every link, stylesheet, script and image on every page of the site resolves', async ({ request }) => {
  const { pages, references } = await crawlSite(request, `${origins.site}/`);
  expect(pages.length).toBeGreaterThanOrEqual(9);
  expect(pages).toContain(`${origins.site}/stories/korea-privacy/`);
  expect(broken(references)).toEqual([]);
});

test('a build under a sub-path keeps every internal URL under that prefix, and they all resolve', async ({ request }) => {
  const { pages, references, outsideRoot } = await crawlSite(request, `${fixtureRoot}/`);
  expect(pages).toContain(`${fixtureRoot}/stories/korea-privacy/`);
  expect(pages).toContain(`${fixtureRoot}/stories/corrected-story/`);
  // The fixture story links to `/about/` in its MDX; the build must have rewritten it.
  expect(references.get(`${fixtureRoot}/about/`)?.status).toBe(200);
  expect(outsideRoot).toEqual([]);
  expect(broken(references)).toEqual([]);
});

test('canonical and social URLs are absolute and include the sub-path', async ({ page }) => {
  await page.goto(`${fixtureRoot}/stories/korea-privacy/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${fixtureRoot}/stories/korea-privacy/`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${fixtureRoot}/stories/korea-privacy/`);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(new RegExp(`^${fixtureRoot}/`));
  expect((await page.request.get(image!)).status()).toBe(200);
});

test('a missing page on the sub-path host gets the styled 404 page with working links', async ({ page }) => {
  const response = await page.goto(`${fixtureRoot}/stories/not-a-story/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
  await page.getByRole('link', { name: 'list of all stories' }).click();
  await expect(page).toHaveURL(`${fixtureRoot}/archive/`);
});
