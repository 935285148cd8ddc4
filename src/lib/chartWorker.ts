// Runs in a worker thread (see chartPool.ts): draws chart figures for the build's pages, or takes
// them from the figure cache when nothing that decides them has changed since an earlier build.
// Node runs this TypeScript directly; everything it imports is plain, framework-free code.
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { ChartSpec } from '../charts/spec.ts';
import { drawingCodeVersion, FigureCache } from './figureCache.ts';
import { drawChartFigure, readChartData, type ChartHost } from './storyCharts.ts';

export interface WorkerRequest {
  id: number;
  host: ChartHost;
  chartId: string;
  spec: ChartSpec;
}

/** `cached`: the figure came from the figure cache rather than being drawn. `loaded`: ready for charts. */
export type WorkerReply = { id: number; ok: true; html: string; cached: boolean } | { id: number; ok: false } | { loaded: true };

export interface WorkerOptions {
  /** Draw at the lowest priority (Linux only, where a thread's priority is its own). */
  lowPriority: boolean;
}

const figures = new FigureCache(drawingCodeVersion(fileURLToPath(import.meta.url)));

// Loaded at the priority of the thread that started it. From here on, the pages on the main thread
// decide how long a build takes; the worker should draw with the time they leave idle, not take a
// core from them (the pool replaces it if that time is too little).
if (process.platform === 'linux' && (workerData as WorkerOptions | undefined)?.lowPriority) setPriority(19);

parentPort?.on('message', ({ id, host, chartId, spec }: WorkerRequest) => {
  try {
    const data = readChartData(host, chartId, spec);
    const key = figures.key(JSON.stringify(host), chartId, JSON.stringify(spec), data.text);
    let cached = true;
    const html = figures.figure(key, () => {
      cached = false;
      return drawChartFigure(host, chartId, spec, data);
    });
    parentPort?.postMessage({ id, ok: true, html, cached } satisfies WorkerReply);
  } catch {
    // The page that places this chart draws it again and reports the problem there.
    parentPort?.postMessage({ id, ok: false } satisfies WorkerReply);
  }
});

parentPort?.postMessage({ loaded: true } satisfies WorkerReply);
