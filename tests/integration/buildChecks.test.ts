import assert from 'node:assert/strict';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildEditedContent, editFile } from './buildSite.ts';

const storyDir = 'stories/korea-privacy';

describe('a production build refuses to publish what readers would find broken', { concurrency: 1 }, () => {
  test('an internal link to a page the build did not write, with its line', async () => {
    const result = await buildEditedContent('link-missing-page', (contentDir) =>
      editFile(join(contentDir, storyDir, 'index.mdx'), (text) => `${text}\nSee [the archive](/archive/) and [the follow-up](/stories/korea-privacy-2/).\n`),
    );
    assert.notEqual(result.code, 0, `the build should fail:\n${result.output}`);
    assert.match(result.output, /stories\/korea-privacy\/index\.mdx:\d+: link \/stories\/korea-privacy-2\/: no page \/stories\/korea-privacy-2\/ on the site/);
    assert.doesNotMatch(result.output, /link \/archive\//, 'a link to a page that exists is fine');
  });

  test('two story folders whose slugs differ only by letter case', async () => {
    const result = await buildEditedContent('duplicate-slug', (contentDir) => cp(join(contentDir, storyDir), join(contentDir, 'stories/Korea-Privacy'), { recursive: true }));
    assert.notEqual(result.code, 0, `the build should fail:\n${result.output}`);
    assert.match(result.output, /stories\/Korea-Privacy\/index\.mdx: slug: "Korea-Privacy" is also the slug of .*stories\/korea-privacy\//);
  });
});
