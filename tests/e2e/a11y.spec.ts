import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fixtureRoot } from '../servers.mjs';
import { pageTypes } from './site.ts';

const pages = [...pageTypes.map(({ name, path }) => ({ name, path })), { name: 'corrected story', path: `${fixtureRoot}/stories/corrected-story/` }];

for (const { name, path } of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 320]) {
      test(`axe finds no violations on the ${name} page, ${colorScheme} theme, ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
        expect(summary).toEqual([]);
      });
    }
  }
}
