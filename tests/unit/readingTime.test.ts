import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minutesToRead } from '../../src/lib/readingTime.ts';

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
