import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import sharp from 'sharp';
import { parse } from 'yaml';
import { fixtureRoot, origins } from '../servers.mjs';
import { storyPath } from './site.ts';

// A chart's downloads and social cards, read back as a reader's browser or a social network would.

interface ChartDeclaration {
  type: string;
  data: string;
  title: string;
  source: { name: string } | { name: string }[];
}

/** A story's charts as its frontmatter declares them (YAML 1.2: dates stay strings). */
function declaredCharts(storyDir: string): Record<string, ChartDeclaration> {
  const frontmatter = readFileSync(join(storyDir, 'index.mdx'), 'utf8').split(/^---$/m)[1] ?? '';
  return (parse(frontmatter) as { charts?: Record<string, ChartDeclaration> }).charts ?? {};
}

const slug = 'korea-privacy';
const storyDir = `content/stories/${slug}`;
const charts = Object.entries(declaredCharts(storyDir));
const fileUrl = (root: string, story: string, chartId: string, extension: string) => `${root}/stories/${story}/charts/${chartId}/${story}-${chartId}.${extension}`;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)], 'a PNG signature').toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function fetchOk(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response;
}

test('the first story has charts to download', () => {
  expect(charts.length).toBeGreaterThan(3);
});

for (const [chartId, chart] of charts) {
  test(`${chartId}: the PNG download is a real PNG at twice the standalone SVG's size`, async ({ request }) => {
    const svg = await (await fetchOk(request, fileUrl(origins.site, slug, chartId, 'svg'))).text();
    const [, width, height] = /^<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    expect(Number(width)).toBeGreaterThan(0);
    const png = await (await fetchOk(request, fileUrl(origins.site, slug, chartId, 'png'))).body();
    expect(pngSize(png)).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
  });

  test(`${chartId}: the CSV download has the same rows as the chart's data file`, async ({ request }) => {
    const response = await fetchOk(request, fileUrl(origins.site, slug, chartId, 'csv'));
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    const downloaded = csvParse(await response.text());
    const original = csvParse(readFileSync(join(storyDir, chart.data), 'utf8'));
    expect(downloaded.columns).toEqual(original.columns);
    expect([...downloaded]).toEqual([...original]);
  });

  test(`${chartId}: the standalone SVG opens on its own and shows its title and source`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Self-contained: the browser asks for nothing but the file (and, as for any document, a favicon).
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const url = fileUrl(origins.site, slug, chartId, 'svg');
    const response = await page.goto(url);
    expect(response?.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await page.evaluate(() => document.documentElement.namespaceURI)).toBe('http://www.w3.org/2000/svg');
    // Wrapped lines are separate <text> elements: read them back as the words they were.
    const lines = await page.$$eval('text', (texts) => texts.map((text) => ({ text: text.textContent ?? '', width: (text as SVGTextContentElement).getComputedTextLength() })));
    const words = lines.map((line) => line.text).join(' ');
    expect(words).toContain(chart.title);
    for (const source of [chart.source].flat()) expect(words).toMatch(new RegExp(`Sources?: [^]*${source.name}`));
    expect(words).toContain('Readout');
    expect(lines.every((line) => line.text === '' || line.width > 0), 'every text is drawn').toBe(true);
    const box = await page.locator('svg').first().boundingBox();
    expect(box?.width).toBeGreaterThan(700);
    expect(errors).toEqual([]);
    expect(requests.filter((path) => path !== '/favicon.ico')).toEqual([new URL(url).pathname]);
  });
}

/** The stories a build published (its sitemap lists them), with the folder each was built from. */
async function builtStories(request: APIRequestContext, root: string, folders: readonly string[]): Promise<{ slug: string; dir: string }[]> {
  const sitemap = await (await fetchOk(request, `${root}/sitemap-0.xml`)).text();
  return [...sitemap.matchAll(/\/stories\/([^/<]+)\/<\/loc>/g)].map(([, story]) => ({
    slug: story!,
    dir: folders.map((folder) => join(folder, story!)).find((dir) => existsSync(join(dir, 'index.mdx')))!,
  }));
}

for (const [name, root, folders] of [
  ['site', origins.site, ['content/stories']],
  // The fixture build's content, as scripts/test.mjs assembled it (with stories made by npm run new).
  ['sub-path site', fixtureRoot, ['tests/.tmp/content-fixture/stories']],
] as const) {
  test(`every story and chart card of the ${name} is a 1200×630 PNG`, async ({ request }) => {
    const stories = await builtStories(request, root, folders);
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) {
      const cards = [`${root}/stories/${story.slug}/card.png`, ...Object.keys(declaredCharts(story.dir)).map((chartId) => `${root}/stories/${story.slug}/charts/${chartId}/card.png`)];
      for (const card of cards) {
        const response = await fetchOk(request, card);
        expect(response.headers()['content-type'], card).toBe('image/png');
        expect(pngSize(await response.body()), card).toEqual({ width: 1200, height: 630 });
      }
    }
  });
}

test('a Korean chart title is drawn on its card in glyphs, not as tofu or blank space', async ({ request }) => {
  // The fixture's two charts draw the same figures under titles of equal length that differ in one
  // word. Missing Hangul would come out as identical .notdef boxes (or nothing) in both titles; real
  // glyphs put ink in the title lines and make the two cards differ there, and only there.
  const card = async (chartId: string) => {
    const png = await (await fetchOk(request, `${fixtureRoot}/stories/korean-chart-story/charts/${chartId}/card.png`)).body();
    return (await sharp(png).raw().toBuffer({ resolveWithObject: true })).data;
  };
  const [first, second] = await Promise.all([card('visitors-first'), card('visitors-second')]);
  // Rows above 200 px hold the flag and the title; the chart starts below them.
  const rowBytes = 1200 * 3;
  const titleArea = (image: Buffer) => image.subarray(0, 200 * rowBytes);
  const rest = (image: Buffer) => image.subarray(200 * rowBytes);
  const ink = [...titleArea(first)].filter((value) => value < 128).length;
  const differing = (a: Buffer, b: Buffer) => a.reduce((count, value, index) => count + (Math.abs(value - b[index]!) > 48 ? 1 : 0), 0);
  expect(ink, 'dark pixels in the title area').toBeGreaterThan(3000);
  expect(differing(titleArea(first), titleArea(second)), 'the two titles differ').toBeGreaterThan(300);
  expect(differing(rest(first), rest(second)), 'the cards are the same below the title').toBe(0);
});

test('the downloads and cards are served by the dev server too, with their content types', async ({ request }) => {
  const root = origins.dev;
  const chartId = charts[0]![0];
  const expected = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8', csv: 'text/csv; charset=utf-8' };
  for (const [extension, type] of Object.entries(expected)) {
    expect((await fetchOk(request, fileUrl(root, slug, chartId, extension))).headers()['content-type']).toBe(type);
  }
  expect((await fetchOk(request, `${root}/stories/${slug}/charts/${chartId}/card.png`)).headers()['content-type']).toBe('image/png');
  expect((await fetchOk(request, `${root}${storyPath}card.png`)).headers()['content-type']).toBe('image/png');
});
