import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildEditedContent, editFile } from './buildSite.ts';

const storyFile = 'stories/korea-privacy/index.mdx';

/** Builds content/ with a line added to the end of the first story, and returns what the build said. */
function buildWithLine(name: string, line: string) {
  return buildEditedContent(name, (contentDir) => editFile(join(contentDir, storyFile), (text) => `${text}\n${line}\n`));
}

function assertStopped(result: { code: number; output: string; dir: string }, ...expected: RegExp[]) {
  assert.notEqual(result.code, 0, `the build should fail:\n${result.output}`);
  assert.equal(existsSync(join(result.dir, 'dist', 'stories', 'korea-privacy', 'index.html')), false, 'no story page is written');
  assert.match(result.output, /stories\/korea-privacy\/index\.mdx/, 'the message names the story file');
  for (const pattern of expected) assert.match(result.output, pattern);
}

describe('a bad writing component stops the build with a message naming the file and the field', { concurrency: 1 }, () => {
  test('<Value> with a row the data does not have', async () => {
    const result = await buildWithLine('value-missing-row', 'In 2022 there were <Value chart="kisa-cases" row="2022" column="cases" /> cases.');
    assertStopped(result, /<Value chart="kisa-cases" row="2022" column="cases" \/>: row: no row of kisa-cases\.csv has year "2022" \(year: 2020, 2023\)/);
  });

  test('<Value> with a column the data does not have', async () => {
    const result = await buildWithLine('value-missing-column', 'There were <Value chart="kisa-cases" row="2023" column="count" /> cases.');
    assertStopped(result, /<Value chart="kisa-cases" row="2023" column="count" \/>: column: column "count" not in kisa-cases\.csv \(columns: year, cases, label, estimate, change_from_2020\)/);
  });

  test('an image without alt text', async () => {
    const result = await buildWithLine('image-without-alt', '![](./photo.jpg)');
    assertStopped(result, /stories\/korea-privacy\/index\.mdx:\d+: image \.\/photo\.jpg: alt text missing/);
  });
});
