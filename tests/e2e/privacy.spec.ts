import { expect, test } from '@playwright/test';
import { fixtureRoot, origins } from '../servers.mjs';
import { pageTypes } from './site.ts';

const fixturePages = ['/stories/corrected-story/', '/about/'];

for (const { origin, paths } of [
  { origin: origins.site, paths: pageTypes.map((pageType) => pageType.path) },
  { origin: fixtureRoot, paths: fixturePages },
]) {
  for (const path of paths) {
    test(`${origin}${path} makes no request to any other origin`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      await page.mouse.wheel(0, 20_000);
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await page.waitForLoadState('networkidle');
      expect(requested.length).toBeGreaterThan(0);
      const elsewhere = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== new URL(origin).origin);
      expect(elsewhere).toEqual([]);
    });
  }
}

test('no page hints the browser to contact another origin', async ({ page }) => {
  for (const { path } of pageTypes) {
    await page.goto(path);
    const hints = await page.locator('link[rel="preconnect"], link[rel="dns-prefetch"], link[rel="prefetch"], link[rel="preload"]').evaluateAll(
      (links) => links.map((link) => (link as HTMLLinkElement).href).filter((url) => new URL(url).origin !== location.origin),
    );
    expect(hints, path).toEqual([]);
  }
});
