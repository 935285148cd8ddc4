import { z } from 'astro/zod';
import { fields as strictFields, text } from '../lib/schemaFields.ts';

// What an editor writes under `charts:` in a story's frontmatter. Each chart type is one
// object schema; the union is discriminated on `type`, so every option is checked and the
// schema itself documents what a type accepts. Binding to the data (do the columns exist,
// are the numbers numbers) happens in each chart's normalize step, which has the file.

const column = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing: the column ${what}` : `expected a column name: the column ${what}`) })
    .trim()
    .min(1, `empty: the column ${what}`);

/** Category values may be written as numbers in YAML (years); compare them as text. */
const categoryValue = z.union([z.string(), z.number()]).transform(String);

/** A d3-format specifier such as ",d", ".0%" or "+.1f" (https://d3js.org/d3-format). */
const numberFormat = z
  .string()
  .regex(/^(.?[<>=^])?[-+( ]?[$#]?0?\d*,?(\.\d+)?~?[%bcdeEfgGnoprsxX]?$/, 'expected a d3-format specifier such as ",d", ".0%" or ",.1f"');

/** A d3-time-format specifier such as "%Y" or "%b %Y" (https://d3js.org/d3-time-format). */
const dateFormat = z.string().regex(/%[a-zA-Z]/, 'expected a d3-time-format specifier such as "%Y" or "%B %Y"');

const fields = <T extends z.ZodRawShape>(what: string, shape: T) => strictFields(what, shape, 'option');

export const chartSourceSpec = fields('source', {
  name: text('who published the data, e.g. "KISA via The Readable"'),
  title: text('the title of the source document').optional(),
  url: z.url({ protocol: /^https?$/, error: 'expected a full http(s) link' }).optional(),
  date: z.date({ error: 'expected a date like 2024-04-19' }).optional(),
});

const annotationSpec = z.discriminatedUnion(
  'type',
  [
    fields('rule annotation', {
      type: z.literal('rule'),
      value: z.number({ error: 'expected the number where the reference line is drawn' }),
      label: text('what the reference line marks'),
    }),
    fields('point annotation', {
      type: z.literal('point'),
      x: categoryValue.describe('the category, or the date (2024-04-18) on a line chart'),
      series: categoryValue.optional(),
      label: text('what the labelled point shows'),
    }),
    fields('range annotation', {
      type: z.literal('range'),
      from: categoryValue,
      to: categoryValue,
      label: text('what the highlighted range marks'),
    }),
  ],
  { error: 'expected an annotation with type: rule, point or range' },
);

const common = {
  data: z
    .string({ error: 'missing: the data file beside the story, e.g. data: app-ranks.csv' })
    .regex(/^[\w.-][\w./-]*\.(csv|json)$/i, 'expected a .csv or .json file in the story folder, e.g. app-ranks.csv'),
  title: text('the chart title, which says what the chart shows'),
  subtitle: text('the line under the title (units, date)').optional(),
  alt: text('a one-sentence description of the chart for screen readers'),
  notes: z.union([text('a note'), z.array(text('a note'))]).optional(),
  source: z.union([chartSourceSpec, z.array(chartSourceSpec).min(1)], {
    error: 'missing: where the data comes from, e.g. source: { name: KISA via The Readable, date: 2024-04-19 }',
  }),
  illustrative: z.boolean({ error: 'expected true or false' }).default(false),
};

const valueOptions = {
  format: numberFormat.optional(),
  /** A column whose text replaces the formatted value in labels ("more than 5,400"). */
  labels: column('with the label text for each value').optional(),
  /** A column marking derived or estimated values (any non-empty cell); they are drawn outlined. */
  estimate: column('that marks estimated values').optional(),
  highlight: z.array(categoryValue).optional(),
  annotations: z.array(annotationSpec).optional(),
};

export const barChartSpec = fields('bar chart', {
  type: z.literal('bar'),
  ...common,
  ...valueOptions,
  x: column('with the values (bar lengths)'),
  y: column('with the categories (one bar each)'),
  sort: z.enum(['data', 'ascending', 'descending'], { error: 'expected data, ascending or descending' }).default('data'),
  xLabel: text('the value axis label').optional(),
  facet: column('to draw one small chart per value of').optional(),
});

export const columnChartSpec = fields('column chart', {
  type: z.literal('column'),
  ...common,
  ...valueOptions,
  x: column('with the categories or years (one column each)'),
  y: column('with the values (column heights)'),
  yLabel: text('the value axis label').optional(),
  facet: column('to draw one small chart per value of').optional(),
});

export const lineChartSpec = fields('line chart', {
  type: z.literal('line'),
  ...common,
  format: numberFormat.optional(),
  dateFormat: dateFormat.optional(),
  annotations: z.array(annotationSpec).optional(),
  x: column('with the dates (2024, 2024-02 or 2024-02-15)'),
  y: column('with the values'),
  series: column('that names each line').optional(),
  highlight: z.array(categoryValue).optional(),
  yLabel: text('the value axis label').optional(),
  zero: z.boolean({ error: 'expected true or false' }).default(true),
  facet: column('to draw one small chart per value of').optional(),
});

export const bumpChartSpec = fields('bump chart', {
  type: z.literal('bump'),
  ...common,
  dateFormat: dateFormat.optional(),
  x: column('with the dates'),
  y: column('with the ranks (1 = top)'),
  series: column('that names each line'),
  highlight: z.array(categoryValue).optional(),
});

export const stackedChartSpec = fields('stacked bar chart', {
  type: z.literal('stacked'),
  ...common,
  format: numberFormat.optional(),
  y: column('with the categories (one bar each)'),
  x: column('with the values of each part'),
  fill: column('that names the parts'),
  mode: z.enum(['percent', 'absolute'], { error: 'expected percent or absolute' }).default('percent'),
  estimate: column('that marks estimated values').optional(),
});

export const bigNumberSpec = fields('big number', {
  type: z.literal('big-number'),
  ...common,
  value: column('with the number to show'),
  /** Picks the row: `row: { year: 2023 }`; without it the data must have exactly one row. */
  row: z.record(z.string(), categoryValue).optional(),
  label: text('what the number counts, shown under it'),
  format: numberFormat.optional(),
  /** Words before the number when the source gives a bound: "more than". */
  qualifier: text('words before the number, such as "more than"').optional(),
  comparison: fields('comparison', {
    value: column('with the change to show'),
    format: numberFormat.default('+.0%'),
    label: text('what the change is measured against, e.g. "since 2020"'),
  }).optional(),
});

export const tableChartSpec = fields('table', {
  type: z.literal('table'),
  ...common,
  columns: z
    .array(
      fields('table column', {
        column: column('to show'),
        label: text('the column heading').optional(),
        format: numberFormat.optional(),
        bar: z.boolean().default(false),
      }),
    )
    .min(1, 'empty: list at least one column to show'),
  sort: fields('table sort', {
    column: column('to sort by'),
    order: z.enum(['ascending', 'descending']).default('descending'),
  }).optional(),
});

export const timelineChartSpec = fields('timeline', {
  type: z.literal('timeline'),
  ...common,
  x: column('with the dates (2024, 2024-02 or 2024-02-15)'),
  label: column('with the event names'),
  description: column('with a sentence about each event').optional(),
  dateFormat: dateFormat.optional(),
});

const chartSpecs = [
  barChartSpec,
  columnChartSpec,
  lineChartSpec,
  bumpChartSpec,
  stackedChartSpec,
  bigNumberSpec,
  tableChartSpec,
  timelineChartSpec,
] as const;

export const chartTypes = chartSpecs.map((spec) => spec.shape.type.value);

export const chartSpec = z.discriminatedUnion('type', chartSpecs, {
  error: (issue) => {
    const input = issue.input as { type?: unknown } | undefined;
    if (issue.code === 'invalid_union' && input && typeof input === 'object') {
      return input.type === undefined
        ? `missing: type, one of ${chartTypes.join(', ')}`
        : `unknown chart type "${String(input.type)}"; expected one of: ${chartTypes.join(', ')}`;
    }
    return undefined;
  },
});

/** Chart ids become URLs and element ids: kebab-case, unique within a story. */
export const chartId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case chart id such as app-ranks');

export const chartsSpec = z.record(chartId, chartSpec).default({});

export type ChartSpec = z.output<typeof chartSpec>;
export type ChartSource = z.output<typeof chartSourceSpec>;
export type AnnotationSpec = z.output<typeof annotationSpec>;
export type BarChartSpec = z.output<typeof barChartSpec>;
export type ColumnChartSpec = z.output<typeof columnChartSpec>;
export type LineChartSpec = z.output<typeof lineChartSpec>;
export type BumpChartSpec = z.output<typeof bumpChartSpec>;
export type StackedChartSpec = z.output<typeof stackedChartSpec>;
export type BigNumberSpec = z.output<typeof bigNumberSpec>;
export type TableChartSpec = z.output<typeof tableChartSpec>;
export type TimelineChartSpec = z.output<typeof timelineChartSpec>;
