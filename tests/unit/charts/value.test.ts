import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatValue, lookupValue } from '../../../src/charts/value.ts';
import { csv } from './fixtures.ts';

const cases = csv(
  `
year,region,cases,share,note
2020,north,4290,0.2,
2023,north,5400,0.26,
2023,south,-1250.5,,
`,
  'cases.csv',
);

test('lookupValue(table, {row, column}) picks the row by the first column and formats with thousands separators', () => {
  assert.deepEqual(lookupValue(csv('year,cases\n2020,4290\n2023,5400\n'), { row: '2023', column: 'cases', format: ',d' }), { value: 5400, text: '5,400' });
});

test('lookupValue(table, {by}) picks the row by the named column', () => {
  assert.equal(lookupValue(cases, { by: 'region', row: 'south', column: 'cases' }).text, '−1,250.5');
});

test('lookupValue(table, {format: ".0%"}) formats a share as a percentage', () => {
  assert.equal(lookupValue(cases, { row: '2020', column: 'share', format: '.0%' }).text, '20%');
});

test('lookupValue() without a format keeps the number’s own precision', () => {
  assert.equal(lookupValue(csv('year,rate\n2023,1234.25\n'), { row: '2023', column: 'rate' }).text, '1,234.25');
});

test('lookupValue() for a missing row lists the rows there are', () => {
  assert.throws(() => lookupValue(cases, { row: '2022', column: 'cases' }), /^ChartInputError: row: no row of cases\.csv has year "2022" \(year: 2020, 2023, 2023\)$/);
});

test('lookupValue() for a missing column lists the columns', () => {
  assert.throws(() => lookupValue(cases, { row: '2020', column: 'count' }), /^ChartInputError: column: column "count" not in cases\.csv \(columns: year, region, cases, share, note\)$/);
});

test('lookupValue() for an unknown by column lists the columns', () => {
  assert.throws(() => lookupValue(cases, { by: 'area', row: 'north', column: 'cases' }), /^ChartInputError: by: column "area" not in cases\.csv/);
});

test('lookupValue() for a row that matches twice asks for by=', () => {
  assert.throws(() => lookupValue(cases, { row: '2023', column: 'cases' }), /by: 2 rows of cases\.csv have year "2023" \(rows 2, 3\); name a column .* by="…"/);
});

test('lookupValue() for an empty cell says there is no number', () => {
  assert.throws(() => lookupValue(cases, { by: 'region', row: 'south', column: 'share' }), /column: cases\.csv row 3, column "share" is empty \(not reported\)/);
});

test('lookupValue() for text that is not a number names the row and the value', () => {
  assert.throws(() => lookupValue(csv('year,cases\n2023,"5,400"\n'), { row: '2023', column: 'cases' }), /column: data\.csv row 1, column "cases": "5,400" is not a number/);
});

test('formatValue(n, "bad") names the format attribute', () => {
  assert.throws(() => formatValue(1, 'nonsense'), /^ChartInputError: format: "nonsense" is not a d3-format specifier/);
});

test('formatValue(-3, "+d") writes a true minus sign', () => {
  assert.equal(formatValue(-3, '+d'), '−3');
});
