import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { buildEditedContent, editFile, rebuild } from './buildSite.ts';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

async function assertSameFiles(a: string, b: string) {
  const files = await filesUnder(a);
  assert.deepEqual(await filesUnder(b), files);
  assert.ok(files.some((file) => file.endsWith('gallery/index.html')), 'the gallery, with its charts, is among the files compared');
  for (const file of files) {
    const [left, right] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))]);
    assert.ok(left.equals(right), `${file} differs between two builds`);
  }
}

test('two builds of the same content, and a warm rebuild, write byte-identical files; an edited data file is drawn again', async () => {
  const first = await buildEditedContent('same-a', async () => {});
  const second = await buildEditedContent('same-b', async () => {});
  assert.equal(first.code, 0, first.output);
  assert.equal(second.code, 0, second.output);
  await assertSameFiles(join(first.dir, 'dist'), join(second.dir, 'dist'));

  // A rebuild takes its chart figures (and images) from what the first build kept: the same bytes again.
  const packs = (await readdir(join(first.dir, 'cache', 'figures'))).filter((name) => name.endsWith('.pack'));
  assert.ok(packs.length > 0, 'the first build kept its figures');
  assert.match(first.output, /[\d,]+ story chart figures: 0 from the cache/);
  const warm = await rebuild(first, 'dist-warm');
  assert.equal(warm.code, 0, warm.output);
  const [, placed, cached] = /([\d,]+) story chart figures: ([\d,]+) from the cache, 0 drawn\n/.exec(warm.output) ?? [];
  assert.ok(placed && placed === cached, `every figure of the rebuild comes from the cache:\n${warm.output}`);
  await assertSameFiles(join(first.dir, 'dist'), join(first.dir, 'dist-warm'));
  // The rebuild copied what it reused into its own pack; the first build's packs are pruned.
  const packsAfter = (await readdir(join(first.dir, 'cache', 'figures'))).filter((name) => name.endsWith('.pack'));
  assert.ok(packsAfter.length > 0 && packsAfter.every((name) => !packs.includes(name)), `packs before ${packs}, after ${packsAfter}`);

  // An editor corrects a figure: the rebuild draws the charts of that data file again, and only those.
  await editFile(join(first.dir, 'content', 'stories', 'korea-privacy', 'kisa-cases.csv'), (text) => text.replace('2023,5400,"more than 5,400"', '2023,5412,"more than 5,412"'));
  const edited = await rebuild(first, 'dist-edited');
  assert.equal(edited.code, 0, edited.output);
  const [, , reused, drawn] = /([\d,]+) story chart figures: ([\d,]+) from the cache, ([\d,]+) drawn\n/.exec(edited.output) ?? [];
  // Two charts read kisa-cases.csv, each placed in the story, on its own page and in its embed.
  assert.equal(drawn, '6', edited.output);
  assert.ok(Number(reused) > 0, 'the other charts come from the cache');
  const chartPage = await readFile(join(first.dir, 'dist-edited', 'stories', 'korea-privacy', 'charts', 'kisa-cases', 'index.html'), 'utf8');
  assert.match(chartPage, /data-value="more than 5,412"/);
  assert.doesNotMatch(chartPage, /data-value="more than 5,400"/);
});
