import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildEditedContent, editFile } from './buildSite.ts';

const storyFile = 'stories/korea-privacy/index.mdx';

/** Builds content/ with the first story's text changed, and returns what the build said. */
function buildWithStoryEdit(name: string, change: (text: string) => string) {
  return buildEditedContent(name, (contentDir) => editFile(join(contentDir, storyFile), change));
}

function assertStopped(result: { code: number; output: string; dir: string }, ...expected: RegExp[]) {
  assert.notEqual(result.code, 0, `the build should fail:\n${result.output}`);
  assert.equal(existsSync(join(result.dir, 'dist', 'stories', 'korea-privacy', 'index.html')), false, 'no story page is written');
  assert.match(result.output, /stories\/korea-privacy\/index\.mdx/, 'the message names the story file');
  for (const pattern of expected) assert.match(result.output, pattern);
}

describe('bad story input stops the build with a message naming the file and the field', { concurrency: 1 }, () => {
  test('a missing title', async () => {
    const result = await buildWithStoryEdit('missing-title', (text) => text.replace(/^title:.*\n/m, ''));
    assertStopped(result, /title: missing: the headline/);
  });

  test('a date that does not exist', async () => {
    const result = await buildWithStoryEdit('bad-date', (text) => text.replace(/^published:.*$/m, 'published: 2024-02-30T09:00:00+09:00'));
    assertStopped(result, /published: "2024-02-30T09:00:00\+09:00" is not a real date and time; expected e\.g\. 2024-04-19T20:13:00\+09:00/);
  });

  test('a date-time without a time zone', async () => {
    const result = await buildWithStoryEdit('no-zone', (text) => text.replace(/^published:.*$/m, 'published: 2024-04-19T20:13:00'));
    assertStopped(result, /published: "2024-04-19T20:13:00" has no time zone/);
  });

  test('an unknown author', async () => {
    const result = await buildWithStoryEdit('unknown-author', (text) => text.replace(/^authors:.*$/m, 'authors: [readout-dsk]'));
    assertStopped(result, /authors\[0\]: unknown author "readout-dsk"/, /known: readout-desk/);
  });

  test('a misspelt field name', async () => {
    const result = await buildWithStoryEdit('unknown-field', (text) => text.replace(/^dek:/m, 'dekk:'));
    assertStopped(result, /unknown story field "dekk"; expected one of: title, dek,/);
  });

  test('a source date that is not a date', async () => {
    const result = await buildWithStoryEdit('bad-source-date', (text) => text.replace(/^    date: 2024-04-19$/m, '    date: April 2024'));
    assertStopped(result, /sources\[0\]\.date: "April 2024" is not a date; expected e\.g\. 2024-04-19/);
  });
});
