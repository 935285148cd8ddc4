// Runs in a worker thread (see chartPool.ts): draws chart figures for the build's pages. Node runs
// this TypeScript directly; everything it imports is plain, framework-free code.
import { parentPort } from 'node:worker_threads';
import type { ChartSpec } from '../charts/spec.ts';
import { drawChartFigure, type ChartHost } from './storyCharts.ts';

export interface WorkerRequest {
  id: number;
  host: ChartHost;
  chartId: string;
  spec: ChartSpec;
}

export type WorkerReply = { id: number; ok: true; html: string } | { id: number; ok: false };

parentPort?.on('message', ({ id, host, chartId, spec }: WorkerRequest) => {
  try {
    parentPort?.postMessage({ id, ok: true, html: drawChartFigure(host, chartId, spec) } satisfies WorkerReply);
  } catch {
    // The page that places this chart draws it again and reports the problem there.
    parentPort?.postMessage({ id, ok: false } satisfies WorkerReply);
  }
});
