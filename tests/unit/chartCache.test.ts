import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartCacheKey, type ChartJob } from '../../src/lib/chartCache.ts';
import { chartSpec } from '../../src/charts/spec.ts';

const job: ChartJob = {
  idBase: 'story-shops',
  chartId: 'shops',
  spec: chartSpec.parse({ type: 'bar', data: 'shops.csv', title: 'T', alt: 'A', source: { name: 'S', date: new Date('2024-04-19T00:00:00Z') }, x: 'visits', y: 'shop' }),
  dataFile: 'shops.csv',
  dataText: 'shop,visits\nNorthwind,42\n',
  widths: [280, 380, 520],
};

test('chartCacheKey(job) is the same for the same chart, data and page', () => {
  assert.equal(chartCacheKey(job), chartCacheKey(structuredClone(job)));
});

test('chartCacheKey(job) changes with anything that changes the figure', () => {
  const variants: Partial<ChartJob>[] = [
    { dataText: 'shop,visits\nNorthwind,43\n' },
    { widths: [280, 380, 520, 700, 940] },
    { idBase: 'gallery-shops' },
    { spec: { ...job.spec, title: 'Another title' } },
  ];
  for (const variant of variants) assert.notEqual(chartCacheKey({ ...job, ...variant }), chartCacheKey(job), JSON.stringify(Object.keys(variant)));
});
