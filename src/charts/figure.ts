import type { ChartMeta, DataTableModel } from './chart.ts';
import type { RenderedChart } from './render.ts';
import { el, type SvgNode } from './svg.ts';

// The figure around a chart, as a small table of parts: head (flag, title, subtitle), body (the
// drawings or the HTML), foot (notes, sources) and the data table. Built here as one tree, not as
// nested Astro components: a page of three charts rendered a dozen components, and at a thousand
// stories that cost the build more than drawing the charts. Story pages, chart pages and embeds
// all use this one markup.

export interface FigureOptions {
  /** Unique on the page; prefixes every id inside the figure. */
  idBase: string;
  /** How the site writes a calendar date ("19 April 2024"). */
  formatDate: (date: Date) => string;
  /**
   * The chart's own page (share, embed, download), on pages that show it among other things: the
   * figure then links there and to its own anchor. A chart's own page leaves it out.
   */
  permalink?: string | undefined;
  /** `h1` where the chart is what the page is about (its own page, an embed). */
  titleTag?: 'p' | 'h1' | undefined;
}

export function figureHead(meta: ChartMeta, headingId: string, anchor?: string, titleTag: FigureOptions['titleTag'] = 'p'): SvgNode {
  const title = el(titleTag, { class: 'chart__title', id: headingId }, meta.title);
  return el(
    'div',
    { class: 'chart__head' },
    meta.illustrative && el('p', { class: 'chart__flag' }, 'Illustrative data'),
    anchor
      ? el(
          'div',
          { class: 'chart__title-row' },
          title,
          // The link a reader copies to point at this very chart in the story, as beside headings.
          // Outside the title, which names the figure.
          el('a', { class: 'chart__anchor', href: `#${anchor}`, 'aria-label': `Link to this chart: ${meta.title}` }, '#'),
        )
      : title,
    meta.subtitle && el('p', { class: 'chart__subtitle' }, meta.subtitle),
  );
}

export function figureBody(chart: RenderedChart): SvgNode {
  if (chart.bands.length === 0) return el('div', { class: 'chart__body chart__body--html' }, raw(chart.html ?? ''));
  return el(
    'div',
    { class: 'chart__body', 'data-enhance': 'chart-tooltip' },
    chart.bands.map((band, index) => el('div', { class: 'chart__band', 'data-band': index }, raw(band.svg))),
  );
}

export function figureFoot(meta: ChartMeta, autoNotes: readonly string[], formatDate: FigureOptions['formatDate'], permalink?: string): SvgNode {
  const sources = meta.sources.flatMap((source, index) => [
    index > 0 ? '; ' : null,
    source.url ? el('a', { href: source.url }, source.name) : source.name,
    source.title ? `, “${source.title}”` : null,
    ...(source.date ? [', ', el('time', { datetime: source.date.toISOString().slice(0, 10) }, formatDate(source.date))] : []),
  ]);
  return el(
    'figcaption',
    { class: 'chart__foot' },
    [...meta.notes, ...autoNotes].map((note) => el('p', { class: 'chart__note' }, note)),
    el(
      'p',
      { class: 'chart__source' },
      `${meta.sources.length > 1 ? 'Sources' : 'Source'}: `,
      sources,
      meta.illustrative && [' · ', el('strong', {}, 'Illustrative data'), ', not reporting.'],
    ),
    permalink &&
      el(
        'p',
        { class: 'chart__share' },
        el('a', { href: permalink }, 'Share, embed or download', el('span', { class: 'visually-hidden' }, ` “${meta.title}”`)),
      ),
  );
}

/** Every value of the chart as text: what a screen reader, a keyboard user or a sceptic reads. */
export function figureData(table: DataTableModel, title: string, summary: string): SvgNode {
  const numeric = (index: number) => (table.columns[index]?.numeric ? 'num' : undefined);
  return el(
    'details',
    { class: 'chart__data' },
    el('summary', {}, 'Data ', el('span', { class: 'visually-hidden' }, `for “${title}”`)),
    el('p', { class: 'chart__summary' }, summary),
    el(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-label': `Data for ${title}`, tabindex: 0 },
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, table.columns.map((column, index) => el('th', { scope: 'col', class: numeric(index) }, column.label)))),
        el(
          'tbody',
          {},
          table.rows.map((row) => el('tr', {}, row.map((cell, index) => (index === 0 ? el('th', { scope: 'row' }, cell) : el('td', { class: numeric(index) }, cell))))),
        ),
      ),
    ),
  );
}

/** The whole figure; a table chart is its own data table, every other chart gets one. */
export function chartFigure(chart: RenderedChart, options: FigureOptions): SvgNode {
  const headingId = `${options.idBase}-heading`;
  const anchor = `chart-${chart.meta.id}`;
  return el(
    'figure',
    { class: 'chart', id: anchor, 'aria-labelledby': headingId, 'data-chart': chart.meta.id, 'data-chart-type': chart.type },
    figureHead(chart.meta, headingId, options.permalink && anchor, options.titleTag),
    figureBody(chart),
    figureFoot(chart.meta, chart.autoNotes, options.formatDate, options.permalink),
    chart.type !== 'table' && figureData(chart.table, chart.meta.title, chart.summary),
  );
}

/** Markup already serialized (the chart drawings), passed through unescaped. */
function raw(markup: string): SvgNode {
  return { tag: '#raw', attrs: {}, children: [markup] };
}
