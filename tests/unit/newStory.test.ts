import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateProblem, newsroomNow, newsroomZone, publishedAt, slugify, slugProblem, storyFiles } from '../../scripts/lib/newStory.mjs';
import { site } from '../../src/site.ts';

test('slugify(headline) makes ASCII kebab-case, dropping apostrophes and accents', () => {
  assert.equal(slugify('Temu’s rise, in 3 charts: Korea tells café owners'), 'temus-rise-in-3-charts-korea-tells-cafe-owners');
});

test('slugify(headline) keeps the Latin words of a mixed Korean headline', () => {
  assert.equal(slugify('PIPC 조사: AliExpress and Temu'), 'pipc-aliexpress-and-temu');
});

test('slugify(headline) of a Korean-only headline is empty, so the script asks for --slug', () => {
  assert.equal(slugify('개인정보 보호'), '');
});

test('slugify(headline, maxLength) cuts at a word boundary', () => {
  assert.equal(slugify('one two three four', 12), 'one-two');
});

test('slugProblem(slug) accepts kebab-case and refuses anything else', () => {
  assert.equal(slugProblem('temu-privacy-2024'), undefined);
  assert.match(slugProblem('Temu privacy') ?? '', /expected lower-case ASCII letters and digits joined by hyphens/);
});

test('newsroomNow(now) is the date and time in Seoul, not on the machine', () => {
  assert.deepEqual(newsroomNow(new Date('2024-04-18T15:30:00Z')), { date: '2024-04-19', time: '00:30' });
});

test('newsroomZone is the zone of src/site.ts', () => {
  assert.equal(newsroomZone.name, site.timeZone);
});

test('publishedAt(today) is now in Seoul; another day is 09:00, both with +09:00', () => {
  const now = new Date('2024-04-19T11:13:00Z');
  assert.equal(publishedAt('2024-04-19', now), '2024-04-19T20:13:00+09:00');
  assert.equal(publishedAt('2024-05-01', now), '2024-05-01T09:00:00+09:00');
});

test('dateProblem(date) refuses impossible and badly written dates', () => {
  assert.equal(dateProblem('2024-02-29'), undefined);
  assert.match(dateProblem('2024-02-30') ?? '', /expected a real date/);
  assert.match(dateProblem('19/04/2024') ?? '', /expected a real date/);
});

test('storyFiles() writes a draft with quoted headline, authors, tags and an illustrative example chart', () => {
  const files = storyFiles({ headline: 'A "quoted": headline', published: '2024-04-19T20:13:00+09:00', authors: ['readout-desk'], tags: ['Privacy', 'E-commerce: Korea'] });
  const mdx = files['index.mdx'];
  assert.match(mdx, /^title: "A \\"quoted\\": headline"$/m);
  assert.match(mdx, /^tags: \[Privacy, "E-commerce: Korea"\]$/m);
  assert.match(mdx, /^draft: true$/m);
  assert.match(mdx, /^    illustrative: true$/m);
  assert.match(mdx, /<Chart id="example" \/>/);
  assert.match(files['example.csv'], /^year,value\n/);
});
