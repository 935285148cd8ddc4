import { expect, test } from '@playwright/test';
import { collectPageErrors, pageTypes } from './site.ts';

for (const pageType of pageTypes) {
  test(`${pageType.name} page loads with its landmarks, one h1, ordered headings and no console errors`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const expectedStatus = 'status' in pageType ? pageType.status : 200;
    const response = await page.goto(pageType.path);
    expect(response?.status()).toBe(expectedStatus);
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);

    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
      headings.map((heading) => Number(heading.tagName[1])),
    );
    expect(levels[0], 'the first heading is the h1').toBe(1);
    levels.slice(1).forEach((level, index) => {
      expect(level, `heading ${index + 2} does not skip a level`).toBeLessThanOrEqual((levels[index] ?? 1) + 1);
    });

    // The browser reports the 404 document itself as a failed resource; that one is expected.
    const unexpected = errors.filter((text) => !(expectedStatus === 404 && /status of 404/.test(text)));
    expect(unexpected).toEqual([]);
  });

  test(`${pageType.name} page fits a 320 px screen without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(pageType.path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/stories/korea-privacy/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole('main')).toBeFocused();
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('the home page leads with the newest story and links to it', async ({ page }) => {
  await page.goto('/');
  const lead = page.locator('.story-card--lead');
  await expect(lead.getByRole('link')).toHaveText('South Korea tells AliExpress and Temu to follow its privacy law');
  await expect(lead).toContainText('Readout Data Desk');
  await expect(lead.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await lead.getByRole('link').click();
  await expect(page).toHaveURL(/\/stories\/korea-privacy\/$/);
});
