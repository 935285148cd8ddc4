import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { buildChartCounts, poolSummary } from './chartPool.ts';
import { cacheKey } from './imageCache.ts';

// Chart figures drawn by earlier builds, kept by a hash of everything that decides their markup:
// the page's view of the chart, its declaration, its data and the code that draws it. A rebuild
// then draws only the charts that changed; a figure costs ~1 ms of CPU to draw (more while V8 is
// still compiling the drawing code), a cached one a read. Used by the build's chart workers.
//
// Each worker appends the figures its build places (drawn or taken from the cache) to one pack
// file, and a line per figure (key, offset, length) to the pack's index, after the figure itself:
// a build stopped mid-write leaves no index line for a figure cut short. One file per figure cost
// a 3,000-chart build ~1-1.5 s of system time on this machine's ext4 disk; appending, ~25 ms.
// After a build, only its own packs are kept: the cache holds what the last build placed.

/**
 * READOUT_CACHE_DIR/figures for a test or benchmark build (so their cold builds are cold), else
 * node_modules/.cache, which npm and git ignore.
 */
export function figureCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['READOUT_CACHE_DIR'] ? resolve(env['READOUT_CACHE_DIR'], 'figures') : resolve('node_modules/.cache/readout/figures');
}

const importSpecifiers = /(?:\bfrom|^\s*import)\s*['"]([^'"]+)['"]/gm;

/**
 * One digest of the code a figure is drawn with: every module reachable from `entry` through
 * relative imports (their text), the lockfile (every package version, d3's own dependencies
 * included) and Node's version with its ICU data, which formats dates and numbers.
 */
export function drawingCodeVersion(entry: string, projectDir = process.cwd()): string {
  const parts = [process.version, process.versions.icu ?? ''];
  const lockfile = join(projectDir, 'package-lock.json');
  parts.push(existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : '');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    parts.push(relative(projectDir, file), source);
    for (const [, specifier] of source.matchAll(importSpecifiers)) {
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!));
    }
  };
  visit(resolve(entry));
  return cacheKey(...parts);
}

interface Stored {
  fd: number;
  offset: number;
  length: number;
}

const indexLine = /^([0-9a-f]{64}) (\d+) (\d+)$/;

/** Packs are named `<pid>-<thread>-<time>-<count>`: a build keeps the packs of its own process. */
let packsOpened = 0;
const packName = () => `${process.pid}-${threadId}-${Date.now()}-${(packsOpened += 1)}`;

export class FigureCache {
  readonly #dir: string;
  readonly #codeVersion: string;
  readonly #stored = new Map<string, Stored>();
  #pack: { fd: number; index: number; size: number } | undefined;
  #writable = true;

  constructor(codeVersion: string, dir = figureCacheDir()) {
    this.#dir = dir;
    this.#codeVersion = codeVersion;
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (!name.endsWith('.index')) continue;
      try {
        const fd = openSync(join(dir, name.replace(/\.index$/, '.pack')), 'r');
        for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
          const match = indexLine.exec(line);
          if (match) this.#stored.set(match[1]!, { fd, offset: Number(match[2]), length: Number(match[3]) });
        }
      } catch {
        // A pack removed meanwhile, or unreadable: its figures are drawn again.
      }
    }
  }

  /** The key of a figure: its drawing code, then every input, in order. */
  key(...inputs: string[]): string {
    return cacheKey('figure', this.#codeVersion, ...inputs);
  }

  /** The figure stored under `key`, or the one `draw` makes; either way kept for the next build. */
  figure(key: string, draw: () => string): string {
    const stored = this.#stored.get(key);
    const cached = stored && this.#read(stored);
    // Already in this build's pack (asked for twice): nothing to copy.
    if (cached !== undefined && stored!.fd === this.#pack?.fd) return cached;
    const html = cached ?? draw();
    this.#append(key, html);
    return html;
  }

  #read({ fd, offset, length }: Stored): string | undefined {
    const bytes = Buffer.alloc(length);
    try {
      if (readSync(fd, bytes, 0, length, offset) === length) return bytes.toString('utf8');
    } catch {
      // Unreadable: drawn again.
    }
    return undefined;
  }

  #append(key: string, html: string): void {
    if (!this.#writable) return;
    try {
      if (!this.#pack) {
        mkdirSync(this.#dir, { recursive: true });
        const name = packName();
        this.#pack = { fd: openSync(join(this.#dir, `${name}.pack`), 'a+'), index: openSync(join(this.#dir, `${name}.index`), 'a'), size: 0 };
      }
      const bytes = Buffer.from(html);
      // The index line only for a figure written whole; anything less (a full disk) ends the writing.
      if (writeSync(this.#pack.fd, bytes) !== bytes.length) throw new Error('short write');
      writeSync(this.#pack.index, `${key} ${this.#pack.size} ${bytes.length}\n`);
      this.#stored.set(key, { fd: this.#pack.fd, offset: this.#pack.size, length: bytes.length });
      this.#pack.size += bytes.length;
    } catch {
      // A cache that cannot be written (a read-only folder) only costs the next build a redraw.
      this.#writable = false;
    }
  }

  /** Closes the files; for tests, since a worker's files close when its thread ends. */
  close(): void {
    const fds = new Set([...this.#stored.values()].map((stored) => stored.fd));
    if (this.#pack) fds.add(this.#pack.index);
    for (const fd of fds) closeSync(fd);
    this.#stored.clear();
    this.#pack = undefined;
  }
}

/**
 * Removes the packs of other builds (`keepPid` is this build's process) and returns how many went.
 * Run when a build has succeeded, so a failed build leaves the cache it found, plus its own packs.
 */
export function pruneFigureCache(dir = figureCacheDir(), keepPid = process.pid): number {
  let removed = 0;
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (!/\.(pack|index)$/.test(name) || name.startsWith(`${keepPid}-`)) continue;
    try {
      unlinkSync(join(dir, name));
      removed += 1;
    } catch {
      // Gone already.
    }
  }
  return removed;
}

/**
 * After every production build: says how many chart figures came from the cache (so an editor sees
 * what a rebuild reused), and keeps only the figures that build placed.
 */
export function figureCachePruning(): AstroIntegration {
  return {
    name: 'readout-figure-cache',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const counts = buildChartCounts();
        if (counts.cached + counts.drawn + counts.leftToPages > 0) logger.info(poolSummary(counts));
        pruneFigureCache();
      },
    },
  };
}
