import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { storyFiles } from '../../scripts/lib/newStory.mjs';

const guidePath = '/guide/';

test('the footer links to the editor’s guide next to the chart gallery', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('navigation', { name: 'Footer' });
  await expect(footer.getByRole('listitem')).toContainText(['Chart gallery', 'Editor’s guide']);
  await footer.getByRole('link', { name: 'Editor’s guide' }).click();
  await expect(page).toHaveURL(/\/guide\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The editor’s guide');
});

test('the guide shows the frontmatter npm run new writes, from the same code', async ({ page }) => {
  await page.goto(guidePath);
  const files = storyFiles({ headline: 'The headline', published: '2024-04-19T09:00:00+09:00', authors: ['readout-desk'], tags: ['Privacy'] });
  await expect(page.locator('pre').filter({ hasText: 'draft: true' })).toHaveText(files['index.mdx']);
});

test('each writing component in the guide is rendered live beside its MDX', async ({ page }) => {
  await page.goto(guidePath);
  const examples = page.locator('.mdx-example');
  await expect(examples).toHaveCount(5);

  // <Value> reads the guide's own data file, as in a story.
  const csv = await readFile('content/guide/writing/library-loans.csv', 'utf8');
  const loans = (year: string) => Number(new RegExp(`^${year},(\\d+)$`, 'm').exec(csv)?.[1]).toLocaleString('en');
  const value = examples.nth(0);
  await expect(value.locator('pre')).toContainText('<Value chart="loans" row="2024" column="loans" format=",d" />');
  await expect(value.locator('data[data-chart="loans"]')).toHaveText([loans('2024'), loans('2020')]);

  await expect(examples.nth(1).getByRole('note', { name: 'What is Contoso?' })).toContainText('A made-up town');
  await expect(examples.nth(2).locator('figure.pull-quote')).toHaveAttribute('aria-hidden', 'true');

  await examples.nth(3).getByRole('link', { name: 'Note 1', exact: true }).click();
  await expect(page.locator('#note-1')).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('listitem')).toHaveText([/^A renewal extends a loan/]);

  const image = examples.nth(4).getByRole('img', { name: 'Three shapes on a blue ground: a pale square and an orange circle' });
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
});

test('the guide draws its chart beside its declaration and links the gallery for every other type', async ({ page }) => {
  await page.goto(guidePath);
  const example = page.locator('.example');
  await expect(example.locator('figure#chart-loans')).toContainText('The Contoso library lent more books every year');
  await expect(example.locator('pre')).toContainText('illustrative: true');
  await page.getByRole('main').getByRole('link', { name: 'chart gallery' }).click();
  await expect(page).toHaveURL(/\/gallery\/$/);
});
