import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoTextOverlap, assertTextInside, textBoxes } from './layoutChecks.ts';

test('textBoxes(markup) reads position, anchor, size and dy of every text', () => {
  const [box] = textBoxes('<text x="100" y="20" dy="0.35em" text-anchor="end" font-size="10">AB &amp; C</text>');
  assert.equal(box?.text, 'AB & C');
  assert.equal(box?.right, 100);
  assert.ok(Math.abs(box!.top - (20 + 3.5 - 8)) < 1e-9 && Math.abs(box!.bottom - (20 + 3.5 + 2)) < 1e-9);
});

test('assertNoTextOverlap(markup) fails on two texts over each other and passes on texts side by side', () => {
  const over = '<text x="10" y="20" font-size="14">Northwind</text><text x="30" y="22" font-size="14">Contoso</text>';
  assert.throws(() => assertNoTextOverlap(over), /"Northwind".* overlaps "Contoso"/);
  assertNoTextOverlap('<text x="10" y="20" font-size="14">Northwind</text><text x="10" y="40" font-size="14">Contoso</text>');
});

test('assertTextInside(markup, width, height) fails on text past the right edge', () => {
  assert.throws(() => assertTextInside('<text x="270" y="20" font-size="14">Northwind</text>', 280, 100), /leaves the 280×100 drawing/);
  assertTextInside('<text x="270" y="20" text-anchor="end" font-size="14">Northwind</text>', 280, 100);
});
