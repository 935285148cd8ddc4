import { expect, test } from '@playwright/test';
import { fixtureRoot } from '../servers.mjs';

// tests/fixtures/stories/corrected-story: published 2 May 2024, updated 4 May, corrected 3 May,
// with an update on 5 May (a calendar date: midnight UTC, 09:00 in Seoul).
const storyUrl = `${fixtureRoot}/stories/corrected-story/`;
const correction = 'Correction, 3 May 2024: An earlier version of this fixture gave the wrong day of the week.';
const update = 'Update, 5 May 2024: This fixture was updated with a second paragraph.';

test('a corrected story’s JSON Feed item carries date_modified and the corrections, newest first', async ({ request }) => {
  const feed = await (await request.get(`${fixtureRoot}/feed.json`)).json();
  const item = feed.items.find((entry: { url: string }) => entry.url === storyUrl);
  expect(item).toMatchObject({ date_published: '2024-05-02T00:00:00.000Z', date_modified: '2024-05-05T00:00:00.000Z' });
  expect(item.content_text).toBe(`${item.summary}\n\n${update}\n\n${correction}`);
});

test('a corrected story’s RSS item keeps its pubDate and carries the modified date and the corrections', async ({ page }) => {
  await page.goto(`${fixtureRoot}/`);
  const item = await page.evaluate(async (url) => {
    const doc = new DOMParser().parseFromString(await (await fetch('rss.xml')).text(), 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('rss.xml is not well-formed XML');
    const entry = [...doc.querySelectorAll('item')].find((element) => element.querySelector('link')?.textContent === url);
    const ns = (namespace: string, name: string) => entry?.getElementsByTagNameNS(namespace, name)[0]?.textContent;
    return {
      pubDate: entry?.querySelector('pubDate')?.textContent,
      description: entry?.querySelector('description')?.textContent,
      content: ns('http://purl.org/rss/1.0/modules/content/', 'encoded'),
      modified: ns('http://purl.org/dc/terms/', 'modified'),
    };
  }, storyUrl);
  expect(item.pubDate).toBe('Thu, 02 May 2024 00:00:00 GMT');
  expect(item.modified).toBe('2024-05-05T00:00:00.000Z');
  expect(item.description).toContain(`${update} ${correction}`);
  expect(item.content).toContain(`<p>${update}</p><p>${correction}</p>`);
});

test('an item without corrections has no modified date and its summary alone', async ({ request }) => {
  const feed = await (await request.get(`${fixtureRoot}/feed.json`)).json();
  const item = feed.items.find((entry: { url: string }) => entry.url === `${fixtureRoot}/stories/writing-components/`);
  expect(item.date_modified).toBeUndefined();
  expect(item.content_text).toBe(item.summary);
});
