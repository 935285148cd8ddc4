import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFilePaths, chartFileResponse } from '../../../../../lib/chartFiles.ts';
import type { StoryChart } from '../../../../../lib/storyChartList.ts';

// Each chart's data as CSV: routes.chartFile(slug, id, 'csv').
export const getStaticPaths = (() => chartFilePaths('csv')) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: StoryChart }> = ({ props }) => chartFileResponse(props.chart, 'csv');
