// Synthetic stories for `npm run bench`: plausible prose, valid frontmatter and charts with small
// CSV files, all derived from a seed so two runs with the same flags build the same bytes.
// Every name and number is invented (Northwind, Contoso...): this text is never published.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** mulberry32: a tiny seeded generator; Math.random would make runs incomparable. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One independent stream per story and purpose, so chart data never shifts the prose. */
function streamFor(seed, index, purpose) {
  let hash = 2166136261 ^ seed;
  for (const char of `${index}:${purpose}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  const next = mulberry32(hash);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** `count` distinct items in a random order. */
    sample: (list, count) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, count);
    },
  };
}

const places = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Woodgrove', 'Litware', 'Wingtip', 'Proseware', 'Lucerne', 'Coho Vale', 'Alpine Ridge', 'Margie Bay'];
const bodies = ['council', 'transit authority', 'health board', 'housing office', 'statistics bureau', 'water utility', 'schools department'];
const topics = ['bus ridership', 'late rent payments', 'library visits', 'household water use', 'clinic waiting times', 'school enrolment', 'recycling rates', 'parking fines', 'broadband sign-ups', 'bridge repairs'];
const groups = ['older residents', 'shift workers', 'students', 'small shop owners', 'families with young children', 'commuters from the suburbs'];
const services = ['the night bus', 'the walk-in clinic', 'the public library', 'the rent support scheme', 'the school meal programme'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const adjectives = ['frustrating', 'overdue', 'hard to follow', 'a relief', 'uneven', 'long promised'];
const units = ['cases', 'households', 'applications', 'complaints', 'trips', 'visits'];
const tags = ['Transport', 'Housing', 'Health', 'Education', 'Environment', 'Local government', 'Budgets', 'Data', 'Infrastructure', 'Public services', 'Elections', 'Courts', 'Energy', 'Water', 'Labour', 'Technology', 'Privacy', 'Consumer', 'Trade', 'Science', 'Culture', 'Sport', 'Weather', 'Migration'];

const capitalize = (text) => text[0].toUpperCase() + text.slice(1);

/** Newsroom-shaped sentences; each draws its own names and numbers from the stream. */
const sentences = [
  (r) => `The ${r.pick(places)} ${r.pick(bodies)} said on ${r.pick(days)} that ${r.pick(topics)} had ${r.pick(['risen', 'fallen'])} by ${r.int(2, 40)} per cent since ${r.int(2015, 2022)}.`,
  (r) => `The figures, published in ${r.pick(months)}, cover ${r.int(120, 9800).toLocaleString('en')} ${r.pick(units)} across ${r.pick(places)} and its neighbouring districts.`,
  (r) => `Residents who spoke to Readout described the change in ${r.pick(topics)} as ${r.pick(adjectives)}, though few expected it to last.`,
  (r) => `A spokesperson for the ${r.pick(bodies)} declined to comment on the numbers but pointed to a review due in ${r.pick(months)}.`,
  (r) => `That puts ${r.pick(places)} ${r.pick(['ahead of', 'behind'])} ${r.pick(places)}, which reported ${r.int(80, 4000).toLocaleString('en')} ${r.pick(units)} over the same period.`,
  (r) => `Analysts caution that the data count only ${r.pick(units)} filed online, so the real total is likely ${r.pick(['higher', 'lower'])} than it looks.`,
  (r) => `In ${r.int(2010, 2020)}, the same survey found roughly ${r.int(100, 6000).toLocaleString('en')} ${r.pick(units)}, a figure that was later revised ${r.pick(['once', 'twice', 'three times'])}.`,
  (r) => `The ${r.pick(bodies)} plans to publish a fuller breakdown by neighbourhood before the end of the year.`,
  (r) => `Critics say the plan leaves too much to local offices, which vary widely in how they keep their records.`,
  (r) => `The change matters most for ${r.pick(groups)}, who depend on ${r.pick(services)} more than most.`,
  (r) => `Officials did not say how the ${r.int(5, 30)}-point target would be measured, or who would check it.`,
  (r) => `None of the ${r.pick(units)} in the sample came from ${r.pick(places)}, which stopped reporting in ${r.int(2016, 2023)}.`,
  (r) => `“We knew the numbers were moving,” one ${r.pick(['manager', 'volunteer', 'driver', 'nurse', 'teacher'])} said, “but not this fast.”`,
  (r) => `Budget papers show ${r.int(2, 95)} million in spending set aside for ${r.pick(services)} over the next ${r.int(2, 5)} years.`,
];

const headings = [
  (r) => `What the numbers show`,
  (r) => `A closer look at ${r.pick(places)}`,
  (r) => `${capitalize(r.pick(topics))} over time`,
  (r) => `Who is affected`,
  (r) => `What comes next`,
];

const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/** About `targetWords` words in paragraphs of three to five sentences, with a heading every few. */
function writeProse(r, targetWords) {
  const blocks = [];
  let words = 0;
  let paragraphs = 0;
  while (words < targetWords) {
    if (paragraphs > 0 && paragraphs % 3 === 0) blocks.push({ kind: 'heading', text: `## ${r.pick(headings)(r)}` });
    const paragraph = Array.from({ length: r.int(3, 5) }, () => r.pick(sentences)(r)).join(' ');
    blocks.push({ kind: 'paragraph', text: paragraph });
    words += wordCount(paragraph);
    paragraphs++;
  }
  // One internal link per story: every <a> in MDX goes through the site's Link component.
  blocks.push({ kind: 'paragraph', text: `*Every name and figure in this story is invented for a benchmark; see [how Readout works](/about/).*` });
  return { blocks, words };
}

