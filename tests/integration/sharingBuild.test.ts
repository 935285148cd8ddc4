import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildsSharing } from '../../src/lib/sharingBuild.ts';
import { buildEditedContent } from './buildSite.ts';

test('buildsSharing(env) is on unless READOUT_SHARING is "off", and names the variable when its value is unknown', () => {
  assert.equal(buildsSharing({}), true);
  assert.equal(buildsSharing({ READOUT_SHARING: 'on' }), true);
  assert.equal(buildsSharing({ READOUT_SHARING: 'off' }), false);
  assert.throws(() => buildsSharing({ READOUT_SHARING: 'no' }), /READOUT_SHARING: expected "on" or "off".*got "no"/);
});

test('READOUT_SHARING=off builds the stories with their charts drawn, and nothing of sharing nor links to it', async () => {
  const build = await buildEditedContent('sharing-off', async () => {}, { READOUT_SHARING: 'off' });
  assert.equal(build.code, 0, build.output);
  const dist = join(build.dir, 'dist');
  const html = await readFile(join(dist, 'stories/korea-privacy/index.html'), 'utf8');
  for (const id of ['app-ranks', 'investigation-timeline', 'kisa-change', 'kisa-cases', 'traded-share']) {
    assert.match(html, new RegExp(`<figure[^>]*id="chart-${id}"`), `the figure of ${id} is on the story page`);
  }
  assert.match(html, /<svg[^>]*role="img"/, 'charts are drawn as SVG');
  assert.doesNotMatch(html, /\/charts\/|Share, embed or download/, 'no link leads to a chart page that was not built');
  assert.match(html, /<meta property="og:image" content="[^"]*\/og-default\.png"/, 'the site image stands in for the story card');
  for (const path of ['stories/korea-privacy/charts', 'stories/korea-privacy/card.png', 'embed/korea-privacy']) {
    assert.equal(existsSync(join(dist, path)), false, `${path} is not written`);
  }
});
