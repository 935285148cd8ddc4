import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { themes } from '../charts/paint.ts';

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
const chartFontFiles = () => ['Regular', 'SemiBold', 'Bold'].map(fontFile);

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
    ...['satori', '@resvg/resvg-js', 'sharp', 'pretendard'].map((name) => `${name}@${packageVersion(name)}`),
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
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  });
  // The background is opaque, so the alpha channel would only add bytes.
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
