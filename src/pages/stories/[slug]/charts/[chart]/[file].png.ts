import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFilePaths, chartFileResponse } from '../../../../../lib/chartFiles.ts';
import type { StoryChart } from '../../../../../lib/storyChartList.ts';

// Each chart's PNG download (the standalone SVG at 2x): routes.chartFile(slug, id, 'png').
export const getStaticPaths = (() => chartFilePaths('png')) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: StoryChart }> = ({ props }) => chartFileResponse(props.chart, 'png');
