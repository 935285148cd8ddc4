import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { themes } from '../charts/paint.ts';
import { cacheKey, imageCacheDir } from './imageCache.ts';

// SVG to PNG for downloads and social cards. resvg draws (it reads font files we hand it, so the
// result does not depend on the machine's fonts); sharp encodes the PNG, about three times faster
// than resvg's own encoder at the cost of somewhat larger files.

// Found from the project, not from this module (a production build runs a bundled copy of it), and
// by folder, since some packages (sharp) do not export their package.json.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));
function packageDir(name: string): string {
  const dir = (projectRequire.resolve.paths(name) ?? []).map((path) => join(path, name)).find((candidate) => existsSync(join(candidate, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed: run npm install`);
  return dir;
}
const packageVersion = (name: string): string => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;

/** Pretendard covers Hangul and Latin in one OTF per weight, which both satori and resvg read. */
export const fontFamily = 'Pretendard';
const fontFile = (weight: string) => join(packageDir('pretendard'), 'dist/public/static', `Pretendard-${weight}.otf`);

/** The weights the drawings use: text (400), bold labels (600), titles and figures (700). */
const chartWeights = ['Regular', 'SemiBold', 'Bold'];

// resvg re-reads a font file for every run of text it shapes; Pretendard's 1.5 MB of Hangul made
// that most of an image's cost (~90 ms a chart). Text that is all Latin, figures and punctuation
// (nearly every chart) is drawn from a 66 KB subset instead, made once and kept with the images:
// about 5x faster, the same glyphs. Anything else (Korean) gets the whole fonts.
const subsetCharacters = (() => {
  let text = '‐‑‒–—―‘’‚“”„†‡•…‰′″‹›€−×÷≈≠≤≥±°·→←↑↓▲▼';
  for (let code = 0x20; code < 0x7f; code += 1) text += String.fromCharCode(code);
  for (let code = 0xa0; code <= 0xff; code += 1) text += String.fromCharCode(code);
  return text;
})();
// Line breaks and tabs are markup in an SVG, never drawn.
const inSubset = new Set(subsetCharacters + '\t\n\r');

let subsetFiles: Promise<string[]> | undefined;

function latinSubsetFiles(): Promise<string[]> {
  subsetFiles ??= (async () => {
    const dir = join(imageCacheDir(), 'fonts', cacheKey(`pretendard@${packageVersion('pretendard')}`, `subset-font@${packageVersion('subset-font')}`, subsetCharacters).slice(0, 16));
    await mkdir(dir, { recursive: true });
    return Promise.all(
      chartWeights.map(async (weight) => {
        const path = join(dir, `Pretendard-${weight}.otf`);
        if (existsSync(path)) return path;
        const subset = await subsetFont(await readFile(fontFile(weight)), subsetCharacters, { targetFormat: 'sfnt' });
        // Written aside and renamed: a build stopped mid-write never leaves half a font.
        await writeFile(`${path}.${process.pid}.partial`, subset);
        await rename(`${path}.${process.pid}.partial`, path);
        return path;
      }),
    );
  })();
  return subsetFiles;
}

/** The font files that cover every character of `svg`: the Latin subset when it is enough. */
async function fontFilesFor(svg: string): Promise<string[]> {
  for (const character of svg) if (!inSubset.has(character)) return chartWeights.map(fontFile);
  return latinSubsetFiles();
}

let satoriFonts: { name: string; data: Buffer; weight: 400 | 700 }[] | undefined;

/** Font data for satori, read once: satori keeps its parsed fonts by the identity of these buffers. */
export function cardFonts(): NonNullable<typeof satoriFonts> {
  satoriFonts ??= [
    { name: fontFamily, data: readFileSync(fontFile('Regular')), weight: 400 },
    { name: fontFamily, data: readFileSync(fontFile('Bold')), weight: 700 },
  ];
  return satoriFonts;
}

let version: string | undefined;

/**
 * Everything besides its markup that decides how an image comes out, for cache keys: the renderer
 * and font versions, and the source of the modules that lay out and rasterise images (so a change
 * to either makes a fresh image, never a stale one).
 */
export function rendererVersion(): string {
  version ??= [
    ...['satori', '@resvg/resvg-js', 'sharp', 'pretendard', 'subset-font'].map((name) => `${name}@${packageVersion(name)}`),
    ...['src/lib/raster.ts', 'src/lib/socialCard.ts'].map((file) => readFileSync(join(process.cwd(), file), 'utf8')),
  ].join('\n');
  return version;
}

/** Rasterises a standalone SVG at `scale` (2: a pixel per half unit, sharp on high-density screens). */
export async function svgToPng(svg: string, scale = 1): Promise<Buffer> {
  // renderAsync draws on libuv's thread pool, leaving the main thread to the build.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: themes.light.bg,
    font: { loadSystemFonts: false, fontFiles: await fontFilesFor(svg), defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  });
  // The background is opaque, so the alpha channel would only add bytes.
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
