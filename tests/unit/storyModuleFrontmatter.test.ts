import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { withoutChartDeclarations } from '../../src/lib/storyModuleFrontmatter.ts';

const frontmatterOf = (source: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)![1]!) as Record<string, unknown>;

test('withoutChartDeclarations(story) drops the charts block and keeps every other field and line', () => {
  const story = readFileSync('content/stories/korea-privacy/index.mdx', 'utf8');
  const stripped = withoutChartDeclarations(story);
  const { charts, ...rest } = frontmatterOf(story);
  assert.ok(charts, 'the first story declares charts');
  assert.deepEqual(frontmatterOf(stripped), rest);
  assert.equal(stripped.split('\n').length, story.split('\n').length, 'MDX errors keep their line numbers');
  const body = story.slice(story.indexOf('\n---', 4));
  assert.ok(stripped.endsWith(body), 'the body is untouched');
});

test('withoutChartDeclarations(source) ends the block at the next top-level key, in block or flow style', () => {
  const block = '---\ntitle: A\ncharts:\n  ranks:\n    type: bar\n\n    title: "Ranks: 2024"\ntags: [Privacy]\n---\n<Chart id="ranks" />\n';
  assert.equal(withoutChartDeclarations(block), '---\ntitle: A\n\n\n\n\n\ntags: [Privacy]\n---\n<Chart id="ranks" />\n');
  const flow = '---\ncharts: { ranks: { type: bar } }\ntitle: A\n---\nBody\n';
  assert.equal(withoutChartDeclarations(flow), '---\n\ntitle: A\n---\nBody\n');
});

test('withoutChartDeclarations(source) keeps Windows line endings', () => {
  const crlf = '---\r\ntitle: A\r\ncharts:\r\n  ranks: { type: bar }\r\n---\r\nBody\r\n';
  assert.equal(withoutChartDeclarations(crlf), '---\r\ntitle: A\r\n\r\n\r\n---\r\nBody\r\n');
});

test('withoutChartDeclarations(source) leaves a story without charts, or without frontmatter, as it is', () => {
  const plain = '---\ntitle: A\nchartsNote: kept\n---\ncharts: in the body is prose\n';
  assert.equal(withoutChartDeclarations(plain), plain);
  assert.equal(withoutChartDeclarations('No frontmatter here.\n'), 'No frontmatter here.\n');
});

test('withoutChartDeclarations(source) keeps comments at the margin inside the block, and anchors untouched', () => {
  const commented = '---\ncharts:\n# The ranks, as Mobile Index gave them\n  ranks: { type: bar }\ntitle: A\n---\n';
  assert.equal(withoutChartDeclarations(commented), '---\n\n\n\ntitle: A\n---\n');
  // The frontmatter would no longer parse if the anchor went and its alias stayed.
  const anchored = '---\ncharts:\n  ranks: { type: bar, source: &mobile { name: Mobile Index } }\nsources: [*mobile]\n---\n';
  assert.equal(withoutChartDeclarations(anchored), anchored);
});
