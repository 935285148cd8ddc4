import type { ChartSource } from './spec.ts';
import type { SvgNode } from './svg.ts';

/** What every chart has besides its data: the figure's words and provenance. */
export interface ChartMeta {
  id: string;
  title: string;
  subtitle: string | undefined;
  alt: string;
  notes: string[];
  sources: ChartSource[];
  illustrative: boolean;
  dataFile: string;
}

/** A drawing of a chart at one layout width. */
export interface Layout {
  width: number;
  height: number;
  marks: (SvgNode | null)[];
}

/** The same numbers as the chart, for the accessible data table and the CSV download. */
export interface DataTableModel {
  columns: { label: string; numeric: boolean }[];
  rows: string[][];
}

export function chartMeta(
  id: string,
  spec: { title: string; subtitle?: string | undefined; alt: string; notes?: string | string[] | undefined; source: ChartSource | ChartSource[]; illustrative: boolean; data: string },
): ChartMeta {
  return {
    id,
    title: spec.title,
    subtitle: spec.subtitle,
    alt: spec.alt,
    notes: spec.notes === undefined ? [] : Array.isArray(spec.notes) ? spec.notes : [spec.notes],
    sources: Array.isArray(spec.source) ? spec.source : [spec.source],
    illustrative: spec.illustrative,
    dataFile: spec.data,
  };
}

/** Series colour classes, in palette order; CSS maps each to a custom property per theme. */
export const seriesClass = (index: number) => `c${(index % 6) + 1}`;

/**
 * Everything the site needs from one chart type. SVG types provide `layout`, drawn once per
 * width band; HTML types (table, big number) provide `html`, which reflows by itself, and
 * `exportLayout`, an SVG drawing for the files that leave the site (PNG, SVG, social card).
 */
export interface ChartDefinition<Spec, Chart extends ChartMeta> {
  normalize(id: string, spec: Spec, table: import('./data.ts').DataTable): Chart;
  layout?(chart: Chart, width: number): Layout;
  html?(chart: Chart, idBase: string): SvgNode;
  exportLayout?(chart: Chart, width: number): Layout;
  summary(chart: Chart): string;
  table(chart: Chart): DataTableModel;
  /** Notes the chart adds to the editor's, such as what an outlined bar means. */
  autoNotes?(chart: Chart): string[];
}

export const estimateNote = 'Outlined bars with dashed edges are estimates derived from reported figures.';
