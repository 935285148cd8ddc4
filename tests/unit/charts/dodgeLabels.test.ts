import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dodgeLabels } from '../../../src/charts/dodgeLabels.ts';

const bounds = { min: 0, max: 200 };

test('dodgeLabels(items) leaves labels that do not touch where they want to be', () => {
  assert.deepEqual(dodgeLabels([{ y: 50, height: 16 }, { y: 20, height: 16 }, { y: 100, height: 30 }], bounds, 2), [50, 20, 100]);
});

test('dodgeLabels(items) moves two labels at the same height apart evenly around it', () => {
  assert.deepEqual(dodgeLabels([{ y: 100, height: 16 }, { y: 100, height: 16 }], bounds, 2), [91, 109]);
});

test('dodgeLabels(items) keeps labels in the order of the positions they want', () => {
  const centres = dodgeLabels([{ y: 103, height: 16 }, { y: 100, height: 16 }, { y: 101, height: 16 }], bounds, 2);
  assert.ok(centres[1]! < centres[2]! && centres[2]! < centres[0]!);
  assert.ok(centres[2]! - centres[1]! >= 18 && centres[0]! - centres[2]! >= 18, 'each pair at least height + gap apart');
});

test('dodgeLabels(items) pushes a crowd inside the bounds and merges it with labels it reaches', () => {
  const centres = dodgeLabels([{ y: 150, height: 20 }, { y: 195, height: 20 }, { y: 198, height: 20 }], bounds, 0);
  assert.deepEqual(centres, [150, 170, 190]);
  assert.deepEqual(dodgeLabels([{ y: 2, height: 20 }], bounds), [10], 'a single label is moved inside');
});

test('dodgeLabels(items) with labels taller than the bounds starts them at the top', () => {
  assert.deepEqual(dodgeLabels([{ y: 10, height: 60 }, { y: 10, height: 60 }], { min: 0, max: 100 }, 0), [30, 90]);
});

test('dodgeLabels([]) returns no positions', () => {
  assert.deepEqual(dodgeLabels([], bounds), []);
});
