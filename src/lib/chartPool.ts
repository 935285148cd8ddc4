import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './chartWorker.ts';

// Charts are pure functions of their inputs, so they can be drawn off the main thread while Astro
// renders pages on it (see chartsAhead.ts): the build then uses the core it would leave idle.

const workerFile = resolve('src/lib/chartWorker.ts');

/**
 * Charts handed to a worker at a time. The next are handed over when a reply reaches the main
 * thread, which reads replies only between the pages it renders: 64 keeps the worker drawing
 * meanwhile, yet leaves most charts in the queue, where a page that overtakes the worker takes
 * them back.
 */
const depthPerWorker = 64;

/** One chart handed to the pool. */
export interface DrawJob {
  /** The drawn figure; rejects when the worker could not draw it, or when it was withdrawn. */
  readonly done: Promise<string>;
  /** Takes the job back if no worker has begun it: true means the caller draws it instead. */
  withdraw(): boolean;
}

interface Job {
  request: Omit<WorkerRequest, 'id'>;
  resolve: (html: string) => void;
  reject: (error: Error) => void;
  /** Queued until a worker is handed it; a page may withdraw it only while queued. */
  state: 'queued' | 'handed' | 'withdrawn';
}

/** What became of the charts queued in a pool. */
export interface PoolCounts {
  /** Taken from the figure cache by a worker. */
  cached: number;
  /** Drawn by a worker. */
  drawn: number;
  /** Taken back, or failed in a worker: their pages drew them. */
  leftToPages: number;
}

const count = new Intl.NumberFormat('en');

/** "3,000 story chart figures: 2,997 from the cache, 3 drawn" (the gallery and the guide draw their own). */
export function poolSummary({ cached, drawn, leftToPages }: PoolCounts): string {
  const parts = [`${count.format(cached)} from the cache`, `${count.format(drawn)} drawn`];
  if (leftToPages > 0) parts.push(`${count.format(leftToPages)} drawn by their pages`);
  const placed = cached + drawn + leftToPages;
  return `${count.format(placed)} story chart ${placed === 1 ? 'figure' : 'figures'}: ${parts.join(', ')}`;
}

const countsKey = Symbol.for('readout.buildChartCounts');

/**
 * The counts of every pool of this build, for its closing summary. Kept on globalThis: the pages
 * that fill it and the integration that reports it are bundled into separate module graphs.
 */
export function buildChartCounts(): PoolCounts {
  const global = globalThis as { [countsKey]?: PoolCounts };
  return (global[countsKey] ??= { cached: 0, drawn: 0, leftToPages: 0 });
}

export class ChartRenderPool {
  readonly #workers: Worker[] = [];
  readonly counts: PoolCounts = { cached: 0, drawn: 0, leftToPages: 0 };
  readonly #queue: Job[] = [];
  readonly #handed = new Map<number, Job>();
  #next = 0;

  /** A pool, or none where the worker script is not there (then pages draw their charts themselves). */
  static open(): ChartRenderPool | undefined {
    return existsSync(workerFile) ? new ChartRenderPool(Math.max(1, availableParallelism() - 1)) : undefined;
  }

  private constructor(size: number) {
    for (let index = 0; index < size; index += 1) {
      const worker = new Worker(workerFile);
      // Never the reason the build or the dev server keeps running.
      worker.unref();
      worker.on('message', (reply: WorkerReply) => this.#settle(reply));
      worker.on('error', (error) => this.#failAll(error));
      this.#workers.push(worker);
    }
  }

  /**
   * Queues one chart. Workers take charts in the order they were queued, a few at a time, so a page
   * that needs a chart no worker has begun can take it back and draw it at once rather than wait.
   */
  draw(request: Omit<WorkerRequest, 'id'>): DrawJob {
    let job!: Job;
    const done = new Promise<string>((resolve, reject) => {
      job = { request, resolve, reject, state: 'queued' };
    });
    this.#queue.push(job);
    this.#feed();
    return {
      done,
      withdraw: () => {
        if (job.state !== 'queued') return false;
        // Left in the queue, where #feed skips it: no search through thousands of queued charts.
        job.state = 'withdrawn';
        this.counts.leftToPages += 1;
        job.reject(new Error('withdrawn: the page draws this chart itself'));
        return true;
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  /** Hands queued charts out, round the workers, until each holds `depthPerWorker` on average. */
  #feed(): void {
    while (this.#handed.size < depthPerWorker * this.#workers.length && this.#queue.length > 0) {
      const job = this.#queue.shift()!;
      if (job.state === 'withdrawn') continue;
      job.state = 'handed';
      const id = this.#next++;
      this.#handed.set(id, job);
      this.#workers[id % this.#workers.length]!.postMessage({ id, ...job.request } satisfies WorkerRequest);
    }
  }

  #settle(reply: WorkerReply): void {
    const job = this.#handed.get(reply.id);
    this.#handed.delete(reply.id);
    if (!job) return;
    if (reply.ok) {
      this.counts[reply.cached ? 'cached' : 'drawn'] += 1;
      job.resolve(reply.html);
    } else {
      this.counts.leftToPages += 1;
      job.reject(new Error('the chart could not be drawn in the worker'));
    }
    this.#feed();
  }

  #failAll(error: Error): void {
    for (const job of [...this.#handed.values(), ...this.#queue]) if (job.state !== 'withdrawn') job.reject(error);
    this.#handed.clear();
    this.#queue.length = 0;
  }
}
