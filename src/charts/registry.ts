import { barChartType, barFacets } from './barChart.ts';
import { bigNumberType } from './bigNumber.ts';
import { bumpChartType } from './bumpChart.ts';
import type { ChartDefinition, ChartMeta } from './chart.ts';
import { columnChartType, columnFacets } from './columnChart.ts';
import { lineChartType, lineFacets } from './lineChart.ts';
import type { ChartSpec } from './spec.ts';
import { stackedChartType } from './stackedChart.ts';
import { tableChartType } from './tableChart.ts';
import { timelineChartType } from './timelineChart.ts';
import { withFacets } from './smallMultiples.ts';

type Definitions = { [Type in ChartSpec['type']]: ChartDefinition<Extract<ChartSpec, { type: Type }>, ChartMeta> };

/** Every chart type the schema accepts, by its `type:` name. */
export const chartDefinitions: Definitions = {
  bar: withFacets(barChartType, barFacets) as Definitions['bar'],
  column: withFacets(columnChartType, columnFacets) as Definitions['column'],
  line: withFacets(lineChartType, lineFacets) as Definitions['line'],
  bump: bumpChartType as Definitions['bump'],
  stacked: stackedChartType as Definitions['stacked'],
  'big-number': bigNumberType as Definitions['big-number'],
  table: tableChartType as Definitions['table'],
  timeline: timelineChartType as Definitions['timeline'],
};
