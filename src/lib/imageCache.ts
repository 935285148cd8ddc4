import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

// Rendered images (chart PNGs, social cards) kept between builds by a hash of everything that
// decides their pixels, so a build renders only what changed: a card costs ~50 ms, a cached one
// a file read. Entries are never stale (a changed input is a new key); old ones are simply unused.

/**
 * READOUT_IMAGE_CACHE_DIR, else beside the content cache of a test or benchmark build
 * (READOUT_CACHE_DIR, so their cold builds are cold), else node_modules/.cache, which npm and git ignore.
 */
export function imageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['READOUT_IMAGE_CACHE_DIR']) return resolve(env['READOUT_IMAGE_CACHE_DIR']);
  if (env['READOUT_CACHE_DIR']) return resolve(env['READOUT_CACHE_DIR'], 'images');
  return resolve('node_modules/.cache/readout/images');
}

/** A hex digest of the inputs, in order; parts are separated so that ("ab", "c") and ("a", "bc") differ. */
export function cacheKey(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}

/** The image stored under `key`, or the one `render` makes, stored for the next build. */
export async function cachedImage(key: string, render: () => Promise<Buffer>, dir = imageCacheDir()): Promise<Buffer> {
  const path = join(dir, key.slice(0, 2), `${key}.png`);
  try {
    return await readFile(path);
  } catch {
    // Not rendered yet.
  }
  const image = await render();
  await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
  // Written aside and renamed, so a build stopped mid-write never leaves half an image to reuse.
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, image);
  await rename(partial, path);
  return image;
}
