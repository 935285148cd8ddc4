import { barChartType } from './barChart.ts';
import { bigNumberType } from './bigNumber.ts';
import { bumpChartType } from './bumpChart.ts';
import type { ChartDefinition, ChartMeta } from './chart.ts';
import { columnChartType } from './columnChart.ts';
import { lineChartType } from './lineChart.ts';
import type { ChartSpec } from './spec.ts';
import { stackedChartType } from './stackedChart.ts';
import { tableChartType } from './tableChart.ts';
import { timelineChartType } from './timelineChart.ts';

type Definitions = { [Type in ChartSpec['type']]: ChartDefinition<Extract<ChartSpec, { type: Type }>, ChartMeta> };

/** Every chart type the schema accepts, by its `type:` name. */
export const chartDefinitions: Definitions = {
  bar: barChartType as Definitions['bar'],
  column: columnChartType as Definitions['column'],
  line: lineChartType as Definitions['line'],
  bump: bumpChartType as Definitions['bump'],
  stacked: stackedChartType as Definitions['stacked'],
  'big-number': bigNumberType as Definitions['big-number'],
  table: tableChartType as Definitions['table'],
  timeline: timelineChartType as Definitions['timeline'],
};
