import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bigNumber, bigNumberSummary, bigNumberTable, normalizeBigNumber } from '../../../src/charts/bigNumber.ts';
import { bigNumberSpec } from '../../../src/charts/spec.ts';
import { render } from '../../../src/charts/svg.ts';
import { assertSnapshot } from '../snapshot.ts';
import { common, csv } from './fixtures.ts';

// The shape of the first story's figure: yearly counts, the change written on the latest row only.
const incidents = csv(`
year,incidents,change_from_2020
2020,4290,
2021,4700,
2023,5400,0.26
`);

const spec = (options: Record<string, unknown> = {}) =>
  bigNumberSpec.parse({ type: 'big-number', ...common, value: 'incidents', label: 'incidents reported to the Contoso helpdesk', ...options });

function draw(options: Record<string, unknown> = {}, table = incidents) {
  const chart = normalizeBigNumber('incidents', spec(options), table);
  return { chart, html: render(bigNumber(chart)) };
}

const latest = { row: { year: 2023 }, qualifier: 'more than', comparison: { value: 'change_from_2020', label: 'since 2020' } };

test('bigNumber(rows, {row, qualifier, comparison}) prints the picked row\'s figure, its label and the change', () => {
  const { html } = draw(latest);
  assert.match(html, /<span class="big-number__qualifier">more than <\/span><data value="5400">5,400<\/data>/);
  assert.match(html, /<span class="big-number__label">incidents reported to the Contoso helpdesk<\/span>/);
  assert.match(html, /<data class="big-number__change" value="0.26">\+26%<\/data> since 2020/);
  assert.doesNotMatch(html, /style=/);
  assertSnapshot('big-number-comparison', html, 'html');
});

test('bigNumber(rows, {value}) with a single row needs no row selector', () => {
  const { html } = draw({ format: ',d' }, csv('helpdesk,incidents\nContoso,12500'));
  assert.match(html, /<data value="12500">12,500<\/data>/);
  assert.doesNotMatch(html, /big-number__comparison|big-number__qualifier/);
  assertSnapshot('big-number-plain', html, 'html');
});

test('bigNumber(rows, spec) prints "not reported" for an empty cell, never 0, and drops the qualifier', () => {
  const { chart, html } = draw(latest, csv('year,incidents,change_from_2020\n2023,,0.26'));
  assert.match(html, /<span class="big-number__value big-number__value--missing">not reported<\/span>/);
  assert.doesNotMatch(html, /more than|<data value=|>0</);
  assert.equal(bigNumberSummary(chart), 'Incidents reported to the Contoso helpdesk (year 2023): not reported. +26% since 2020.');
});

test('bigNumber(rows, {comparison}) says the change is not reported when its cell is empty', () => {
  const { html } = draw({ ...latest, row: { year: 2021 } });
  assert.match(html, /<span class="big-number__comparison">since 2020: not reported<\/span>/);
});

test('bigNumber(rows, {comparison: {format}}) writes a fall with a true minus sign', () => {
  const { html } = draw({ row: { year: 2023 }, comparison: { value: 'change', label: 'on the year', format: '+.1%' } }, csv('year,incidents,change\n2023,80,-0.125'));
  assert.match(html, />−12.5%<\/data> on the year/);
});

test('bigNumber with a Korean label prints it as written', () => {
  const { html } = draw({ label: '중국 웹사이트에서 발견된 개인정보 사례' }, csv('incidents\n5400'));
  assert.match(html, />중국 웹사이트에서 발견된 개인정보 사례</);
});

test('normalizeBigNumber without row on a file of several rows names row and lists the candidate rows', () => {
  assert.throws(() => draw(), {
    message: 'row: data.csv has 3 rows; a big number shows one: pick it with row: { year: 2023 } (rows: year 2020; year 2021; year 2023)',
  });
});

test('normalizeBigNumber with a row that matches nothing, or several, says so and lists the rows', () => {
  assert.throws(() => draw({ row: { year: 2022 } }), { message: 'row: no row of data.csv has year 2022 (rows: year 2020; year 2021; year 2023)' });
  const twice = csv('year,region,incidents\n2023,North,1\n2023,South,2');
  assert.throws(() => draw({ row: { year: 2023 } }, twice), { message: 'row: 2 rows of data.csv have year 2023 (rows 1, 2); add a column to row: so it picks one' });
  assert.equal(draw({ row: { year: 2023, region: 'South' } }, twice).chart.value, 2);
});

test('normalizeBigNumber names the field of a column that is not in the data', () => {
  assert.throws(() => draw({ row: { yaer: 2023 } }), { message: 'row.yaer: column "yaer" not in data.csv (columns: year, incidents, change_from_2020)' });
  assert.throws(() => draw({ ...latest, comparison: { value: 'change', label: 'since 2020' } }), { message: 'comparison.value: column "change" not in data.csv (columns: year, incidents, change_from_2020)' });
});

test('normalizeBigNumber names the row and value of a cell that is not a number', () => {
  assert.throws(() => draw({}, csv('incidents\n"5,400"')), {
    message: 'value: data.csv row 1, column "incidents": "5,400" is not a number (write numbers without thousands separators: 5400, not 5,400)',
  });
});

test('bigNumberSummary(chart) and bigNumberTable(chart) give the figure in words and as a row', () => {
  const { chart } = draw(latest);
  assert.equal(bigNumberSummary(chart), 'Incidents reported to the Contoso helpdesk (year 2023): more than 5,400. +26% since 2020.');
  assert.deepEqual(bigNumberTable(chart), {
    columns: [
      { label: 'Figure', numeric: false },
      { label: 'incidents', numeric: true },
      { label: 'Change since 2020', numeric: true },
    ],
    rows: [['Incidents reported to the Contoso helpdesk (year 2023)', 'more than 5,400', '+26%']],
  });
});
