import { barChartType } from './barChart.ts';
import { bumpChartType } from './bumpChart.ts';
import type { ChartDefinition, ChartMeta } from './chart.ts';
import { lineChartType } from './lineChart.ts';
import type { ChartSpec } from './spec.ts';

type Definitions = { [Type in ChartSpec['type']]: ChartDefinition<Extract<ChartSpec, { type: Type }>, ChartMeta> };

/** Every chart type the schema accepts, by its `type:` name. */
export const chartDefinitions: Partial<Definitions> = {
  bar: barChartType as Definitions['bar'],
  line: lineChartType as Definitions['line'],
  bump: bumpChartType as Definitions['bump'],
};
