import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { fixtureRoot, origins } from '../servers.mjs';
import { collectPageErrors, storyPath } from './site.ts';

// The first story's charts, as its editor declared them: every one must have a page of its own.
const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync('content/stories/korea-privacy/index.mdx', 'utf8'))?.[1] ?? '';
const declared = parse(frontmatter) as { title: string; charts: Record<string, { title: string; data: string }> };
const storyCharts = Object.entries(declared.charts);
const chartPath = (id: string) => `${storyPath}charts/${id}/`;

test('the first story declares charts to share', () => {
  expect(storyCharts.length).toBeGreaterThanOrEqual(5);
});

for (const [id, chart] of storyCharts) {
  test(`chart page for ${id}: the chart at full width, its sources and data, the way back, the share panel`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const response = await page.goto(chartPath(id));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart.title);
    const figure = page.locator(`figure#chart-${id}`);
    await expect(figure).toBeVisible();
    await expect(figure.locator('.chart__source')).toContainText('Source');
    await expect(figure.locator('table')).toHaveCount(1);
    await expect(page.getByRole('link', { name: declared.title })).toHaveAttribute('href', `${storyPath}#chart-${id}`);

    const panel = page.getByRole('region', { name: 'Share this chart' });
    await expect(panel.getByLabel('Link')).toHaveValue(`${origins.site}${chartPath(id)}`);
    await expect(panel.getByLabel('Cite')).toHaveValue(new RegExp(`^Readout, “${escapeRegExp(chart.title)}”, \\d{1,2} \\w+ \\d{4}, ${escapeRegExp(origins.site + chartPath(id))}$`));
    await expect(panel.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
    for (const kind of ['png', 'svg', 'csv']) {
      await expect(panel.locator(`a[data-download="${kind}"]`)).toHaveAttribute('href', `${chartPath(id)}korea-privacy-${id}.${kind}`);
    }
    expect(errors).toEqual([]);
  });
}

test('chart pages are in the sitemap', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const [id] of storyCharts) expect(sitemap).toContain(`<loc>${origins.site}${chartPath(id)}</loc>`);
});

test('the story links every chart to its page and to its own anchor', async ({ page }) => {
  await page.goto(storyPath);
  for (const [id, chart] of storyCharts) {
    const figure = page.locator(`figure#chart-${id}`);
    await expect(figure.getByRole('link', { name: `Link to this chart: ${chart.title}` })).toHaveAttribute('href', `#chart-${id}`);
    await expect(figure.getByRole('link', { name: `Share, embed or download “${chart.title}”` })).toHaveAttribute('href', chartPath(id));
    // The link text must not leak into the figure's name, which is the chart's title.
    await expect(figure).toHaveAccessibleName(chart.title);
  }
  await page.locator('figure#chart-kisa-cases').getByRole('link', { name: /^Share, embed or download/ }).click();
  await expect(page).toHaveURL(chartPath('kisa-cases'));
});

test('opening the story at a chart’s anchor scrolls to it and marks it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(`${storyPath}#chart-traded-share`);
  const target = page.locator('figure#chart-traded-share');
  await expect(target).toBeInViewport();
  const outline = (id: string) => page.locator(`figure#chart-${id}`).evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(await outline('traded-share')).toBe('solid');
  expect(await outline('kisa-cases')).toBe('none');
});

test('copy link puts the permalink on the clipboard and says so to screen readers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origins.site });
  await page.goto(chartPath('kisa-cases'));
  const panel = page.getByRole('region', { name: 'Share this chart' });
  await panel.getByRole('button', { name: 'Copy link' }).click();
  await expect(panel.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origins.site}${chartPath('kisa-cases')}`);
  await panel.getByRole('button', { name: 'Copy citation' }).click();
  await expect(panel.getByRole('status')).toHaveText('Citation copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Readout, “Cases of Koreans’ personal data/);
});

test('without JavaScript the share panel is plain text to select and links to follow', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(chartPath('kisa-cases'));
  const panel = page.getByRole('region', { name: 'Share this chart' });
  await expect(panel.getByLabel('Link')).toHaveValue(`${origins.site}${chartPath('kisa-cases')}`);
  await expect(panel.getByRole('button')).toHaveCount(0);
  await expect(panel.locator('a[data-download]')).toHaveCount(3);
  await context.close();
});

test('structured data: a NewsArticle on the story, a Dataset with its CSV on each chart page', async ({ page }) => {
  const jsonLd = async () => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  await page.goto(storyPath);
  const article = await jsonLd();
  expect(article).toMatchObject({ '@type': 'NewsArticle', headline: declared.title, url: `${origins.site}${storyPath}` });
  expect(article.dateModified).toBeTruthy();
  expect(article.image.url).toBe(`${origins.site}${storyPath}card.png`);

  await page.goto(chartPath('kisa-cases'));
  const data = await jsonLd();
  expect(data).toMatchObject({
    '@type': 'Dataset',
    name: declared.charts['kisa-cases']!.title,
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${origins.site}${chartPath('kisa-cases')}korea-privacy-kisa-cases.csv` }],
    isPartOf: { url: `${origins.site}${storyPath}` },
  });
});

test('story and chart pages announce their own card for link previews, by absolute URL', async ({ page }) => {
  for (const [path, card] of [
    [storyPath, `${storyPath}card.png`],
    [chartPath('kisa-cases'), `${chartPath('kisa-cases')}card.png`],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${origins.site}${card}`);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  }
});

test('under a sub-path, chart pages and their links keep the prefix', async ({ page }) => {
  await page.goto(`${fixtureRoot}/stories/korea-privacy/charts/kisa-cases/`);
  await expect(page.getByRole('link', { name: declared.title })).toHaveAttribute('href', '/news/stories/korea-privacy/#chart-kisa-cases');
  await expect(page.getByLabel('Link')).toHaveValue(`${fixtureRoot}/stories/korea-privacy/charts/kisa-cases/`);
  await expect(page.locator('a[data-download="csv"]')).toHaveAttribute('href', '/news/stories/korea-privacy/charts/kisa-cases/korea-privacy-kisa-cases.csv');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the embed code on a chart page is an iframe of that chart’s embed, sandboxed, with the host snippet', async ({ page }) => {
  await page.goto(chartPath('kisa-cases'));
  const code = await page.getByLabel('Embed on your site').inputValue();
  expect(code).toContain(`src="${origins.site}/embed/korea-privacy/kisa-cases/"`);
  expect(code).toContain('loading="lazy"');
  expect(code).toMatch(/sandbox="[^"]*allow-scripts/);
  expect(code).not.toContain('allow-same-origin');
  expect(code).toContain(`<script src="${origins.site}/embed/host.js"`);
});
