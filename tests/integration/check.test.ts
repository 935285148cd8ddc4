import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { copyEditedContent, editFile } from './buildSite.ts';

// `npm run check` on copies of content/ with one mistake each: the problem must be listed with the
// file, its line where the file has one, and the field. No build: each run takes about a second.

const storyDir = 'stories/korea-privacy';
const file = 'stories/korea-privacy/index.mdx';

interface CheckResult {
  code: number;
  output: string;
}

async function checkEditedContent(name: string, edit: (contentDir: string) => Promise<void>): Promise<CheckResult> {
  const contentDir = await copyEditedContent(join('tests/.tmp/checks', name), edit);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/check.mjs'], { env: { ...process.env, READOUT_CONTENT_DIR: contentDir, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const editStory = (name: string, change: (text: string) => string) =>
  checkEditedContent(name, (contentDir) => editFile(join(contentDir, file), change));
const addLine = (name: string, line: string) => editStory(name, (text) => `${text}\n${line}\n`);
/** The story's last line: addLine() writes on the line after it. */
const lastLine = () => readFileSync(join('content', file), 'utf8').split('\n').length;

function assertListed(result: CheckResult, ...expected: RegExp[]) {
  assert.equal(result.code, 1, `the check should fail:\n${result.output}`);
  for (const pattern of expected) assert.match(result.output, pattern);
}

const at = (line: number | string) => new RegExp(`stories/korea-privacy/index\\.mdx:${line}: `).source;

describe('npm run check lists each content problem with the file, the line and the field', { concurrency: 2 }, () => {
  test('the real content passes', async () => {
    const result = await checkEditedContent('ok', async () => {});
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /no problems/);
  });

  test('a missing field', async () => {
    const result = await editStory('missing-title', (text) => text.replace(/^title:.*\n/m, ''));
    assertListed(result, /stories\/korea-privacy\/index\.mdx: title: missing: the headline/);
  });

  test('a misspelt field, on its line', async () => {
    const result = await editStory('misspelt-field', (text) => text.replace(/^dek:/m, 'dekk:'));
    assertListed(result, new RegExp(`${at(3)}unknown story field "dekk"; expected one of: title, dek,`));
  });

  test('an unknown author, listing the known ones', async () => {
    const result = await editStory('unknown-author', (text) => text.replace(/^authors:.*$/m, 'authors: [readout-dsk]'));
    assertListed(result, new RegExp(`${at(6)}authors\\[0\\]: unknown author "readout-dsk"; .*known: readout-desk`));
  });

  test('a date that does not exist', async () => {
    const result = await editStory('bad-date', (text) => text.replace(/^published:.*$/m, 'published: 2024-02-30T09:00:00+09:00'));
    assertListed(result, new RegExp(`${at(5)}published: "2024-02-30T09:00:00\\+09:00" is not a real date and time`));
  });

  test('a date-time without a time zone', async () => {
    const result = await editStory('no-zone', (text) => text.replace(/^published:.*$/m, 'published: 2024-04-19T20:13:00'));
    assertListed(result, new RegExp(`${at(5)}published: "2024-04-19T20:13:00" has no time zone`));
    assert.doesNotMatch(result.output, /expected a date-time with zone/, 'one message per mistake');
  });

  test('two story folders whose slugs differ only by letter case', async () => {
    const result = await checkEditedContent('duplicate-slug', (contentDir) => cp(join(contentDir, storyDir), join(contentDir, 'stories/Korea-Privacy'), { recursive: true }));
    assertListed(result, /stories\/Korea-Privacy\/index\.mdx: slug: "Korea-Privacy" is also the slug of .*stories\/korea-privacy\/; a URL cannot tell them apart/);
  });

  test('an unknown chart type', async () => {
    const result = await editStory('chart-type', (text) => text.replace('    type: column\n    data: kisa-cases.csv', '    type: pie\n    data: kisa-cases.csv'));
    assertListed(result, new RegExp(`${at(44)}charts\\.kisa-cases\\.type: unknown chart type "pie"; expected one of: bar, column,`));
  });

  test('an option the chart type does not have', async () => {
    const result = await editStory('chart-option', (text) => text.replace('    x: year\n    y: cases', '    x: year\n    colour: red\n    y: cases'));
    assertListed(result, new RegExp(`${at(49)}charts\\.kisa-cases: unknown column chart option "colour"`));
  });

  test('a missing data file', async () => {
    const result = await editStory('chart-data-file', (text) => text.replace('  kisa-cases:\n    type: column\n    data: kisa-cases.csv', '  kisa-cases:\n    type: column\n    data: kisa-case.csv'));
    assertListed(result, new RegExp(`${at(45)}charts\\.kisa-cases\\.data: file "kisa-case\\.csv" not found beside the story`));
  });

  test('a column the data lacks', async () => {
    const result = await editStory('chart-column', (text) => text.replace('    y: cases\n', '    y: case\n'));
    assertListed(result, new RegExp(`${at(49)}charts\\.kisa-cases\\.y: column "case" not in kisa-cases\\.csv \\(columns: year, cases,`));
  });

  test('a value that is not a number', async () => {
    const result = await checkEditedContent('chart-number', (contentDir) => editFile(join(contentDir, storyDir, 'kisa-cases.csv'), (text) => text.replace('2023,5400,', '2023,lots,')));
    assertListed(result, new RegExp(`${at(49)}charts\\.kisa-cases\\.y: kisa-cases\\.csv row 2, column "cases": "lots" is not a number`));
  });

  test('a <Chart> pointing at nothing', async () => {
    const result = await addLine('chart-nothing', '<Chart id="kisa-casse" />');
    assertListed(result, new RegExp(`${at(lastLine() + 1)}<Chart id="kisa-casse" />: no chart "kisa-casse" is declared`));
  });

  test('a <Value> pointing at a chart, a row and a column that do not exist', async () => {
    const result = await addLine('value-nothing', '<Value chart="kisa" row="2023" column="cases" /> <Value chart="kisa-cases" row="2022" column="cases" />\n\n<Value chart="kisa-cases" row="2023" column="count" />');
    const line = lastLine() + 1;
    assertListed(
      result,
      new RegExp(`${at(line)}<Value chart="kisa" row="2023" column="cases" />: chart: no chart "kisa" is declared`),
      new RegExp(`${at(line)}<Value chart="kisa-cases" row="2022" column="cases" />: row: no row of kisa-cases\\.csv has year "2022"`),
      new RegExp(`${at(line + 2)}<Value chart="kisa-cases" row="2023" column="count" />: column: column "count" not in kisa-cases\\.csv`),
    );
  });

  test('an image without alt text', async () => {
    const result = await addLine('image-alt', '![](./photo.jpg)');
    assertListed(result, new RegExp(`${at(lastLine() + 1)}image \\./photo\\.jpg: alt text missing`));
  });

  test('internal links to pages that do not exist, of every kind', async () => {
    const links = [
      '[a story](/stories/korea-privcy/)',
      '[a topic](/tags/privcy/)',
      '<a href="/authors/readout-dsk/">an author</a>',
      '[a chart page](/stories/korea-privacy/charts/kisa-casse/)',
      '[a chart](/stories/korea-privacy/#chart-kisa-casse)',
      '[here](#chart-kisa-casse)',
      '[no slash](/about)',
      '[fine](/about/) [fine](/stories/korea-privacy/#chart-kisa-cases) [fine](/tags/south-korea/) [fine](/rss.xml)',
    ];
    const result = await addLine('links', links.join('\n\n'));
    const line = lastLine() + 1;
    assertListed(
      result,
      new RegExp(`${at(line)}link /stories/korea-privcy/: no page /stories/korea-privcy/ on the site \\(pages under /stories/: /stories/korea-privacy/\\)`),
      new RegExp(`${at(line + 2)}link /tags/privcy/: no page /tags/privcy/ on the site \\(pages under /tags/: .*/tags/privacy/`),
      new RegExp(`${at(line + 4)}link /authors/readout-dsk/: no page`),
      new RegExp(`${at(line + 6)}link /stories/korea-privacy/charts/kisa-casse/: no page`),
      new RegExp(`${at(line + 8)}link /stories/korea-privacy/#chart-kisa-casse: /stories/korea-privacy/ has no chart "kisa-casse"`),
      new RegExp(`${at(line + 10)}link #chart-kisa-casse: /stories/korea-privacy/ has no chart "kisa-casse"`),
      new RegExp(`${at(line + 12)}link /about: write /about/ \\(with the closing slash\\)`),
    );
    assert.equal(result.output.match(/: link /g)?.length, 7, `only the broken links are listed:\n${result.output}`);
  });

  test('a link from a published story to a draft', async () => {
    const result = await checkEditedContent('link-to-draft', async (contentDir) => {
      await cp('tests/fixtures/stories/draft-story', join(contentDir, 'stories/draft-story'), { recursive: true });
      await editFile(join(contentDir, file), (text) => `${text}\n[soon](/stories/draft-story/)\n`);
    });
    assertListed(result, new RegExp(`${at(lastLine() + 1)}link /stories/draft-story/: no page .*draft`));
  });

  test('an MDX syntax error, with its line', async () => {
    const result = await addLine('mdx-syntax', 'The share rose to <5%.');
    assertListed(result, new RegExp(`${at(lastLine() + 1)}MDX syntax \\(column \\d+\\): Unexpected character`));
  });

  test('a YAML syntax error in the frontmatter, with its line', async () => {
    const result = await editStory('yaml-syntax', (text) => text.replace(/^lang: en$/m, 'lang: en\n  oops: [unclosed'));
    assertListed(result, new RegExp(`${at('\\d+')}frontmatter: `));
  });

  test('several mistakes at once are all listed, in file order, with a count', async () => {
    const result = await checkEditedContent('several', async (contentDir) => {
      await editFile(join(contentDir, file), (text) =>
        `${text
          .replace(/^dek:/m, 'dekk:')
          .replace(/^published:.*$/m, 'published: 2024-04-19T20:13:00')
          .replace(/^authors:.*$/m, 'authors: [readout-dsk]')
          .replace('    y: cases\n', '    y: case\n')}\n<Chart id="nothing" />\n\n![](./photo.jpg)\n\n[gone](/stories/gone/)\n\n<Value chart="kisa-cases" row="1999" column="cases" />\n\nbroken {\n`,
      );
      await writeFile(join(contentDir, 'authors/nobody.yaml'), 'name: Nobody\n');
    });
    const problems = result.output.split('\n').filter((line) => /^\S+\.(mdx|yaml)(:\d+)?: /.test(line));
    const expected = [/authors\/nobody\.yaml: bio: missing/, /index\.mdx: dek: missing/, /:3: unknown story field "dekk"/, /:5: published: .* has no time zone/, /:6: authors\[0\]: unknown author/, /:49: charts\.kisa-cases\.y: column "case"/, /<Chart id="nothing" \/>/, /image \.\/photo\.jpg: alt text missing/, /link \/stories\/gone\//, /<Value chart="kisa-cases" row="1999"/, /MDX syntax/];
    assertListed(result, ...expected);
    assert.equal(problems.length, expected.length, `one line per mistake:\n${result.output}`);
    assert.match(result.output, new RegExp(`\\n${expected.length} problems in [\\d.]+ s`));
  });
});
