import { expect, test, type Page } from '@playwright/test';
import { storyPath } from './site.ts';

const lightBackground = 'rgb(253, 252, 249)';
const darkBackground = 'rgb(18, 20, 23)';
const background = (page: Page) => page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);

test('without a stored choice the theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(storyPath);
  expect(await background(page)).toBe(darkBackground);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(lightBackground);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test('the toggle switches theme, announces its state and remembers the choice across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(storyPath);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(darkBackground);

  await page.goto('/about/');
  expect(await background(page)).toBe(darkBackground);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(await background(page)).toBe(lightBackground);
});

test('a stored dark choice is applied before the page body is parsed, so light never flashes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(storyPath);
  await page.evaluate(() => localStorage.setItem('readout-theme', 'dark'));
  // Record the theme at the moment <body> first exists: before any paint can happen.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the toggle is hidden and the page follows the system theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(storyPath);
    await expect(page.locator('[data-enhance="theme-toggle"]')).toBeHidden();
    expect(await background(page)).toBe(darkBackground);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
