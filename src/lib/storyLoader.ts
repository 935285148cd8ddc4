import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ChartSpec } from '../charts/spec.ts';
import { chartPlacementProblems, findChartTags } from './chartPlacement.ts';
import { contentDir, contentRoot } from './contentRoot.ts';
import { duplicateSlugProblems } from './slugs.ts';
import { imageProblems } from './mdxImages.ts';
import { checkFrontmatterDates } from './frontmatterDates.ts';
import { ChartRenderPool } from './chartPool.ts';
import type { ChartView } from './storyPageCharts.ts';
import { displayPath, prerenderCharts } from './storyCharts.ts';

export interface StoryLoaderOptions {
  /** The folder under the content root, one page per subfolder. */
  folder: string;
  /**
   * Every way pages show these charts (see ChartHost), each drawn ahead by a worker in a build.
   * Without it pages draw their own charts: for a few pages (the gallery, the guide) that is
   * cheaper than starting another worker thread, which costs ~0.7 s of CPU.
   */
  chartViews?: (slug: string) => ChartView[];
}

/**
 * The glob loader, made strict: one page per folder (the folder name is the slug), dates must be
 * real and carry a time zone, every declared chart must be placed exactly once, and any loader
 * warning stops the build instead of scrolling past. Used for stories and the gallery.
 * In a build, a worker thread draws every chart meanwhile, for the pages to pick up.
 */
export function storyLoader({ folder, chartViews }: StoryLoaderOptions): Loader {
  const base = contentDir(folder);
  const inner = glob({
    base,
    pattern: '*/index.mdx',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  });
  return {
    name: 'readout-stories',
    load: async (context) => {
      // A build draws every chart ahead in a worker, starting as each story is read; the dev server
      // draws a page's charts when the page is asked for, so an edited data file always shows.
      const ahead = context.watcher || !chartViews ? undefined : new ChartsAhead(chartViews);
      await inner.load({
        ...context,
        logger: strictLogger(context),
        parseData: async (props) => {
          const raw = props.filePath ? await readFile(props.filePath, 'utf8') : undefined;
          const file = props.filePath ? displayPath(props.filePath) : props.id;
          const dateProblem = raw && checkFrontmatterDates(raw);
          if (dateProblem) throw new Error(`${file}: ${dateProblem}`);
          const data = await context.parseData(props);
          if (raw) checkPlacements(file, raw, data);
          if (props.filePath) ahead?.draw(props.id, props.filePath, data);
          return data;
        },
      });
      const duplicates = duplicateSlugProblems(displayPath(resolve(contentRoot, folder)), [...context.store.keys()]);
      if (duplicates.length > 0) throw new Error(duplicates.join('\n'));
      // Stories the loader did not need to read again (unchanged since the last build) too.
      for (const entry of context.store.values()) if (entry.filePath) ahead?.draw(entry.id, entry.filePath, entry.data);
      ahead?.finish();
      if (context.watcher) reloadOnDataFileChange(context, fileURLToPath(base));
    },
  };
}

/**
 * In `astro dev` a story's data files are read when its page renders, outside the module graph,
 * so saving one would not refresh the preview. A new digest for its story marks the content store
 * changed, which reloads the open page (the glob loader only watches index.mdx).
 */
function reloadOnDataFileChange(context: LoaderContext, base: string): void {
  const restamp = async (changed: string) => {
    const [slug, file, ...deeper] = relative(base, changed).split(sep);
    if (!slug || !file || deeper.length > 0 || slug === '..' || file === 'index.mdx') return;
    const entry = context.store.get(slug);
    if (!entry) return;
    const text = await readFile(changed, 'utf8').catch(() => 'deleted');
    context.store.set({ ...entry, digest: context.generateDigest(`${entry.digest ?? ''}\n${file}\n${text}`) });
  };
  for (const event of ['add', 'change', 'unlink'] as const) context.watcher?.on(event, restamp);
}

/** Hands charts to a worker pool, each story once; the workers stop when the last is drawn. */
class ChartsAhead {
  readonly #chartViews: NonNullable<StoryLoaderOptions['chartViews']>;
  readonly #drawing: Promise<unknown>[] = [];
  readonly #handed = new Set<string>();
  #pool: ChartRenderPool | undefined;

  constructor(chartViews: NonNullable<StoryLoaderOptions['chartViews']>) {
    this.#chartViews = chartViews;
  }

  draw(slug: string, filePath: string, data: Record<string, unknown>): void {
    const charts = (data['charts'] ?? {}) as Record<string, ChartSpec>;
    if (Object.keys(charts).length === 0 || this.#handed.has(slug)) return;
    this.#handed.add(slug);
    this.#pool ??= ChartRenderPool.open();
    const pool = this.#pool;
    if (!pool) return;
    for (const view of this.#chartViews(slug)) this.#drawing.push(...prerenderCharts(pool, { slug, filePath, charts, ...view }));
  }

  finish(): void {
    const pool = this.#pool;
    // Not awaited: the workers draw while Astro bundles the pages.
    if (pool) void Promise.allSettled(this.#drawing).then(() => pool.close());
  }
}

function checkPlacements(file: string, raw: string, data: Record<string, unknown>): void {
  const charts = (data['charts'] ?? {}) as Record<string, ChartSpec>;
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(raw)?.[0] ?? '';
  const bodyFirstLine = (frontmatter.match(/\n/g)?.length ?? 0) + 1;
  const body = raw.slice(frontmatter.length);
  const problems = [...chartPlacementProblems(file, Object.keys(charts), findChartTags(body, bodyFirstLine)), ...imageProblems(file, body, bodyFirstLine)];
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

function strictLogger(context: LoaderContext): LoaderContext['logger'] {
  const logger = context.logger;
  return Object.assign(Object.create(logger), {
    warn(message: string) {
      throw new Error(`content/${context.collection}: ${message}`);
    },
  });
}
