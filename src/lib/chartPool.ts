import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerOptions, WorkerReply, WorkerRequest } from './chartWorker.ts';

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

/**
 * How long a page waits for a chart a worker has begun, and how long pages then stop waiting for
 * workers once one has kept a page waiting that long. Once loaded, workers draw at the lowest
 * priority (see chartWorker.ts): on a machine busy with other jobs they may barely run, and pages
 * must not go at their pace. A worker normally finishes a chart long before its page asks for it
 * (pages waited ~0.1 s in all in a 3,000-chart build). While a worker loads its code, at the
 * pages' own priority, a page waits for it without a limit, as before any other part of the build.
 */
export interface Patience {
  waitMs: number;
  stopWaitingMs: number;
}

const defaultPatience: Patience = { waitMs: 250, stopWaitingMs: 1000 };

/** One chart handed to the pool. */
export interface DrawJob {
  /** The drawn figure; rejects when the worker could not draw it, or when it was withdrawn or left to the page. */
  readonly done: Promise<string>;
  /** Takes the job back if no worker has begun it: true means the caller draws it instead. */
  withdraw(): boolean;
  /**
   * The figure, when the worker has drawn it or draws it within the pool's patience; otherwise
   * (not begun, failed, or too slow) undefined, and the caller draws it.
   */
  take(): Promise<string | undefined>;
}

interface Job {
  request: Omit<WorkerRequest, 'id'>;
  resolve: (html: string) => void;
  reject: (error: Error) => void;
  /** The worker it was handed to. */
  worker?: Worker;
  /** Queued until a worker is handed it; a page may withdraw it only while queued, or leave it behind once handed. */
  state: 'queued' | 'handed' | 'settled' | 'withdrawn' | 'left';
}

/** What became of the charts queued in a pool. */
export interface PoolCounts {
  /** Taken from the figure cache by a worker. */
  cached: number;
  /** Drawn by a worker. */
  drawn: number;
  /** Taken back, failed in a worker, or not drawn in time: their pages drew them. */
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
  #workers: Worker[] = [];
  /** Settles when the worker has loaded its code and is ready for charts. */
  readonly #loaded = new Map<Worker, Promise<void>>();
  #lowPriority = true;
  readonly counts: PoolCounts = { cached: 0, drawn: 0, leftToPages: 0 };
  readonly #queue: Job[] = [];
  readonly #handed = new Map<number, Job>();
  readonly #patience: Patience;
  #next = 0;
  /** Until when pages draw a chart themselves rather than wait for a worker that has begun it. */
  #notWaitingUntil = 0;

  /** A pool, or none where the worker script is not there (then pages draw their charts themselves). */
  static open(patience: Patience = defaultPatience): ChartRenderPool | undefined {
    return existsSync(workerFile) ? new ChartRenderPool(Math.max(1, availableParallelism() - 1), patience) : undefined;
  }

  private constructor(size: number, patience: Patience) {
    this.#patience = patience;
    this.#workers = this.#startWorkers(size);
  }

  #startWorkers(count: number): Worker[] {
    return Array.from({ length: count }, () => {
      const worker = new Worker(workerFile, { workerData: { lowPriority: this.#lowPriority } satisfies WorkerOptions });
      // Never the reason the build or the dev server keeps running.
      worker.unref();
      let loaded!: () => void;
      this.#loaded.set(worker, new Promise((resolve) => (loaded = resolve)));
      worker.on('message', (reply: WorkerReply) => ('loaded' in reply ? loaded() : this.#settle(reply)));
      worker.on('error', (error) => this.#failAll(error));
      return worker;
    });
  }

  /**
   * Workers at the lowest priority that kept a page waiting are starved by other jobs on the
   * machine: they are replaced, once, by workers at the pages' own priority, which get a fair
   * share. Their unfinished charts go back to the front of the queue.
   */
  #raisePriority(): void {
    if (!this.#lowPriority) return;
    this.#lowPriority = false;
    for (const worker of this.#workers) {
      this.#loaded.delete(worker);
      void worker.terminate();
    }
    const unfinished = [...this.#handed.values()].filter((job) => job.state === 'handed');
    for (const job of unfinished) job.state = 'queued';
    this.#handed.clear();
    this.#queue.unshift(...unfinished);
    this.#workers = this.#startWorkers(this.#workers.length);
    this.#feed();
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
    const withdraw = () => {
      if (job.state !== 'queued') return false;
      // Left in the queue, where #feed skips it: no search through thousands of queued charts.
      job.state = 'withdrawn';
      this.counts.leftToPages += 1;
      job.reject(new Error('withdrawn: the page draws this chart itself'));
      return true;
    };
    return { done, withdraw, take: () => (withdraw() ? Promise.resolve(undefined) : this.#take(job, done)) };
  }

  async #take(job: Job, done: Promise<string>): Promise<string | undefined> {
    const figure = done.catch(() => undefined);
    if (job.state !== 'handed') return figure;
    if (performance.now() < this.#notWaitingUntil) return this.#leave(job);
    await Promise.race([figure, this.#loaded.get(job.worker!)]);
    if (job.state !== 'handed') return figure;
    let timer: NodeJS.Timeout | undefined;
    const tooLong = new Promise<'too long'>((resolve) => (timer = setTimeout(() => resolve('too long'), this.#patience.waitMs)));
    const first = await Promise.race([figure, tooLong]);
    clearTimeout(timer);
    if (first !== 'too long') return first;
    this.#notWaitingUntil = performance.now() + this.#patience.stopWaitingMs;
    this.#leave(job);
    this.#raisePriority();
    return undefined;
  }

  /** The page draws a chart its worker has not finished; the worker's figure, when it comes, is dropped. */
  #leave(job: Job): undefined {
    if (job.state !== 'handed') return undefined;
    job.state = 'left';
    this.counts.leftToPages += 1;
    job.reject(new Error('left to the page: the worker was too slow'));
    return undefined;
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
      job.worker = this.#workers[id % this.#workers.length]!;
      job.worker.postMessage({ id, ...job.request } satisfies WorkerRequest);
    }
  }

  #settle(reply: Exclude<WorkerReply, { loaded: true }>): void {
    const job = this.#handed.get(reply.id);
    this.#handed.delete(reply.id);
    if (!job) return;
    if (job.state === 'left') {
      this.#feed();
      return;
    }
    job.state = 'settled';
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
