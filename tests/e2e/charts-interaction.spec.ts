import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { storyPath } from './site.ts';

const galleryPath = '/gallery/';
const chartName = 'Contoso drew the most visits';

/** The bar chart the gallery draws from shops.csv, sorted largest first (Fabrikam not reported). */
function barChart(page: Page) {
  const figure = page.locator('figure[data-chart="bar-basic"]');
  return {
    figure,
    body: figure.getByRole('application', { name: `${chartName}, interactive: use arrow keys to move between values` }),
    tooltip: figure.locator('.chart-tooltip'),
    status: figure.getByRole('status'),
    visibleMarks: figure.locator('[data-mark]:visible'),
  };
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('element has no box');
  return found;
}

/** Tabs from the top of the page until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('Tab never reached the chart');
}

test('hovering a bar shows "label: value" just above it, and leaving the bar hides it', async ({ page }) => {
  await page.goto(galleryPath);
  const { tooltip, visibleMarks } = barChart(page);
  const contoso = visibleMarks.first();
  await expect(tooltip).toBeHidden();

  await contoso.hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText('Contoso: 87');
  await expect(contoso).toHaveClass(/is-active/);
  const bar = await box(contoso);
  const tip = await box(tooltip);
  expect(tip.y + tip.height).toBeLessThanOrEqual(bar.y);
  expect(tip.y + tip.height).toBeGreaterThan(bar.y - 20);
  expect(tip.x).toBeLessThan(bar.x + bar.width / 2);
  expect(tip.x + tip.width).toBeGreaterThan(bar.x + bar.width / 2);

  await visibleMarks.nth(1).hover();
  await expect(tooltip).toHaveText('Tailspin: 63');
  await expect(contoso).not.toHaveClass(/is-active/);

  await page.mouse.move(2, 2);
  await expect(tooltip).toBeHidden();
  await expect(visibleMarks.nth(1)).not.toHaveClass(/is-active/);
});

test('the chart is one Tab stop; arrows, Home and End move between bars in order and the live region announces each', async ({ page }) => {
  await page.goto(galleryPath);
  const { figure, body, tooltip, status, visibleMarks } = barChart(page);
  await tabTo(page, body);
  await expect(body).toBeFocused();
  // The focused chart still carries the drawing's alt text and summary.
  await expect(body).toHaveAccessibleDescription(/^Horizontal bars of visits per shop, largest first;.*Largest: Contoso, 87\./);
  await expect(tooltip).toBeHidden();

  const expectCurrent = async (index: number, text: string) => {
    await expect(tooltip).toHaveText(text);
    await expect(status).toHaveText(text);
    await expect(visibleMarks.nth(index)).toHaveClass(/is-active/);
    await expect(figure.locator('[data-mark].is-active')).toHaveCount(1);
  };
  await page.keyboard.press('ArrowRight');
  await expectCurrent(0, 'Contoso: 87');
  await page.keyboard.press('ArrowDown');
  await expectCurrent(1, 'Tailspin: 63');
  await page.keyboard.press('ArrowRight');
  await expectCurrent(2, 'Northwind: 42');
  await page.keyboard.press('ArrowUp');
  await expectCurrent(1, 'Tailspin: 63');
  await page.keyboard.press('End');
  await expectCurrent(3, 'Woodgrove: 28');
  await page.keyboard.press('ArrowRight');
  await expectCurrent(3, 'Woodgrove: 28');
  await page.keyboard.press('Home');
  await expectCurrent(0, 'Contoso: 87');
  await page.keyboard.press('ArrowLeft');
  await expectCurrent(0, 'Contoso: 87');

  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(status).toHaveText('');
  await expect(figure.locator('[data-mark].is-active')).toHaveCount(0);

  // The next Tab leaves the drawing: no bar is a Tab stop of its own.
  await page.keyboard.press('Tab');
  await expect(figure.locator('summary')).toBeFocused();
});

test('after the window narrows to another band, the shown value follows into it and the arrows go on from there', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(galleryPath);
  const { figure, body, tooltip, visibleMarks } = barChart(page);
  await body.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toHaveText('Tailspin: 63');
  const wideBand = await figure.locator('[data-band]:visible').getAttribute('data-band');

  await page.setViewportSize({ width: 320, height: 900 });
  await expect(figure.locator('[data-band]:visible')).not.toHaveAttribute('data-band', wideBand ?? '');
  await expect(visibleMarks.nth(1)).toHaveClass(/is-active/);
  const bar = await box(visibleMarks.nth(1));
  const tip = await box(tooltip);
  expect(Math.abs(tip.y + tip.height - bar.y)).toBeLessThan(20);

  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toHaveText('Northwind: 42');
  await expect(visibleMarks.nth(2)).toHaveClass(/is-active/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('tapping a bar shows its value, and tapping elsewhere hides it', async ({ page }) => {
    await page.goto(galleryPath);
    const { tooltip, visibleMarks } = barChart(page);
    await visibleMarks.nth(2).tap();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveText('Northwind: 42');
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(tooltip).toBeHidden();
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart and its Data table are there, and no tooltip machinery is', async ({ page }) => {
    await page.goto(galleryPath);
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBeGreaterThan(0);
    // Drawn charts: one visible image each, and the Data table behind its summary.
    for (const figure of await page.locator('figure.chart:has(.chart__band)').all()) {
      await expect(figure.getByRole('img')).toHaveCount(1);
      await expect(figure.getByRole('img')).toBeVisible();
      await figure.locator('summary').click();
      await expect(figure.getByRole('table')).toBeVisible();
    }
    await expect(page.locator('.chart-tooltip')).toHaveCount(0);
    await expect(page.locator('figure.chart [role="status"]')).toHaveCount(0);
    await expect(page.locator('[data-enhance="chart-tooltip"]:is([tabindex], [role])')).toHaveCount(0);
    await expect(page.getByRole('table').first()).toContainText('not reported');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 320]) {
    test(`axe finds no violations on the gallery with a chart focused and a value shown, ${colorScheme} theme, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto(galleryPath);
      const { body, tooltip } = barChart(page);
      await body.focus();
      await page.keyboard.press('ArrowRight');
      await expect(tooltip).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
      expect(summary).toEqual([]);
    });
  }
}

/** Every script a page runs, as shipped: inline bodies and the files they point to. */
async function pageScripts(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const scripts: { module: boolean; code: string }[] = [];
  for (const [, attributes = '', inline = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    // Structured data is not code: the browser neither runs nor waits for it.
    if (attributes.includes('application/ld+json')) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    const code = src ? await (await request.get(new URL(src, new URL(path, 'http://x')).pathname)).text() : inline;
    scripts.push({ module: /type="module"|\bdefer\b|\basync\b/.test(attributes), code });
  }
  return { html, scripts };
}

for (const path of [galleryPath, storyPath]) {
  test(`${path} ships at most 8 KB of gzipped JavaScript, none of it blocking but the theme snippet`, async ({ request }) => {
    const { scripts } = await pageScripts(request, path);
    const code = scripts.map((script) => script.code).join('\n');
    const gzipped = gzipSync(code, { level: 9 }).length;
    test.info().annotations.push({ type: 'JavaScript size', description: `${code.length} bytes raw, ${gzipped} bytes gzipped` });
    expect(gzipped).toBeLessThanOrEqual(8 * 1024);
    // Only the few lines that apply a stored theme before first paint may block rendering.
    expect(scripts.filter((script) => !script.module).map((script) => script.code.length)).toEqual([expect.any(Number)]);
  });
}

test.describe('sortable tables', () => {
  // No table chart is built yet, so the shipped script (taken from the gallery page as served)
  // runs on a small table shaped as the table chart emits it, at a path of the same site.
  const fixturePath = '/__table-sort-fixture/';
  const fixture = (head: string, scripts: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Table sort fixture</title>${head}</head>
<body><main><h1>Table sort fixture</h1>
<figure class="chart"><div class="chart__body chart__body--html">
<table data-enhance="table-sort"><caption>Visits per shop (illustrative)</caption>
<thead><tr><th scope="col" data-sort-type="text">Shop</th><th scope="col" data-sort-type="text">Region</th><th scope="col" class="num" data-sort-type="number">Visits</th></tr></thead>
<tbody>
<tr><th scope="row">Northwind</th><td>north</td><td class="num" data-sort-value="42">42</td></tr>
<tr><th scope="row">Fabrikam</th><td>east</td><td class="num">not reported</td></tr>
<tr><th scope="row">Contoso</th><td></td><td class="num" data-sort-value="1204.5">1,204.5</td></tr>
<tr><th scope="row">Woodgrove</th><td>West</td><td class="num" data-sort-value="-3">−3</td></tr>
<tr><th scope="row">Tailspin</th><td>south</td><td class="num" data-sort-value="42">42</td></tr>
</tbody></table></div></figure></main>${scripts}</body></html>`;

  test.beforeEach(async ({ page, request }) => {
    const { html, scripts } = await pageScripts(request, galleryPath);
    const head = [...html.matchAll(/<link rel="stylesheet"[^>]*>|<style\b[\s\S]*?<\/style>/g)].map(([style]) => style).join('');
    const modules = scripts.filter((script) => script.module).map((script) => `<script type="module">${script.code}</script>`);
    await page.route(`**${fixturePath}`, (route) => route.fulfill({ contentType: 'text/html', body: fixture(head, modules.join('')) }));
    await page.goto(fixturePath);
  });

  const column = (page: Page, index: number) => page.locator('tbody tr').evaluateAll((rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]?.textContent ?? ''), index);

  test('headers become buttons named as before; sorting by number puts the largest first, then smallest, missing values always last', async ({ page }) => {
    const visits = page.getByRole('button', { name: 'Visits', exact: true });
    const header = page.getByRole('columnheader', { name: 'Visits' });
    await expect(page.getByRole('button')).toHaveCount(3);
    await expect(header).not.toHaveAttribute('aria-sort');

    await visits.click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await column(page, 0)).toEqual(['Contoso', 'Northwind', 'Tailspin', 'Woodgrove', 'Fabrikam']);
    await expect(page.getByRole('status')).toHaveText('Sorted by Visits, descending.');

    await visits.click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    // Equal values keep the editor's order in both directions.
    expect(await column(page, 0)).toEqual(['Woodgrove', 'Northwind', 'Tailspin', 'Contoso', 'Fabrikam']);
    await expect(page.getByRole('status')).toHaveText('Sorted by Visits, ascending.');
  });

  test('sorting by text follows the alphabet, ignores case, keeps empty cells last and moves aria-sort to the new column', async ({ page }) => {
    await page.getByRole('button', { name: 'Visits', exact: true }).click();
    await page.getByRole('button', { name: 'Region', exact: true }).press('Enter');
    await expect(page.getByRole('columnheader', { name: 'Region' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByRole('columnheader', { name: 'Visits' })).not.toHaveAttribute('aria-sort');
    expect(await column(page, 1)).toEqual(['east', 'north', 'south', 'West', '']);
    await expect(page.getByRole('status')).toHaveText('Sorted by Region, ascending.');

    await page.getByRole('button', { name: 'Region', exact: true }).click();
    expect(await column(page, 1)).toEqual(['West', 'south', 'north', 'east', '']);
  });

  test('axe finds no violations on a sorted table', async ({ page }) => {
    await page.getByRole('button', { name: 'Visits', exact: true }).click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test('the gallery’s table chart sorts by a clicked column, and its first order is the one the editor chose', async ({ page }) => {
  await page.goto(galleryPath);
  const table = page.locator('figure[data-chart="table-shops"] table');
  const shops = () => table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('th, td')?.textContent?.trim()));
  expect(await shops()).toEqual(['Contoso', 'Tailspin', 'Northwind', 'Woodgrove', 'Fabrikam']);
  await table.getByRole('button', { name: 'City' }).click();
  await expect(table.getByRole('columnheader', { name: 'City' })).toHaveAttribute('aria-sort', 'ascending');
  expect(await shops()).toEqual(['Woodgrove', 'Tailspin', 'Fabrikam', 'Contoso', 'Northwind']);
  await table.getByRole('button', { name: 'Visits' }).click();
  expect((await shops()).at(-1)).toBe('Fabrikam');
});
