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
import { displayPath } from './storyCharts.ts';

export interface StoryLoaderOptions {
  /** The folder under the content root, one page per subfolder. */
  folder: string;
}

/**
 * The glob loader, made strict: one page per folder (the folder name is the slug), dates must be
 * real and carry a time zone, every declared chart must be placed exactly once, and any loader
 * warning stops the build instead of scrolling past. Used for stories, the gallery and the guide.
 */
export function storyLoader({ folder }: StoryLoaderOptions): Loader {
  const base = contentDir(folder);
  const inner = glob({
    base,
    pattern: '*/index.mdx',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  });
  return {
    name: 'readout-stories',
    load: async (context) => {
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
          return data;
        },
      });
      const duplicates = duplicateSlugProblems(displayPath(resolve(contentRoot, folder)), [...context.store.keys()]);
      if (duplicates.length > 0) throw new Error(duplicates.join('\n'));
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
