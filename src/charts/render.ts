import type { ChartDefinition, ChartMeta, DataTableModel, Layout } from './chart.ts';
import { chartDefinitions } from './registry.ts';
import type { DataTable } from './data.ts';
import { bandWidths } from './dimensions.ts';
import type { ChartSpec } from './spec.ts';
import { el, render, type RenderOptions, type SvgNode } from './svg.ts';

export const standaloneFontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Apple SD Gothic Neo', 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif";

export interface SvgBand {
  width: number;
  height: number;
  svg: string;
}

/** A chart ready for any page: SVG per width band (or HTML), its summary and its data table. */
export interface RenderedChart {
  meta: ChartMeta;
  type: ChartSpec['type'];
  /** SVG charts: one drawing per layout band, narrowest first. */
  bands: SvgBand[];
  /** HTML charts (table, big number): the markup, which reflows by itself. */
  html: string | undefined;
  summary: string;
  table: DataTableModel;
  /** Notes the chart adds itself (what outlined bars mean), after the editor's notes. */
  autoNotes: string[];
}

export interface RenderContext {
  /** Unique and stable per chart on a page, e.g. `korea-privacy-app-ranks`. */
  idBase: string;
  options?: RenderOptions;
  widths?: readonly number[];
}

/** A chart ready to draw as SVG at any width, for the files that leave the site (downloads, social cards). */
export interface ExportedChart {
  meta: ChartMeta;
  layout: (width: number) => Layout;
  summary: string;
  autoNotes: string[];
}

interface Drawn {
  meta: ChartMeta;
  layout: ((width: number) => Layout) | undefined;
  exportLayout: ((width: number) => Layout) | undefined;
  html: ((idBase: string) => SvgNode) | undefined;
  summary: string;
  table: DataTableModel;
  autoNotes: string[];
}

function draw(id: string, spec: ChartSpec, table: DataTable): Drawn {
  const definition = chartDefinitions[spec.type] as ChartDefinition<ChartSpec, ChartMeta> | undefined;
  if (!definition) throw new Error(`chart type "${spec.type}" has no renderer`);
  const chart = definition.normalize(id, spec, table);
  const exportLayout = definition.layout ?? definition.exportLayout;
  // Only the figure's words and provenance travel on (to worker messages and the cache), not the
  // normalized chart with its formatter functions.
  const { id: chartId, title, subtitle, alt, notes, sources, illustrative, dataFile } = chart;
  return {
    meta: { id: chartId, title, subtitle, alt, notes, sources, illustrative, dataFile },
    layout: definition.layout && ((width) => definition.layout!(chart, width)),
    exportLayout: exportLayout && ((width) => exportLayout(chart, width)),
    html: definition.html && ((idBase) => definition.html!(chart, idBase)),
    summary: definition.summary(chart),
    table: definition.table(chart),
    autoNotes: definition.autoNotes?.(chart) ?? [],
  };
}

/** Validates a chart against its data and draws it. Throws ChartInputError naming the field. */
export function renderChart(id: string, spec: ChartSpec, table: DataTable, context: RenderContext): RenderedChart {
  const drawn = draw(id, spec, table);
  const widths = context.widths ?? bandWidths;
  const bands = drawn.layout
    ? widths.map((width) => {
        const layout = drawn.layout!(width);
        return { width: layout.width, height: layout.height, svg: svgDocument(layout, drawn.meta, drawn.summary, `${context.idBase}-w${width}`, context.options) };
      })
    : [];
  return {
    meta: drawn.meta,
    type: spec.type,
    bands,
    html: drawn.html ? render(drawn.html(context.idBase), context.options) : undefined,
    summary: drawn.summary,
    table: drawn.table,
    autoNotes: drawn.autoNotes,
  };
}

/** Validates a chart against its data, for drawing as SVG outside the page: HTML types use their exportLayout. */
export function exportChart(id: string, spec: ChartSpec, table: DataTable): ExportedChart {
  const drawn = draw(id, spec, table);
  if (!drawn.exportLayout) throw new Error(`chart type "${spec.type}" has no SVG drawing for downloads`);
  return { meta: drawn.meta, layout: drawn.exportLayout, summary: drawn.summary, autoNotes: drawn.autoNotes };
}

/** The <svg> element: an image named by the chart title and described by alt text plus the data summary. */
export function svgDocument(layout: Layout, meta: ChartMeta, summary: string, id: string, options?: RenderOptions): string {
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      class: 'chart-svg',
      // Outside the page no stylesheet sets the font; name the same stack.
      'font-family': options?.paint ? standaloneFontFamily : undefined,
    },
    el('title', { id: `${id}-title` }, meta.title),
    el('desc', { id: `${id}-desc` }, `${meta.alt} ${summary}`.trim()),
    ...layout.marks,
  );
  return render(root, options);
}
