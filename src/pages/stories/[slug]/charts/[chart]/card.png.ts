import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFilePaths, chartFileResponse } from '../../../../../lib/chartFiles.ts';
import type { StoryChart } from '../../../../../lib/storyChartList.ts';

// Each chart's social card: routes.chartFile(slug, id, 'card').
export const getStaticPaths = (() => chartFilePaths('card')) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: StoryChart }> = ({ props }) => chartFileResponse(props.chart, 'card');
