import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { embedCode } from '../../src/lib/embedCode.ts';
import { fixtureRoot, origins } from '../servers.mjs';

const slug = 'korea-privacy';
// Every chart of the first story, as the build wrote its embeds.
const chartIds = readdirSync(`dist/embed/${slug}`);
const chartId = 'kisa-cases';
const embedPath = (id = chartId) => `/embed/${slug}/${id}/`;

/**
 * Opens the page of another site (another origin) and pastes the embed code into it, as an
 * editor would, with a starting height far from the chart's so that sizing shows.
 */
async function embedInHost(page: Page, root = origins.site): Promise<{ iframe: Locator; frame: Frame }> {
  await page.goto(`${origins.embedHost}/`);
  const code = embedCode({ src: `${root}${embedPath()}`, title: 'A Readout chart', height: 150, hostScript: `${root}/embed/host.js` });
  // A contextual fragment runs its scripts when inserted, as the CMS's own HTML would.
  await page.evaluate((html) => document.getElementById('embed')!.append(document.createRange().createContextualFragment(html)), code);
  const iframe = page.locator('#embed iframe');
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForLoadState();
  return { iframe, frame };
}

const frameHeight = (iframe: Locator) => iframe.evaluate((element) => element.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** Waits until the iframe is as tall as the embed's content, and returns that height. */
async function sizedToContent(iframe: Locator, frame: Frame): Promise<number> {
  await expect.poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
  return frameHeight(iframe);
}

/** Counts the messages the host page has handled: host.js listened first, so it is done with each. */
async function countMessages(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = window as unknown as { handled: number };
    counter.handled = 0;
    addEventListener('message', () => setTimeout(() => counter.handled++));
  });
  return () => page.evaluate(() => (window as unknown as { handled: number }).handled);
}

const message = (height: unknown, extra: Record<string, unknown> = {}) => ({ type: 'readout:embed-height', v: 1, id: `${slug}/${chartId}`, height, ...extra });

for (const [name, root] of [
  ['at the root', origins.site],
  ['under a sub-path', fixtureRoot],
] as const) {
  test(`an embed ${name}, pasted into another site, grows its iframe to the chart's height`, async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    const { iframe, frame } = await embedInHost(page, root);
    expect(await sizedToContent(iframe, frame)).toBeGreaterThan(300);
  });
}

test('an embed shrinks its iframe with the chart when the host page narrows', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  const { iframe, frame } = await embedInHost(page);
  const wide = await sizedToContent(iframe, frame);
  // The column goes from 800 to 640 px: a narrower drawing of the columns, no new line of text.
  await page.setViewportSize({ width: 660, height: 800 });
  await expect.poll(() => frameHeight(iframe)).toBeLessThan(wide - 10);
  await sizedToContent(iframe, frame);
});

test('the host snippet ignores malformed messages, even from the embed, and well-formed ones from the page itself', async ({ page }) => {
  const { iframe, frame } = await embedInHost(page);
  const height = await sizedToContent(iframe, frame);
  const bad = [message('big'), message(900, { v: 2 }), message(900, { id: undefined }), message(900, { type: 'readout:height' }), 'readout:embed-height'];
  const handled = await countMessages(page);
  await frame.evaluate((messages) => messages.forEach((data) => parent.postMessage(data, '*')), bad);
  await page.evaluate((data) => postMessage(data, '*'), message(900));
  await expect.poll(handled).toBeGreaterThanOrEqual(bad.length + 1);
  expect(await frameHeight(iframe)).toBe(height);
});

test('the host snippet ignores a message from another frame that names the embed', async ({ page }) => {
  const { iframe, frame } = await embedInHost(page);
  const height = await sizedToContent(iframe, frame);
  await page.evaluate(() => {
    const other = document.createElement('iframe');
    other.src = '/other.html';
    other.id = 'other';
    document.querySelector('main')!.append(other);
    return new Promise((resolve) => other.addEventListener('load', resolve));
  });
  const other = page.frame({ url: /other\.html$/ })!;
  const otherHeight = await frameHeight(page.locator('#other'));
  const handled = await countMessages(page);
  await other.evaluate((data) => parent.postMessage(data, '*'), message(900));
  await expect.poll(handled).toBeGreaterThanOrEqual(1);
  expect(await frameHeight(iframe)).toBe(height);
  expect(await frameHeight(page.locator('#other'))).toBe(otherHeight);
});

