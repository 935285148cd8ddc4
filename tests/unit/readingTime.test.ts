import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minutesToRead, wordCount } from '../../src/lib/readingTime.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

test('minutesToRead(body) is at least one minute', () => {
  assert.equal(minutesToRead('Short.'), 1);
});

test('minutesToRead(body) grows with the prose: 1,000 words take about 5 minutes', () => {
  assert.equal(minutesToRead(words(1000)), 5);
});

test('minutesToRead(body) does not count components, imports or comments as words', () => {
  const markup = `import X from './x'\n{/* ${words(2000)} */}\n<Chart id="${words(600)}" />\n${words(200)}`;
  assert.equal(minutesToRead(markup), 1);
});

test('wordCount(prose) counts Korean words between spaces, not syllables', () => {
  // Four words (eojeol) of 25 syllables: the reading-time package counted 25.
  assert.equal(wordCount('개인정보보호위원회는 알리익스프레스와 테무에 과징금을'), 4);
  assert.equal(wordCount('Temu ranked 1st, AliExpress 3rd.'), 5);
});

test('wordCount(prose) counts each Chinese or Japanese character as a word', () => {
  assert.equal(wordCount('个人信息'), 4);
  assert.equal(wordCount('プライバシー保護 and more'), 2 + 6 + 2);
});
