import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paintWith, themes } from '../../src/charts/paint.ts';
import { svgDocument } from '../../src/charts/render.ts';
import type { ChartMeta, Layout } from '../../src/charts/chart.ts';

const directory = 'tests/snapshots';

// One element per line, so a snapshot diff points at the mark that changed.
const pretty = (markup: string) => `${markup.replace(/></g, '>\n<')}\n`;

/**
 * Compares markup with tests/snapshots/<name>.svg (or .html). On a mismatch it writes
 * <name>-changed.svg beside it (git-ignored) to open and compare. UPDATE_SNAPSHOTS=1 accepts.
 */
export function assertSnapshot(name: string, markup: string, extension = 'svg'): void {
  const path = join(directory, `${name}.${extension}`);
  const changed = join(directory, `${name}-changed.${extension}`);
  const actual = pretty(markup);
  if (process.env['UPDATE_SNAPSHOTS'] === '1') {
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    return;
  }
  assert.ok(existsSync(path), `no snapshot ${path}; run UPDATE_SNAPSHOTS=1 npm test -- unit to write it, then look at it`);
  if (readFileSync(path, 'utf8') !== actual) {
    writeFileSync(changed, actual);
    assert.fail(`${name} differs from ${path}; see ${changed}`);
  }
  rmSync(changed, { force: true });
}

/** A layout as a standalone light-theme SVG file, the form snapshots are kept in (they open in any browser). */
export function snapshotSvg(layout: Layout, meta: ChartMeta, summary = ''): string {
  return svgDocument(layout, meta, summary, `snapshot-${meta.id}`, { paint: paintWith(themes.light) });
}
