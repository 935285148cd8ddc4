import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countTags, tagSlug } from '../../src/lib/tags.ts';

test('tagSlug(tag) makes lowercase hyphenated slugs and keeps Korean letters', () => {
  assert.equal(tagSlug('South Korea'), 'south-korea');
  assert.equal(tagSlug('E-commerce & Retail'), 'e-commerce-retail');
  assert.equal(tagSlug('개인정보 보호'), '개인정보-보호');
  assert.equal(tagSlug('  Privacy!  '), 'privacy');
});

test('countTags(lists) merges spellings of one tag and sorts by use, then name', () => {
  const counts = countTags([['Privacy', 'China'], ['privacy'], ['Apps', 'China', 'Privacy']]);
  assert.deepEqual(counts, [
    { slug: 'privacy', label: 'Privacy', count: 3 },
    { slug: 'china', label: 'China', count: 2 },
    { slug: 'apps', label: 'Apps', count: 1 },
  ]);
});

test('countTags(lists) counts a story once even if it repeats a tag', () => {
  assert.deepEqual(countTags([['Privacy', 'privacy']]), [{ slug: 'privacy', label: 'Privacy', count: 1 }]);
});
