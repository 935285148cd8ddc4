import { expect, test } from '@playwright/test';
import { fixtureRoot, origins } from '../servers.mjs';
import { gotoDevPage } from './site.ts';

const hidden = [
  { slug: 'draft-story', title: 'Fixture draft story that must never be published', tag: 'fixture-draft-topic' },
  { slug: 'future-story', title: 'Fixture story scheduled for the future', tag: 'fixture-future-topic' },
];

test('drafts and future stories are absent from every page, feed and sitemap of a production build', async ({ request }) => {
  const listings = ['/', '/archive/', '/tags/', '/authors/readout-desk/', '/rss.xml', '/feed.json', '/sitemap-0.xml'];
  for (const path of listings) {
    const response = await request.get(`${fixtureRoot}${path}`);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    // The build is not empty: the published fixture story shows where the hidden ones would.
    if (path !== '/tags/') expect(text, path).toContain('corrected-story');
    for (const story of hidden) {
      expect(text, `${path} mentions ${story.slug}`).not.toContain(story.slug);
      expect(text, `${path} mentions "${story.title}"`).not.toContain(story.title);
    }
  }
  for (const story of hidden) {
    expect((await request.get(`${fixtureRoot}/stories/${story.slug}/`)).status()).toBe(404);
    expect((await request.get(`${fixtureRoot}/tags/${story.tag}/`)).status()).toBe(404);
  }
});

test('the dev server shows drafts and future stories, each with a preview banner saying why readers cannot see it', async ({ page }) => {
  await gotoDevPage(page, `${origins.dev}/`);
  for (const story of hidden) await expect(page.getByRole('link', { name: story.title })).toBeVisible();

  await gotoDevPage(page, `${origins.dev}/stories/draft-story/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hidden[0]!.title);
  await expect(page.getByRole('note')).toContainText('this story is a draft');

  await gotoDevPage(page, `${origins.dev}/stories/future-story/`);
  await expect(page.getByRole('note')).toContainText('scheduled for 1 January 2099');
});
