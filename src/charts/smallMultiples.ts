import { chartMeta, type ChartDefinition, type ChartMeta, type DataTableModel, type Layout } from './chart.ts';
import { requireColumn, rowNumber, textCell, type DataTable } from './data.ts';
import { fontSize, truncateText } from './dimensions.ts';
import { ChartInputError } from './errors.ts';
import { text } from './marks/text.ts';
import { el } from './svg.ts';

// Small multiples: one small chart per value of the `facet` column, all drawn on the same
// scales so that a longer bar or a higher line means the same in every panel. Any chart type
// whose layout accepts shared scales can be faceted; the panels are its own layouts.

export interface Facet<Chart> {
  name: string;
  chart: Chart;
}

export interface Faceted<Chart extends ChartMeta> extends ChartMeta {
  facetColumn: string;
  facets: Facet<Chart>[];
}

export interface FacetSupport<Chart extends ChartMeta, Shared> {
  /** The scales every panel uses, from all the panels' charts. */
  shared(charts: readonly Chart[]): Shared;
  layout(chart: Chart, width: number, shared: Shared): Layout;
}

type FacetableSpec = { facet?: string | undefined; title: string; alt: string; data: string; illustrative: boolean } & Parameters<typeof chartMeta>[1];

// Panels are never narrower than the narrowest band, so each is laid out at a width its chart
// type is tested at.
const panelMinWidth = 280;
const panelGap = 24;
const panelTitleHeight = fontSize.title + 10;

/** The extent covering every panel's own extent. */
export function unionDomain(domains: readonly [number, number][]): [number, number] {
  return [Math.min(...domains.map((domain) => domain[0])), Math.max(...domains.map((domain) => domain[1]))];
}

export const isFaceted = <Chart extends ChartMeta>(chart: Chart | Faceted<Chart>): chart is Faceted<Chart> => 'facets' in chart;

/** Splits the rows by the facet column, keeping the file's row numbers for messages. */
export function splitByFacet(table: DataTable, column: string): { name: string; table: DataTable }[] {
  requireColumn(table, 'facet', column);
  const groups = new Map<string, { rows: DataTable['rows']; rowNumbers: number[] }>();
  table.rows.forEach((row, index) => {
    const name = textCell(table, column, index);
    if (name === null) throw new ChartInputError('facet', `${table.file} row ${rowNumber(table, index)}, column "${column}" is empty; every row needs the panel it belongs to`);
    const group = groups.get(name) ?? { rows: [], rowNumbers: [] };
    group.rows.push(row);
    group.rowNumbers.push(rowNumber(table, index));
    groups.set(name, group);
  });
  return [...groups].map(([name, group]) => ({ name, table: { file: table.file, columns: table.columns, ...group } }));
}

/** Wraps a chart type so that `facet: column` draws it as small multiples on shared scales. */
export function withFacets<Spec extends FacetableSpec, Chart extends ChartMeta, Shared>(
  base: ChartDefinition<Spec, Chart>,
  support: FacetSupport<Chart, Shared>,
): ChartDefinition<Spec, Chart | Faceted<Chart>> {
  const layoutPanels = (chart: Faceted<Chart>, width: number): Layout => {
    const columns = Math.max(1, Math.min(chart.facets.length, Math.floor((width + panelGap) / (panelMinWidth + panelGap))));
    const panelWidth = Math.floor((width - panelGap * (columns - 1)) / columns);
    const shared = support.shared(chart.facets.map((facet) => facet.chart));
    const panels = chart.facets.map((facet) => ({ facet, layout: support.layout(facet.chart, panelWidth, shared) }));
    const marks: Layout['marks'] = [];
    let top = 0;
    for (let start = 0; start < panels.length; start += columns) {
      const row = panels.slice(start, start + columns);
      row.forEach(({ facet, layout }, index) => {
        const left = index * (panelWidth + panelGap);
        marks.push(
          el(
            'g',
            { class: 'facet', transform: `translate(${left} ${top})` },
            text(0, 0, truncateText(facet.name, fontSize.title, panelWidth), { valign: 'top', size: fontSize.title, weight: 'bold' }),
            el('g', { transform: `translate(0 ${panelTitleHeight})` }, layout.marks),
          ),
        );
      });
      top += panelTitleHeight + Math.max(...row.map(({ layout }) => layout.height)) + panelGap;
    }
    return { width, height: top - panelGap, marks };
  };

  return {
    normalize(id, spec, table) {
      if (!spec.facet) return base.normalize(id, spec, table);
      if ('annotations' in spec && spec.annotations !== undefined) {
        throw new ChartInputError('annotations', 'small multiples do not take annotations; remove facet to annotate one chart, or remove annotations');
      }
      const facets = splitByFacet(table, spec.facet).map(({ name, table: rows }) => ({ name, chart: base.normalize(id, { ...spec, facet: undefined }, rows) }));
      return { ...chartMeta(id, spec), facetColumn: spec.facet, facets };
    },
    layout: (chart, width) => (isFaceted(chart) ? layoutPanels(chart, width) : support.layout(chart, width, support.shared([chart]))),
    summary: (chart) =>
      isFaceted(chart)
        ? `${chart.facets.length} panels by ${chart.facetColumn}, on the same scale. ${chart.facets.map((facet) => `${facet.name}: ${base.summary(facet.chart)}`).join(' ')}`
        : base.summary(chart),
    table: (chart) => (isFaceted(chart) ? facetTable(chart, base) : base.table(chart)),
    autoNotes: (chart) => (isFaceted(chart) ? [...new Set(chart.facets.flatMap((facet) => base.autoNotes?.(facet.chart) ?? []))] : (base.autoNotes?.(chart) ?? [])),
  };
}

/** One table for all panels, with the panel's name as the first column. */
function facetTable<Chart extends ChartMeta>(chart: Faceted<Chart>, base: ChartDefinition<never, Chart>): DataTableModel {
  const tables = chart.facets.map((facet) => ({ name: facet.name, table: base.table(facet.chart) }));
  return {
    columns: [{ label: chart.facetColumn, numeric: false }, ...(tables[0]?.table.columns ?? [])],
    rows: tables.flatMap(({ name, table }) => table.rows.map((row) => [name, ...row])),
  };
}
