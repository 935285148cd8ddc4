import { site } from '../site.ts';
import type { ChartHost } from './storyCharts.ts';
import { routes } from './urls.ts';

/**
 * How a story page shows its charts: in the text column (so wider bands are never drawn), each
 * linking to its own page. The content loader draws them ahead the same way the page asks.
 */
export const storyPageCharts = (slug: string): Pick<ChartHost, 'maxChartWidth' | 'chartPages'> => ({
  maxChartWidth: site.proseWidth,
  chartPages: routes.chartPages(slug),
});