/** Rows of a categorical table: some values missing, some marked as estimates, like real data. */
function categoricalRows(r) {
  return r.sample(places, r.int(4, 9)).map((place, i) => ({
    place,
    // The first row always has a value: a chart with nothing to draw is not a realistic case.
    value: i > 0 && r.chance(0.1) ? '' : String(r.int(5, 250)),
    estimated: r.chance(0.15) ? 'yes' : '',
  }));
}

/** Yearly values for one to three series, with the odd gap, like a real time series. */
function seriesRows(r) {
  const series = r.sample(places, r.int(1, 3));
  const first = r.int(2008, 2016);
  return series.flatMap((place) => {
    let value = r.int(20, 200);
    return Array.from({ length: r.int(6, 12) }, (_, i) => {
      value = Math.max(1, value + r.int(-25, 30));
      return { year: String(first + i), place, value: i > 0 && r.chance(0.05) ? '' : String(value) };
    });
  });
}

const toCsv = (rows) => [Object.keys(rows[0]).join(','), ...rows.map((row) => Object.values(row).join(','))].join('\n') + '\n';

/**
 * Chart types the benchmark draws, by `type:`. To benchmark a new type, add an entry that returns
 * its data rows and its declaration (see src/charts/spec.ts), then name it in `defaultChartPlan` or
 * pass it with --charts.
 */
export const chartKinds = {
  bar: {
    rows: categoricalRows,
    declare: (r, rows, file) => {
      const values = rows.map((row) => Number(row.value)).filter((value) => value > 0);
      const top = rows.reduce((best, row) => (Number(row.value) > Number(best.value) ? row : best));
      return {
        type: 'bar',
        data: file,
        title: `${top.place} leads on ${r.pick(topics)}`,
        subtitle: `${capitalize(r.pick(units))} per district, latest year`,
        x: 'value',
        y: 'place',
        sort: r.pick(['data', 'ascending', 'descending']),
        alt: `Horizontal bars comparing ${rows.length} districts; the figures are invented.`,
        source: { name: 'Readout benchmark' },
        illustrative: true,
        ...(r.chance(0.5) && { format: ',d' }),
        ...(rows.some((row) => row.estimated) && { estimate: 'estimated' }),
        ...(r.chance(0.4) && { highlight: [rows[0].place] }),
        ...(r.chance(0.3) && values.length > 0 && { annotations: [{ type: 'rule', value: Math.max(...values) - 1, label: 'Target' }] }),
      };
    },
  },
  column: {
    rows: (r) => {
      const first = r.int(2010, 2018);
      return Array.from({ length: r.int(3, 8) }, (_, i) => ({ year: String(first + i), value: i > 0 && r.chance(0.1) ? '' : String(r.int(100, 6000)), estimated: r.chance(0.15) ? 'yes' : '' }));
    },
    declare: (r, rows, file) => ({
      type: 'column',
      data: file,
      title: `${capitalize(r.pick(topics))} by year`,
      subtitle: `${capitalize(r.pick(units))} recorded each year`,
      x: 'year',
      y: 'value',
      format: ',d',
      alt: `Columns of ${rows.length} yearly figures; the figures are invented.`,
      source: { name: 'Readout benchmark' },
      illustrative: true,
      ...(rows.some((row) => row.estimated) && { estimate: 'estimated' }),
    }),
  },
  line: {
    rows: seriesRows,
    declare: (r, rows, file) => {
      const series = [...new Set(rows.map((row) => row.place))];
      return {
        type: 'line',
        data: file,
        title: `${capitalize(r.pick(topics))} since ${rows[0].year}`,
        subtitle: `${capitalize(r.pick(units))} per year`,
        x: 'year',
        y: 'value',
        ...(series.length > 1 && { series: 'place' }),
        alt: `Lines of yearly figures for ${series.length} districts; the figures are invented.`,
        source: { name: 'Readout benchmark' },
        illustrative: true,
        ...(series.length > 1 && r.chance(0.4) && { highlight: [series[0]] }),
      };
    },
  },
};

