import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFilePaths, chartFileResponse } from '../../../../../lib/chartFiles.ts';
import type { StoryChart } from '../../../../../lib/storyChartList.ts';

// Each chart's standalone SVG download: routes.chartFile(slug, id, 'svg').
export const getStaticPaths = (() => chartFilePaths('svg')) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: StoryChart }> = ({ props }) => chartFileResponse(props.chart, 'svg');
