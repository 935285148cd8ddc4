import { buildChartCounts, ChartRenderPool } from './chartPool.ts';
import { queueCharts, type ChartHost } from './storyCharts.ts';

// Astro asks every route for its paths, then renders the pages in that order, on the main thread.
// While it renders, the second core is mostly idle (earlier, while Astro bundles, both are busy),
// so a worker draws the charts then, in the order the pages will want them, ahead of them.

let pool: ChartRenderPool | undefined;
let unsettled = 0;

/**
 * Queues charts for the pages a route is about to render, in their order (a build only: the dev
 * server draws a page's charts when the page is asked for, so an edited data file always shows).
 * The workers stop once every queued chart is drawn or taken back by its page.
 */
export function drawChartsAhead(host: ChartHost, chartIds: readonly string[] = Object.keys(host.charts)): void {
  if (!import.meta.env.PROD || chartIds.length === 0) return;
  pool ??= ChartRenderPool.open();
  const current = pool;
  if (!current) return;
  for (const settled of queueCharts(current, host, chartIds)) {
    unsettled += 1;
    void settled.then(() => {
      unsettled -= 1;
      if (unsettled > 0 || pool !== current) return;
      pool = undefined;
      void current.close();
      const totals = buildChartCounts();
      for (const key of ['cached', 'drawn', 'leftToPages'] as const) totals[key] += current.counts[key];
    });
  }
}
