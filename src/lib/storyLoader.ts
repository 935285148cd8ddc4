import { readFile } from 'node:fs/promises';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ChartSpec } from '../charts/spec.ts';
import { chartPlacementProblems, findChartTags } from './chartPlacement.ts';
import { contentDir } from './contentRoot.ts';
import { checkFrontmatterDates } from './frontmatterDates.ts';
import { ChartRenderPool } from './chartPool.ts';
import { displayPath, prerenderCharts } from './storyCharts.ts';

export interface StoryLoaderOptions {
  /** The folder under the content root, one page per subfolder. */
  folder: string;
  /** The widest a chart can be on these pages (see ChartHost); decides which bands are drawn. */
  maxChartWidth?: number;
}

/**
 * The glob loader, made strict: one page per folder (the folder name is the slug), dates must be
 * real and carry a time zone, every declared chart must be placed exactly once, and any loader
 * warning stops the build instead of scrolling past. Used for stories and the gallery.
 * As it loads, a worker thread starts drawing every chart, for the pages to pick up.
 */
export function storyLoader({ folder, maxChartWidth }: StoryLoaderOptions): Loader {
  const inner = glob({
    base: contentDir(folder),
    pattern: '*/index.mdx',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  });
  return {
    name: 'readout-stories',
    load: async (context) => {
      const pool = ChartRenderPool.open();
      const drawing: Promise<void>[] = [];
      try {
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
            if (pool && props.filePath) {
              const charts = (data['charts'] ?? {}) as Record<string, ChartSpec>;
              drawing.push(...prerenderCharts(pool, { slug: props.id, filePath: props.filePath, charts, maxChartWidth }));
            }
            return data;
          },
        });
      } finally {
        // Not awaited: the workers draw while Astro bundles and renders, and stop when done.
        void Promise.allSettled(drawing).then(() => pool?.close());
      }
    },
  };
}

function checkPlacements(file: string, raw: string, data: Record<string, unknown>): void {
  const charts = (data['charts'] ?? {}) as Record<string, ChartSpec>;
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(raw)?.[0] ?? '';
  const bodyFirstLine = (frontmatter.match(/\n/g)?.length ?? 0) + 1;
  const problems = chartPlacementProblems(file, Object.keys(charts), findChartTags(raw.slice(frontmatter.length), bodyFirstLine));
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
