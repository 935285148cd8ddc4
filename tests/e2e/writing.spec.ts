import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fixtureRoot } from '../servers.mjs';
import { storyPath } from './site.ts';

const componentsStory = `${fixtureRoot}/stories/writing-components/`;

test('<Value> shows the number from the chart data, formatted with a true minus sign', async ({ page }) => {
  await page.goto(componentsStory);
  const values = page.locator('.story__body data[data-chart]');
  await expect(values).toHaveText(['5,400', '+26%', '−1,250']);
  await expect(values.first()).toHaveAttribute('value', '5400');
});

test('the first story’s figures in the text are read from its chart data', async ({ page }) => {
  await page.goto(storyPath);
  await expect(page.locator('.story__body data[data-chart]')).toHaveText(['5,400', '4,290']);
});

test('a footnote reference jumps to its note, and the back-link returns to the reference', async ({ page }) => {
  await page.goto(componentsStory);
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes.getByRole('listitem')).toHaveText([/^The numbers in this fixture are invented/, /^See the chart gallery/]);

  await page.getByRole('link', { name: 'Note 2', exact: true }).click();
  await expect(page).toHaveURL(/#note-2$/);
  await expect(page.locator('#note-2')).toBeInViewport();
  await expect(notes.getByRole('link', { name: 'chart gallery' })).toHaveAttribute('href', '/news/gallery/');

  await page.getByRole('link', { name: 'Back to the text at note 2' }).click();
  await expect(page).toHaveURL(/#note-ref-2$/);
  await expect(page.locator('#note-ref-2')).toBeInViewport();
});

test('an aside is a note named by its title, and a pull quote is hidden from screen readers', async ({ page }) => {
  await page.goto(componentsStory);
  await expect(page.getByRole('note', { name: 'About this fixture' })).toContainText('every writing component');
  await expect(page.getByRole('note', { name: 'Note', exact: true })).toBeVisible();

  const pullQuote = page.locator('figure.pull-quote');
  await expect(pullQuote).toBeVisible();
  await expect(pullQuote.locator('blockquote')).toHaveText('Every number in the text comes from the chart’s data.');
  await expect(pullQuote.locator('figcaption')).toHaveText('The fixture');
  // Its words are in the text already: read once, not twice.
  await expect(pullQuote).toHaveAttribute('aria-hidden', 'true');
  await expect(page.getByRole('figure').filter({ hasText: 'Every number in the text comes' })).toHaveCount(0);
});

test('a story image is served as AVIF and WebP at several widths, with its alt text', async ({ page }) => {
  await page.goto(componentsStory);
  const picture = page.locator('.story__body picture');
  await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /320w.*640w.*800w/);
  await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /320w/);
  const image = picture.getByRole('img', { name: 'Three shapes on a blue ground: a pale square and an orange circle' });
  await expect(image).toBeVisible();
  // Visible comes before loaded: wait for the file itself, which fails if it never arrives.
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0))).toBeGreaterThan(0);
});

test('the writing components fit a 320 px screen and pass the accessibility audit in both themes', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(componentsStory);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).include('.story__body').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
  }
});

test('in print, footnotes keep their numbers and notes, without back-links', async ({ page }) => {
  await page.goto(componentsStory);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.footnote-ref').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notes' })).toBeVisible();
  await expect(page.locator('.footnote-back').first()).toBeHidden();
});
