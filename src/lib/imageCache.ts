import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';

// Rendered images (chart PNGs, social cards) kept between builds by a hash of everything that
// decides their pixels, so a build renders only what changed: a card costs ~50 ms, a cached one
// a file read. Entries are never stale (a changed input is a new key); each use renews an entry's
// time, and every production build removes those no build has used for 30 days.

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
    const image = await readFile(path);
    // Its time says when a build last used it: pruneImageCache keeps what is still in use.
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    return image;
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

/** How long an image no build has used is kept: a story unpublished for a while, an old chart. */
export const unusedImageDays = 30;

/**
 * Removes the images no build has used for `unusedImageDays`, and writes left half-done by a build
 * that was stopped. Returns how many files went. Fonts and anything else in the folder stay.
 */
export async function pruneImageCache(dir = imageCacheDir(), now = new Date()): Promise<number> {
  const usedSince = now.getTime() - unusedImageDays * 24 * 60 * 60 * 1000;
  const abandonedSince = now.getTime() - 24 * 60 * 60 * 1000;
  let removed = 0;
  const shards = await readdir(dir).catch(() => [] as string[]);
  for (const shard of shards.filter((name) => /^[0-9a-f]{2}$/.test(name))) {
    for (const name of await readdir(join(dir, shard))) {
      const path = join(dir, shard, name);
      const cutoff = name.endsWith('.png') ? usedSince : name.endsWith('.partial') ? abandonedSince : undefined;
      if (cutoff === undefined) continue;
      // Another build may have renewed or removed it meanwhile.
      const info = await stat(path).catch(() => undefined);
      if (info && info.mtimeMs < cutoff) {
        await unlink(path).catch(() => undefined);
        removed += 1;
      }
    }
  }
  return removed;
}

/** Prunes the image cache after every production build; the dev server never does. */
export function imageCachePruning(): AstroIntegration {
  return {
    name: 'readout-image-cache',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const removed = await pruneImageCache();
        if (removed > 0) logger.info(`removed ${removed} cached images no build has used for ${unusedImageDays} days (${imageCacheDir()})`);
      },
    },
  };
}
