import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastModified } from '../../src/lib/storyDates.ts';

const published = new Date('2024-04-19T11:00:00Z');

test('lastModified(story) is undefined for a story never updated', () => {
  assert.equal(lastModified({ published, corrections: [] }), undefined);
});

test('lastModified(story) takes the latest of the updated date and every correction', () => {
  const story = {
    published,
    updated: new Date('2024-04-20T00:00:00Z'),
    corrections: [{ date: new Date('2024-04-25T00:00:00Z') }, { date: new Date('2024-04-22T00:00:00Z') }],
  };
  assert.deepEqual(lastModified(story), new Date('2024-04-25T00:00:00Z'));
});

test('lastModified(story) ignores dates at or before publication', () => {
  assert.equal(lastModified({ published, updated: published, corrections: [{ date: new Date('2024-04-01T00:00:00Z') }] }), undefined);
});
