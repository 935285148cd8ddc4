import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatDateTime, yearOf } from '../../src/lib/dates.ts';

// 23:30 UTC on 31 December is already 1 January in Seoul, the newsroom's time zone.
const newYearInSeoul = new Date('2023-12-31T23:30:00Z');

test('formatDate(date) shows the day in the newsroom time zone', () => {
  assert.equal(formatDate(newYearInSeoul), '1 January 2024');
});

test('formatDateTime(date) adds a 24-hour time and the zone label', () => {
  assert.equal(formatDateTime(new Date('2024-04-19T11:13:00Z')), '19 April 2024, 20:13 KST');
});

test('yearOf(date) counts the year in the newsroom time zone', () => {
  assert.equal(yearOf(newYearInSeoul), 2024);
});
