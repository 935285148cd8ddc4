import { site } from '../site.ts';
import type { ChartHost } from './storyCharts.ts';
import { buildsSharing } from './sharingBuild.ts';
import { routes } from './urls.ts';

/** How a page shows a story's charts: which bands are drawn, what the figure links to, its heading. */
export type ChartView = Pick<ChartHost, 'maxChartWidth' | 'chartPages' | 'titleTag'>;

/** In the story: in the text column (wider bands are never drawn), each linking to its own page. */
export const storyPageCharts = (slug: string): ChartView => ({ maxChartWidth: site.proseWidth, chartPages: buildsSharing() ? routes.chartPages(slug) : undefined });

/** On the chart's own page: all of the page column, its title the page's heading. */
export const chartPageCharts: ChartView = { maxChartWidth: site.wideWidth, titleTag: 'h1' };

/** In an embed: every band (the frame may be any width), no links out of the figure. */
export const embedCharts: ChartView = {};
