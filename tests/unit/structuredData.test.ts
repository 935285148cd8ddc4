import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dataset, jsonLdText, newsArticle } from '../../src/lib/structuredData.ts';

const publisher = { name: 'Readout', url: 'https://news.example.org/' };
const image = { url: 'https://news.example.org/stories/x/card.png', width: 1200, height: 630 };
const published = new Date('2024-04-19T00:00:00Z');

test('newsArticle() without an update gives dateModified = datePublished, never leaves it out', () => {
  const article = newsArticle({
    url: 'https://news.example.org/stories/x/',
    headline: 'Headline',
    description: 'What it is about',
    published,
    authors: [{ name: 'Desk', url: 'https://news.example.org/authors/desk/' }],
    tags: ['Privacy', 'Korea'],
    lang: 'en',
    image,
    publisher,
  });
  assert.equal(article['@type'], 'NewsArticle');
  assert.equal(article['datePublished'], '2024-04-19T00:00:00.000Z');
  assert.equal(article['dateModified'], '2024-04-19T00:00:00.000Z');
  assert.deepEqual(article['author'], [{ '@type': 'Person', name: 'Desk', url: 'https://news.example.org/authors/desk/' }]);
  assert.equal(article['keywords'], 'Privacy, Korea');
});

test('dataset() offers the CSV as its distribution and says when the data is illustrative', () => {
  const data = dataset({
    url: 'https://news.example.org/stories/x/charts/y/',
    name: 'Chart',
    description: 'Bars.',
    story: { url: 'https://news.example.org/stories/x/', headline: 'Headline' },
    published,
    modified: new Date('2024-05-01T00:00:00Z'),
    csvUrl: 'https://news.example.org/stories/x/charts/y/x-y.csv',
    sources: [{ name: 'KISA', url: 'https://kisa.or.kr/' }, { name: 'Desk' }],
    licence: 'https://creativecommons.org/licenses/by/4.0/',
    image,
    publisher,
    illustrative: true,
  });
  assert.deepEqual(data['distribution'], [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://news.example.org/stories/x/charts/y/x-y.csv' }]);
  assert.equal(data['dateModified'], '2024-05-01T00:00:00.000Z');
  assert.equal(data['description'], 'Bars. Illustrative data, not reporting.');
  assert.deepEqual(data['isBasedOn'], [
    { '@type': 'CreativeWork', name: 'KISA', url: 'https://kisa.or.kr/' },
    { '@type': 'CreativeWork', name: 'Desk' },
  ]);
});

test('jsonLdText() cannot close its <script> element, whatever an editor writes', () => {
  const text = jsonLdText({ headline: 'A </script><script>alert(1)</script> title' });
  assert.ok(!text.includes('</script'));
  assert.deepEqual(JSON.parse(text), { headline: 'A </script><script>alert(1)</script> title' });
});
