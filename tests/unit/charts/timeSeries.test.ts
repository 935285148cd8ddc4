import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fontSize, textWidth } from '../../../src/charts/dimensions.ts';
import { labelLines, labelRoom } from '../../../src/charts/timeSeries.ts';

test('labelLines({name, after}) keeps a label on one line when it fits', () => {
  assert.deepEqual(labelLines({ name: 'Contoso', after: '55' }, 200), ['Contoso 55']);
});

test('labelLines({name, after}) wraps a long name and keeps the value whole', () => {
  const lines = labelLines({ name: 'Northwind Traders', after: '1,234' }, 115);
  assert.deepEqual(lines, ['Northwind', 'Traders 1,234']);
});

test('labelLines({name}) shortens a name that needs more than two lines', () => {
  const lines = labelLines({ name: 'Contoso Pharmaceuticals of the Pacific Northwest', after: '12' }, 90);
  assert.equal(lines.length, 3);
  assert.ok(lines[1]!.endsWith('…'));
  assert.equal(lines[2], '12');
  for (const line of lines) assert.ok(textWidth(line, fontSize.label) <= 90, line);
});

test('labelLines({before, name}) puts the rank before the name, or on a line of its own', () => {
  assert.deepEqual(labelLines({ before: '1.', name: 'Fabrikam Pay' }, 100), ['1. Fabrikam', 'Pay']);
  assert.deepEqual(labelLines({ before: '2.', name: '알리익스프레스' }, 100), ['2.', '알리익스프레스']);
});

test('labelRoom(labels) fits whole labels up to the cap, and values and long words beyond it', () => {
  const whole = textWidth('Contoso 55', fontSize.label);
  assert.equal(labelRoom([{ name: 'Contoso', after: '55' }], 200, 100), whole);
  assert.equal(labelRoom([{ name: 'Contoso', after: '55' }], 40, 100), textWidth('Contoso', fontSize.label));
  assert.equal(labelRoom([{ name: 'A', after: '1,234,567' }], 40, 20), textWidth('1,234,567', fontSize.label));
});
