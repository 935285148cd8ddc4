import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './chartWorker.ts';

// Charts are pure functions of their inputs, so they can be drawn off the main thread while Astro
// syncs content and bundles pages: the build then uses the cores it would otherwise leave idle.

const workerFile = resolve('src/lib/chartWorker.ts');

export class ChartRenderPool {
  readonly #workers: Worker[] = [];
  readonly #pending = new Map<number, { resolve: (html: string) => void; reject: (error: Error) => void }>();
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

  /** Draws one chart's figure; rejects when it cannot, for the page to find out why. */
  draw(request: Omit<WorkerRequest, 'id'>): Promise<string> {
    const id = this.#next++;
    const worker = this.#workers[id % this.#workers.length]!;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #settle(reply: WorkerReply): void {
    const waiting = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    if (!waiting) return;
    if (reply.ok) waiting.resolve(reply.html);
    else waiting.reject(new Error('the chart could not be drawn in the worker'));
  }

  #failAll(error: Error): void {
    for (const waiting of this.#pending.values()) waiting.reject(error);
    this.#pending.clear();
  }
}