/** The three charts every story carries. Once column and line exist: ['bar', 'column', 'line']. */
/** The charts of every story, by type, unless the bench is told otherwise (--charts). */
export const defaultChartPlan = ['bar', 'column', 'line'];

/** A published date-time in +09:00, hours apart per story and well in the past. */
function publishedAt(index) {
  const instant = Date.UTC(2025, 0, 1, 0, 0) - index * 5 * 3600 * 1000;
  return `${new Date(instant + 9 * 3600 * 1000).toISOString().slice(0, 16)}:00+09:00`;
}

/** Everything about one story except how it is written out, so both variants share it exactly. */
function planStory(seed, index, targetWords, chartPlan) {
  const prose = streamFor(seed, index, 'prose');
  const place = prose.pick(places);
  const topic = prose.pick(topics);
  const frontmatter = {
    title: `${capitalize(topic)} in ${place}: what changed this year`,
    dek: `New figures from the ${place} ${prose.pick(bodies)} show a shift that ${prose.pick(groups)} will notice first.`,
    description: `An illustrative benchmark story about ${topic} in ${place}, with invented figures.`,
    published: publishedAt(index),
    authors: ['readout-desk'],
    tags: prose.sample(tags, prose.int(2, 4)),
    sources: [{ name: 'Readout benchmark', title: 'Synthetic data, generated from a seed' }],
  };
  const { blocks, words } = writeProse(prose, targetWords);
  const chartStream = streamFor(seed, index, 'charts');
  const charts = chartPlan.map((type, n) => {
    const id = `${type}-${n + 1}`;
    const rows = chartKinds[type].rows(chartStream);
    return { id, file: `${id}.csv`, csv: toCsv(rows), declaration: chartKinds[type].declare(chartStream, rows, `${id}.csv`) };
  });
  return { slug: `bench-${String(index + 1).padStart(5, '0')}`, frontmatter, blocks, words, charts };
}

// Frontmatter is written the way editors write it (see the gallery): block mappings, short
// lists and leaf objects in flow style, quotes only where YAML would misread the text. The
// style matters here: the build parses every story's frontmatter twice.
const yamlKeyword = /^(true|false|null|yes|no|on|off|~)$/i;

function yamlScalar(value) {
  if (typeof value !== 'string') return String(value);
  // Left bare so YAML reads a timestamp, as the schema requires.
  if (/^\d{4}-\d{2}-\d{2}T[\d:]+[+-]\d{2}:\d{2}$/.test(value)) return value;
  return /^[A-Za-z][\w .'’()%-]*$/.test(value) && !yamlKeyword.test(value) ? value : JSON.stringify(value);
}

function yamlFlow(value) {
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${yamlFlow(item)}`).join(', ')} }`;
  return yamlScalar(value);
}

const isMapping = (value) => typeof value === 'object' && !Array.isArray(value);

/** A mapping that holds mappings is written as a block; everything below that in flow style. */
function yamlBlock(mapping, indent = '') {
  return Object.entries(mapping).flatMap(([key, value]) =>
    isMapping(value) && Object.values(value).some(isMapping) ? [`${indent}${key}:`, ...yamlBlock(value, `${indent}  `)] : [`${indent}${key}: ${yamlFlow(value)}`],
  );
}

function frontmatterText(frontmatter, charts) {
  const withCharts = charts.length > 0 ? { ...frontmatter, charts: Object.fromEntries(charts.map((chart) => [chart.id, chart.declaration])) } : frontmatter;
  return `---\n${yamlBlock(withCharts).join('\n')}\n---\n`;
}

/** Charts sit after evenly spaced paragraphs, as an editor would place them. */
function bodyText(blocks, charts) {
  const paragraphIndexes = blocks.flatMap((block, i) => (block.kind === 'paragraph' ? [i] : []));
  const after = new Map(charts.map((chart, n) => [paragraphIndexes[Math.floor(((n + 1) * paragraphIndexes.length) / (charts.length + 1))], chart]));
  return blocks.map((block, i) => (after.has(i) ? `${block.text}\n\n<Chart id="${after.get(i).id}" />` : block.text)).join('\n\n') + '\n';
}

/**
 * Writes `count` stories under `storiesDir`. `withCharts: false` writes the same prose and
 * frontmatter without the charts, their tags and their data files. Returns the mean word count.
 */
export async function writeStories(storiesDir, { count, seed, withCharts, chartPlan = defaultChartPlan, targetWords = 600 }) {
  let totalWords = 0;
  for (let index = 0; index < count; index++) {
    const story = planStory(seed, index, targetWords, chartPlan);
    const charts = withCharts ? story.charts : [];
    const dir = join(storiesDir, story.slug);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.mdx'), frontmatterText(story.frontmatter, charts) + '\n' + bodyText(story.blocks, charts));
    for (const chart of charts) await writeFile(join(dir, chart.file), chart.csv);
    totalWords += story.words;
  }
  return totalWords / count;
}
