import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import type { Layout } from '../../src/charts/chart.ts';
import { exportChart } from '../../src/charts/render.ts';
import { barChartSpec } from '../../src/charts/spec.ts';
import { standaloneChart } from '../../src/charts/standalone.ts';
import { cacheKey, cachedImage, imageCacheDir, pruneImageCache, unusedImageDays } from '../../src/lib/imageCache.ts';
import { svgToPng } from '../../src/lib/raster.ts';
import { cardLayout, cardSvg, socialCard, type CardContent } from '../../src/lib/socialCard.ts';
import { cardSize } from '../../src/site.ts';
import { common, csv } from './charts/fixtures.ts';

// Cards made here go to a cache of their own, never the build's.
const cacheDir = mkdtempSync(join(tmpdir(), 'readout-images-test-'));
process.env['READOUT_IMAGE_CACHE_DIR'] = cacheDir;

const chart = exportChart('shops', barChartSpec.parse({ type: 'bar', ...common, x: 'visits', y: 'shop' }), csv('shop,visits\nNorthwind,42\nContoso,87\nTailspin,63'));
const cardChart = { layout: cardLayout(chart.layout), source: 'Source: Readout test fixtures', illustrative: false };

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('svgToPng(standalone svg, 2) draws a PNG at twice the SVG\'s width and height', async () => {
  const { width, height, svg } = standaloneChart(chart, { siteName: 'Readout', formatDate: (date) => date.toISOString() });
  assert.deepEqual(pngSize(await svgToPng(svg, 2)), { width: width * 2, height: height * 2 });
});

test('socialCard(content) is a 1200×630 PNG, with a chart or with a dek', async () => {
  assert.deepEqual(pngSize(await socialCard({ title: 'Contoso leads', chart: cardChart, siteName: 'Readout' })), cardSize);
  assert.deepEqual(pngSize(await socialCard({ title: 'A story without a chart', dek: 'Its dek goes under the headline.', siteName: 'Readout' })), cardSize);
});

interface Pixels {
  data: Buffer;
  width: number;
}

async function cardPixels(content: CardContent): Promise<Pixels> {
  const { data, info } = await sharp(await svgToPng(await cardSvg(content))).raw().toBuffer({ resolveWithObject: true });
  assert.equal(info.channels, 3);
  return { data, width: info.width };
}

interface Region {
  top: number;
  bottom: number;
}

/** Pixels of the region, as [red, green, blue] offsets into the data. */
function* offsets(image: Pixels, { top, bottom }: Region) {
  for (let y = top; y < bottom; y += 1) for (let x = 0; x < image.width; x += 1) yield (y * image.width + x) * 3;
}

/** Pixels dark enough to be text (the title is #1b1b1b on #fdfcf9). */
const ink = (image: Pixels, region: Region) => [...offsets(image, region)].filter((at) => image.data[at]! < 128).length;

const differing = (a: Pixels, b: Pixels, region: Region) =>
  [...offsets(a, region)].filter((at) => [0, 1, 2].some((channel) => Math.abs(a.data[at + channel]! - b.data[at + channel]!) > 48)).length;

test('socialCard(content) renders a Korean title as glyphs, not as empty space or tofu boxes', async () => {
  // Two titles of the same length, the same words in a different order. If Hangul were missing
  // from the font, each syllable would be drawn as the same .notdef box (tofu), or as nothing:
  // the two title areas would be identical (and, for nothing, empty). Real glyphs put ink in the
  // title area and make the two differ there, while the rest of the card stays the same.
  const a = await cardPixels({ title: '서울 인구 변화와 부산 예시', chart: cardChart, siteName: 'Readout' });
  const b = await cardPixels({ title: '부산 인구 변화와 서울 예시', chart: cardChart, siteName: 'Readout' });
  // The title's line: below the 12 px top border and 44 px of padding, 44 px type at line-height 1.2.
  const title = { top: 56, bottom: 56 + 53 };
  const rest = { top: title.bottom, bottom: cardSize.height };
  assert.ok(ink(a, title) > 2000 && ink(b, title) > 2000, `ink in the title area: ${ink(a, title)} and ${ink(b, title)} pixels`);
  assert.ok(differing(a, b, title) > 1000, `the two Korean titles differ in ${differing(a, b, title)} pixels`);
  assert.equal(differing(a, b, rest), 0, 'and the cards are the same everywhere else');
});

