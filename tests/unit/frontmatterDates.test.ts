import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFrontmatterDates, dateProblem, dateTimeProblem } from '../../src/lib/frontmatterDates.ts';

const story = (fields: string) => `---\ntitle: A story\n${fields}\n---\nBody`;

test('dateTimeProblem(value) accepts real instants with a zone', () => {
  for (const value of ['2024-04-19T20:13:00+09:00', '2024-04-19T11:13Z', '2024-02-29T00:00:00.500-05:00']) {
    assert.equal(dateTimeProblem(value), undefined, value);
  }
});

test('dateTimeProblem(value) refuses a missing zone, an impossible day and a bad hour', () => {
  assert.match(dateTimeProblem('2024-04-19T20:13:00') ?? '', /has no time zone/);
  assert.match(dateTimeProblem('2024-04-19') ?? '', /has no time zone/);
  assert.match(dateTimeProblem('2023-02-29T09:00:00+09:00') ?? '', /not a real date and time/);
  assert.match(dateTimeProblem('2024-04-19T24:00:00Z') ?? '', /not a real date and time/);
  assert.match(dateTimeProblem('next Tuesday') ?? '', /is not a date-time/);
});

test('dateProblem(value) accepts calendar dates and refuses impossible ones', () => {
  assert.equal(dateProblem('2024-04-19'), undefined);
  assert.match(dateProblem('2024-13-01') ?? '', /not a real date/);
  assert.match(dateProblem('19/04/2024') ?? '', /not a date; expected e\.g\. 2024-04-19/);
});

test('checkFrontmatterDates(text) names the field of the first bad date', () => {
  assert.equal(checkFrontmatterDates(story('published: 2024-04-19T20:13:00+09:00')), undefined);
  assert.match(checkFrontmatterDates(story("published: '2024-04-19 20:13'")) ?? '', /^published: .*has no time zone/);
  assert.match(checkFrontmatterDates(story('published: 2024-04-19T20:13:00Z\nupdated: 2024-04-31T10:00:00Z')) ?? '', /^updated: /);
  assert.match(
    checkFrontmatterDates(story('published: 2024-04-19T20:13:00Z\ncorrections:\n  - date: 2024-06-31\n    text: x')) ?? '',
    /^corrections\[0\]\.date: "2024-06-31" is not a real date/,
  );
});

test('checkFrontmatterDates(text) checks the source dates of charts', () => {
  const charts = (source: string) => story(`published: 2024-04-19T20:13:00Z\ncharts:\n  app-ranks:\n    type: table\n    source: ${source}`);
  assert.equal(checkFrontmatterDates(charts('{ name: KISA, date: 2024-04-19 }')), undefined);
  assert.match(checkFrontmatterDates(charts('{ name: KISA, date: 2024-04-31 }')) ?? '', /^charts\.app-ranks\.source\.date: "2024-04-31" is not a real date/);
  assert.match(checkFrontmatterDates(charts('[{ name: KISA }, { name: PIPC, date: April }]')) ?? '', /^charts\.app-ranks\.source\[1\]\.date: "April" is not a date/);
});

test('checkFrontmatterDates(text) leaves YAML syntax errors to Astro, which reports the line', () => {
  assert.equal(checkFrontmatterDates('---\ntitle: [unclosed\n---\n'), undefined);
});

test('checkFrontmatterDates(text) is not fooled by "date:" inside other text', () => {
  const text = '---\ntitle: "Up to date, date: the figures"\npublished: 2024-04-19T20:13:00Z\nsources:\n  - { name: "KISA, date: soon", date: 2024-04-19 }\n---\n';
  assert.equal(checkFrontmatterDates(text), undefined);
  assert.match(checkFrontmatterDates(text.replace('date: 2024-04-19 }', 'date: 2024-04-31 }')) ?? '', /^sources\[0\]\.date: "2024-04-31" is not a real date/);
});
