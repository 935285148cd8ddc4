import { expect, test } from '@playwright/test';
import { fixtureRoot } from '../servers.mjs';

// scripts/test.mjs starts two stories in the fixture content with `npm run new`, as an editor
// would: one left a draft, one with its draft line flipped. The fixture build is the site they
// would publish.
const published = `${fixtureRoot}/stories/2024-05-02-new-story-published/`;
const draft = `${fixtureRoot}/stories/2024-05-02-new-story-draft/`;

test('a story started with npm run new and taken out of draft is published with its chart', async ({ page }) => {
  const response = await page.goto(published);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A story started with npm run new');
  const chart = page.locator('figure#chart-example');
  await expect(chart.locator('.chart__band svg').first()).toBeAttached();
  await expect(chart.locator('.chart__flag')).toHaveText('Illustrative data');
  // The example <Value> reads the same data file as the chart.
  await expect(page.locator('.story__body')).toContainText('2,400');
});

test('a story npm run new left in draft is nowhere on the published site', async ({ page, request }) => {
  expect((await page.goto(draft))?.status()).toBe(404);
  for (const path of ['/rss.xml', '/feed.json', '/sitemap-0.xml', '/archive/']) {
    const text = await (await request.get(`${fixtureRoot}${path}`)).text();
    expect(text, path).not.toContain('new-story-draft');
    expect(text, path).not.toContain('A story still in draft');
  }
});

test('the published one is in the feeds and the sitemap', async ({ request }) => {
  for (const path of ['/rss.xml', '/feed.json', '/sitemap-0.xml']) {
    const text = await (await request.get(`${fixtureRoot}${path}`)).text();
    expect(text, path).toContain(published);
  }
});