test('cachedImage(key, render) renders once per key and returns the stored bytes after that', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-cache-test-'));
  let renders = 0;
  const render = async () => Buffer.from(`image ${++renders}`);
  const first = await cachedImage(cacheKey('a'), render, dir);
  const again = await cachedImage(cacheKey('a'), render, dir);
  assert.equal(renders, 1);
  assert.deepEqual(again, first);
  await cachedImage(cacheKey('b'), render, dir);
  assert.equal(renders, 2, 'a different key is a different image');
  assert.notEqual(cacheKey('ab', 'c'), cacheKey('a', 'bc'));
});

test('socialCard(content) comes from the cache when its inputs are unchanged, and is drawn anew when they change', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-card-cache-test-'));
  process.env['READOUT_IMAGE_CACHE_DIR'] = dir;
  const pngs = () => readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.png'));
  const content = { title: 'Cached card', chart: cardChart, siteName: 'Readout' };
  try {
    await socialCard(content);
    assert.equal(pngs().length, 1);
    // Replaced by bytes no renderer would make: getting them back proves nothing was rendered.
    writeFileSync(join(dir, pngs()[0]!), 'from the cache');
    assert.equal((await socialCard(content)).toString(), 'from the cache');
    assert.notEqual((await socialCard({ ...content, title: 'Cached card, retitled' })).toString(), 'from the cache');
    assert.equal(pngs().length, 2);
  } finally {
    process.env['READOUT_IMAGE_CACHE_DIR'] = cacheDir;
  }
});

test('imageCacheDir(env): READOUT_IMAGE_CACHE_DIR, else beside a build\'s own cache, else node_modules/.cache', () => {
  assert.equal(imageCacheDir({ READOUT_IMAGE_CACHE_DIR: '/tmp/images', READOUT_CACHE_DIR: '/tmp/astro' }), '/tmp/images');
  assert.equal(imageCacheDir({ READOUT_CACHE_DIR: '/tmp/astro' }), '/tmp/astro/images');
  assert.match(imageCacheDir({}), /node_modules\/\.cache\/readout\/images$/);
});

test('cardLayout(layout) picks the drawing that reads largest in the card, its text at most 1.6× size', () => {
  const drawing = (width: number, height: number): Layout => ({ width, height, marks: [] });
  // A drawing whose height does not grow with its width: the wider the better, up to the 1.6× cap.
  assert.equal(cardLayout((width) => drawing(width, 100)).width, 520);
  // One that grows taller as it widens: a narrow band reads larger in the card's short box.
  assert.equal(cardLayout((width) => drawing(width, width * 0.6)).width, 280);
});

test('pruneImageCache(dir) removes images no build has used for 30 days and abandoned writes; a cache hit renews an image', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-prune-test-'));
  const now = new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const file = (path: string, age: number) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), 'image');
    utimesSync(join(dir, path), daysAgo(age), daysAgo(age));
  };
  const unused = cacheKey('unused');
  const recent = cacheKey('recent');
  const reused = cacheKey('reused');
  file(`${unused.slice(0, 2)}/${unused}.png`, unusedImageDays + 1);
  file(`${recent.slice(0, 2)}/${recent}.png`, unusedImageDays - 1);
  file(`${reused.slice(0, 2)}/${reused}.png`, unusedImageDays + 5);
  file(`${recent.slice(0, 2)}/${recent}.png.123.partial`, 2);
  file('fonts/0123456789abcdef/Pretendard-Regular.otf', 400);
  // Used by this build: its time is renewed, so it stays.
  await cachedImage(reused, async () => assert.fail('a cached image is not rendered again'), dir);
  assert.ok(statSync(join(dir, reused.slice(0, 2), `${reused}.png`)).mtimeMs > daysAgo(1).getTime());

  assert.equal(await pruneImageCache(dir, now), 2);
  const left = readdirSync(dir, { recursive: true }).map(String).filter((path) => /\.(png|otf|partial)$/.test(path)).sort();
  assert.deepEqual(left, [`${recent.slice(0, 2)}/${recent}.png`, `${reused.slice(0, 2)}/${reused}.png`, 'fonts/0123456789abcdef/Pretendard-Regular.otf'].sort());
  assert.equal(await pruneImageCache(join(dir, 'missing'), now), 0, 'a cache never made is nothing to prune');
  assert.ok(existsSync(dir));
});
