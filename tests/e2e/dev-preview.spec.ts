import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { origins } from '../servers.mjs';
import { gotoDevPage } from './site.ts';

// The dev server (playwright.config.ts) reads the scratch copy of the content that scripts/test.mjs
// makes, so editing it here leaves content/ and tests/fixtures/ alone.
const storyDir = 'tests/.tmp/content-fixture/stories/writing-components';
const files = { mdx: `${storyDir}/index.mdx`, csv: `${storyDir}/cases.csv` };

let original: { mdx: string; csv: string };

test.beforeAll(async () => {
  original = { mdx: await readFile(files.mdx, 'utf8'), csv: await readFile(files.csv, 'utf8') };
});

test.afterAll(async () => {
  await writeFile(files.mdx, original.mdx);
  await writeFile(files.csv, original.csv);
});

test('the dev preview follows edits to the MDX and to its CSV without a restart or a reload', async ({ page }) => {
  await gotoDevPage(page, `${origins.dev}/stories/writing-components/`);
  const firstParagraph = page.locator('.story__body > p').first();
  const chart = page.locator('figure#chart-cases');
  await expect(firstParagraph).toContainText('The fixture counted 5,400 cases in 2023');
  await expect(chart.locator('tbody tr')).toHaveCount(3);

  // The open page is never reloaded by the test: the dev server must push the change.
  await writeFile(files.mdx, original.mdx.replace('The fixture counted', 'The edited fixture counted'));
  await expect(firstParagraph).toContainText('The edited fixture counted 5,400 cases in 2023', { timeout: 15_000 });

  await writeFile(files.csv, `${original.csv.replace('2023,north,5400,', '2023,north,6100,')}2025,east,700,\n`);
  await expect(chart.locator('tbody tr')).toHaveCount(4, { timeout: 15_000 });
  await expect(chart.locator('tbody td')).toContainText(['1,200', '6,100', '−1,250', '700']);
  await expect(firstParagraph).toContainText('The edited fixture counted 6,100 cases in 2023');
});
