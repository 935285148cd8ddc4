import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildEditedContent, editFile } from './buildSite.ts';

const headline = 'Korea’s privacy regulator, in three charts';
const folder = '2024-06-03-koreas-privacy-regulator-in-three-charts';

/** Runs `npm run new` (the script itself) against a content tree. */
function runNew(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new-story.mjs', ...args], {
    env: { ...process.env, READOUT_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const newStory = (contentDir: string) => {
  const result = runNew(contentDir, headline, '--date', '2024-06-03', '--tags', 'Privacy, Fixture new topic');
  assert.equal(result.code, 0, result.output);
};

describe('npm run new', { concurrency: 1 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'readout-new-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('creates the story and its data beside it, prints the path and the preview URL, and refuses a second run', () => {
    const contentDir = join(scratch, 'content');
    cpSync('content', contentDir, { recursive: true });
    const first = runNew(contentDir, headline, '--date', '2024-06-03');
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, new RegExp(`stories/${folder}/index\\.mdx`));
    assert.match(first.output, new RegExp(`http://localhost:4321/stories/${folder}/`));
    const mdx = readFileSync(join(contentDir, 'stories', folder, 'index.mdx'), 'utf8');
    assert.match(mdx, /^published: 2024-06-03T09:00:00\+09:00$/m);
    assert.match(mdx, /^draft: true$/m);
    assert.ok(existsSync(join(contentDir, 'stories', folder, 'example.csv')));

    const second = runNew(contentDir, headline, '--date', '2024-06-03');
    assert.equal(second.code, 1);
    assert.match(second.output, /already exists: a story's folder is its URL, and this command never overwrites a story/);
    assert.equal(readFileSync(join(contentDir, 'stories', folder, 'index.mdx'), 'utf8'), mdx, 'the story is untouched');
  });

  test('an unknown --author is refused with the known ids', () => {
    const result = runNew(join(scratch, 'content'), 'Another headline', '--author', 'nobody');
    assert.equal(result.code, 1);
    assert.match(result.output, /--author nobody: no such author; .* \(known: readout-desk\)/);
  });

  test('a production build leaves the new draft out', async () => {
    const result = await buildEditedContent('new-story-draft', async (contentDir) => newStory(contentDir));
    assert.equal(result.code, 0, result.output);
    const dist = join(result.dir, 'dist');
    assert.equal(existsSync(join(dist, 'stories', folder)), false);
    assert.doesNotMatch(readFileSync(join(dist, 'rss.xml'), 'utf8'), new RegExp(folder));
    assert.doesNotMatch(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'), new RegExp(folder));
  });

  test('with draft: true removed, the story is published with its chart, in the feed and the sitemap', async () => {
    const result = await buildEditedContent('new-story-published', async (contentDir) => {
      newStory(contentDir);
      await editFile(join(contentDir, 'stories', folder, 'index.mdx'), (text) => text.replace(/^draft: true\n/m, ''));
    });
    assert.equal(result.code, 0, result.output);
    const dist = join(result.dir, 'dist');
    const page = readFileSync(join(dist, 'stories', folder, 'index.html'), 'utf8');
    assert.match(page, /<h1[^>]*>Korea’s privacy regulator, in three charts<\/h1>/);
    assert.match(page, /Say what the chart shows, as a sentence/, 'the example chart');
    assert.match(page, /<data value="2400" data-chart="example">2,400<\/data>/, 'the example <Value>');
    assert.match(readFileSync(join(dist, 'rss.xml'), 'utf8'), new RegExp(`/stories/${folder}/`));
    assert.match(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'), new RegExp(`/stories/${folder}/`));
  });
});