test('the embed links to the chart’s page in a new tab, out of the sandbox', async ({ page }) => {
  const { frame } = await embedInHost(page);
  const link = frame.getByRole('link', { name: /View the data on Readout/ });
  await expect(link).toHaveAttribute('href', `/stories/${slug}/charts/${chartId}/`);
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  expect(popup.url()).toBe(`${origins.site}/stories/${slug}/charts/${chartId}/`);
  // Out of the sandbox: the new tab has the site's own origin, not an opaque one.
  expect(await popup.evaluate(() => origin)).toBe(origins.site);
});

test('an embed page has the chart, its title, source and link, and no site header or footer', async ({ page }) => {
  await page.goto(embedPath());
  await expect(page.locator('figure.chart .chart__title')).toHaveText('Cases of Koreans’ personal data found on Chinese websites');
  await expect(page.locator('.chart__source')).toContainText('Source: KISA via The Readable');
  await expect(page.locator('.chart__band svg')).toHaveCount(5);
  await expect(page.locator('header, footer, nav, .site-header, .site-footer, .skip-link')).toHaveCount(0);
  // The figure and the credit line: nothing else, not even a heading.
  await expect(page.locator('main > *')).toHaveCount(2);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('?theme= sets the embed’s theme before it paints, and without it the reader’s system decides', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [dark, light] = ['rgb(18, 20, 23)', 'rgb(253, 252, 249)'];
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${embedPath()}?theme=dark`);
  expect(await background()).toBe(dark);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${embedPath()}?theme=light`);
  expect(await background()).toBe(light);
  await page.goto(embedPath());
  expect(await background()).toBe(dark);
  await page.goto(`${embedPath()}?theme=sepia`);
  expect(await background()).toBe(dark);
});

test('?theme=dark applies inside a sandboxed frame on another site, where storage is off limits', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${origins.embedHost}/`);
  const code = embedCode({ src: `${origins.site}${embedPath()}?theme=dark`, title: 'A Readout chart', height: 400, hostScript: `${origins.site}/embed/host.js` });
  await page.evaluate((html) => document.getElementById('embed')!.append(document.createRange().createContextualFragment(html)), code);
  const frame = page.frameLocator('#embed iframe');
  await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(18, 20, 23)');
  expect(errors).toEqual([]);
});

for (const id of chartIds) {
  test(`the ${id} embed weighs at most 25 KB (HTML, CSS and JS) and asks nothing of any other origin`, async ({ page }) => {
    const sizes: Promise<number>[] = [];
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('response', (response) => {
      if (['document', 'stylesheet', 'script'].includes(response.request().resourceType())) sizes.push(response.body().then((body) => body.length));
    });
    await page.goto(embedPath(id), { waitUntil: 'networkidle' });
    const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(1000);
    expect(total, `${total} bytes`).toBeLessThanOrEqual(25_000);
    expect(requested.filter((url) => new URL(url).origin !== origins.site)).toEqual([]);
  });

  test(`the ${id} embed: axe finds no violations, in both themes, at 320 and 1280 px`, async ({ page }) => {
    for (const width of [320, 1280]) {
      for (const theme of ['light', 'dark']) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${embedPath(id)}?theme=${theme}`);
        // An embed is part of the host's page, not a page: a level-one heading of its own would be
        // read out in the host article's outline. The iframe's title names it instead.
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .disableRules(['page-has-heading-one'])
          .analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
        expect(summary, `${width} px, ${theme}`).toEqual([]);
        await expect(page.getByRole('heading'), 'no heading joins the host page\'s outline').toHaveCount(0);
      }
    }
  });

  test(`the ${id} embed at 320 px: no text under 12 px, nothing wider than the frame`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(embedPath(id));
    const smallest = await page.evaluate(() => {
      let found = { size: Infinity, text: '' };
      for (const element of document.querySelectorAll<Element>('body *')) {
        const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
        if (!text || element.getClientRects().length === 0 || element.closest('.visually-hidden, title, desc')) continue;
        const svg = element.closest('svg');
        // SVG text scales with its drawing: its size on screen is its own size times the drawing's scale.
        const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
        const size = parseFloat(getComputedStyle(element).fontSize) * scale;
        if (size < found.size) found = { size, text: text.slice(0, 40) };
      }
      return found;
    });
    expect(smallest.size, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test('embed pages are left out of the sitemap', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/stories/korea-privacy/');
  expect(sitemap).not.toContain('/embed/');
});
