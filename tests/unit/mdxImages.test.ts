import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imageProblems } from '../../src/lib/mdxImages.ts';

const file = 'content/stories/x/index.mdx';

test('imageProblems(file, body) accepts a local image with alt text', () => {
  assert.deepEqual(imageProblems(file, 'Text.\n\n![The meeting in Beijing](./meeting.jpg "Beijing")\n'), []);
});

test('imageProblems(file, body, firstLine) names the line of an image without alt text', () => {
  const [problem, ...rest] = imageProblems(file, 'Intro.\n\n![](./meeting.jpg)\n', 20);
  assert.match(problem ?? '', /^content\/stories\/x\/index\.mdx:22: image \.\/meeting\.jpg: alt text missing;/);
  assert.deepEqual(rest, []);
});

test('imageProblems() treats alt text of spaces as missing', () => {
  assert.equal(imageProblems(file, '![  ](./a.png)').length, 1);
});

test('imageProblems() refuses an image from another site', () => {
  assert.match(imageProblems(file, '![A chart](https://example.org/a.png)')[0] ?? '', /:1: image https:\/\/example\.org\/a\.png: images must be files beside the story/);
});

test('imageProblems() ignores images inside code and comments', () => {
  assert.deepEqual(imageProblems(file, '```md\n![](./a.png)\n```\n\n`![](./b.png)`\n\n{/* ![](./c.png) */}\n'), []);
});
