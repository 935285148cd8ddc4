import { expect, test } from '@playwright/test';
import { fixtureRoot } from '../servers.mjs';

test('printing drops the navigation and prints each link’s address after its text', async ({ page }) => {
  await page.goto(`${fixtureRoot}/stories/corrected-story/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Topics' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const printedAfter = (name: string) =>
    page.locator('.story__body').getByRole('link', { name }).evaluate((link) => getComputedStyle(link, '::after').content);
  expect(await printedAfter('an outside page')).toBe('" (https://example.org/fixture-link)"');
  expect(await printedAfter('the about page')).toBe('" (/news/about/)"');
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(255, 255, 255)');
});
