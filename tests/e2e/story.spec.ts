import { expect, test } from '@playwright/test';
import { fixtureRoot } from '../servers.mjs';
import { storyPath } from './site.ts';

test('a story page shows headline, dek, byline, dates, reading time, tags, body and sources', async ({ page }) => {
  await page.goto(storyPath);
  const article = page.locator('article.story');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('South Korea tells AliExpress and Temu to follow its privacy law');
  await expect(article.locator('.dek')).toContainText('Beijing');
  await expect(article.getByRole('link', { name: 'Readout Data Desk' })).toHaveAttribute('href', '/authors/readout-desk/');
  await expect(article.locator('.story__meta time').first()).toHaveAttribute('datetime', '2026-11-28T00:00:00.000Z');
  await expect(article.locator('.story__meta')).toContainText('28 November 2026, 09:00 KST');
  await expect(article.locator('.story__meta')).toContainText(/\d+ min read/);
  await expect(article.getByRole('heading', { level: 2, name: 'Korean data on Chinese websites' })).toBeVisible();
  await expect(article.getByRole('complementary', { name: 'Sources' })).toContainText('The Readable');
  await expect(article.getByRole('complementary', { name: 'Corrections and updates' })).toHaveCount(0);

  await article.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'Privacy' }).click();
  await expect(page).toHaveURL(/\/tags\/privacy\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await expect(page.getByRole('link', { name: 'South Korea tells AliExpress and Temu to follow its privacy law' })).toBeVisible();
});

test('the byline leads to an author page that lists the story', async ({ page }) => {
  await page.goto(storyPath);
  await page.locator('article.story').getByRole('link', { name: 'Readout Data Desk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Readout Data Desk');
  await expect(page.getByRole('link', { name: 'South Korea tells AliExpress and Temu to follow its privacy law' })).toBeVisible();
});

test('the story text uses true apostrophes, quotes and dashes', async ({ page }) => {
  await page.goto(storyPath);
  const body = await page.locator('.story__body').innerText();
  expect(body).toContain('’');
  expect(body).not.toMatch(/['"]/);
  expect(body).not.toMatch(/ - /);
});

test('Korean words are kept whole when lines wrap, and the fonts cover Korean', async ({ page }) => {
  await page.goto(storyPath);
  const korean = page.locator('.story__body [lang="ko"]').first();
  await expect(korean).toHaveText('개인정보보호위원회');
  expect(await korean.evaluate((element) => getComputedStyle(element).wordBreak)).toBe('keep-all');
  const fontFamily = await page.locator('body').evaluate((element) => getComputedStyle(element).fontFamily);
  expect(fontFamily).toMatch(/Noto Serif KR|Apple SD Gothic Neo|Malgun Gothic/);
});

test('body text keeps a comfortable measure on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(storyPath);
  const paragraph = page.locator('.story__body p').first();
  const { width, fontSize } = await paragraph.evaluate((element) => ({
    width: element.getBoundingClientRect().width,
    fontSize: parseFloat(getComputedStyle(element).fontSize),
  }));
  expect(fontSize).toBeGreaterThanOrEqual(16);
  // About 60 to 80 characters a line: a serif averages roughly half an em per character.
  expect(width / (fontSize * 0.5)).toBeLessThanOrEqual(85);
  expect(width / (fontSize * 0.5)).toBeGreaterThanOrEqual(55);
});

test('a corrected story logs each correction and update and is marked updated', async ({ page }) => {
  await page.goto(`${fixtureRoot}/stories/corrected-story/`);
  const log = page.getByRole('complementary', { name: 'Corrections and updates' });
  await expect(log.getByRole('listitem')).toHaveCount(2);
  await expect(log.getByRole('listitem').first()).toContainText('Update, 5 May 2024: This fixture was updated');
  await expect(log.getByRole('listitem').last()).toContainText('Correction, 3 May 2024: An earlier version');
  const updated = page.locator('.story__meta').getByText('Updated');
  await expect(updated).toBeVisible();
  await expect(page.locator('.story__meta')).toContainText('Updated 5 May 2024');
  await updated.click();
  await expect(log).toBeInViewport();
});
