import { expect, test, type Page } from '@playwright/test';
import { chartPages } from './site.ts';

interface TextReport {
  smallest: { size: number; text: string };
  overlaps: string[];
  outside: string[];
  charts: number;
}

/** Measures every chart text as rendered: size in CSS px, collisions, and anything outside its figure. */
function measureCharts(page: Page): Promise<TextReport> {
  return page.evaluate(() => {
    const report = { smallest: { size: Infinity, text: '' }, overlaps: [] as string[], outside: [] as string[], charts: 0 };
    for (const figure of document.querySelectorAll('figure.chart')) {
      report.charts += 1;
      const figureBox = figure.getBoundingClientRect();
      const texts: { box: DOMRect; text: string }[] = [];
      for (const svg of figure.querySelectorAll('.chart__band > svg')) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) continue; // a band drawn for another width
        const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
        for (const text of svg.querySelectorAll('text')) {
          const size = parseFloat(getComputedStyle(text).fontSize) * scale;
          const content = text.textContent ?? '';
          if (size < report.smallest.size) report.smallest = { size, text: content };
          texts.push({ box: text.getBoundingClientRect(), text: content });
        }
      }
      for (const element of figure.querySelectorAll<HTMLElement>('.chart__head *, .chart__foot *, .chart__body--html *, summary')) {
        if (!element.textContent?.trim() || element.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < report.smallest.size) report.smallest = { size, text: element.textContent.trim().slice(0, 40) };
      }
      for (const [index, a] of texts.entries()) {
        if (a.box.left < figureBox.left - 1 || a.box.right > figureBox.right + 1) report.outside.push(`"${a.text}" in ${figure.id}`);
        for (const b of texts.slice(index + 1)) {
          const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (overlapX > 1 && overlapY > 1) report.overlaps.push(`"${a.text}" / "${b.text}" in ${figure.id}`);
        }
      }
    }
    return report;
  });
}

for (const path of chartPages) {
  for (const width of [320, 768, 1280]) {
    test(`charts on ${path} at ${width} px: no text under 12 px, no collisions, nothing overflows`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const report = await measureCharts(page);
      expect(report.charts).toBeGreaterThan(0);
      expect(report.smallest.size, `smallest text: "${report.smallest.text}"`).toBeGreaterThanOrEqual(12);
      expect(report.overlaps).toEqual([]);
      expect(report.outside).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }

  test(`charts on ${path} do not shift the layout while the page loads`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of chartPages) {
    test(`every chart on ${path} is drawn, named and has its data table`, async ({ page }) => {
      await page.goto(path);
      const figures = page.locator('figure.chart');
      const count = await figures.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index += 1) {
        const figure = figures.nth(index);
        await expect(figure.locator('.chart__title')).not.toBeEmpty();
        await expect(figure.locator('.chart__source')).toContainText('Source');
        const svg = figure.locator('.chart__band > svg:visible');
        if ((await svg.count()) > 0) {
          await expect(svg).toHaveAttribute('role', 'img');
          expect(await svg.locator('[data-mark]').count()).toBeGreaterThan(0);
          await expect(figure.getByRole('img')).toHaveAccessibleName(/\S/);
        }
        // A table chart is its own data; every other chart has a Data disclosure.
        const isTable = (await figure.getAttribute('data-chart-type')) === 'table';
        if (!isTable) await figure.locator('summary').click();
        expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
      }
    });
  }
});

test('charts mark illustrative data on the chart itself', async ({ page }) => {
  await page.goto('/gallery/');
  const figures = page.locator('figure.chart');
  for (let index = 0; index < (await figures.count()); index += 1) {
    await expect(figures.nth(index).locator('.chart__flag')).toHaveText('Illustrative data');
  }
});

test('chart SVG uses no style attributes, so a strict Content-Security-Policy needs no unsafe-inline', async ({ page }) => {
  for (const path of chartPages) {
    await page.goto(path);
    expect(await page.locator('figure.chart [style]').count()).toBe(0);
  }
});
