import { readFile } from 'node:fs/promises';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ChartSpec } from '../charts/spec.ts';
import { chartPlacementProblems, findChartTags } from './chartPlacement.ts';
import { contentDir } from './contentRoot.ts';
import { checkFrontmatterDates } from './frontmatterDates.ts';
import { displayPath } from './storyCharts.ts';

/**
 * The glob loader, made strict: one page per folder (the folder name is the slug), dates must be
 * real and carry a time zone, every declared chart must be placed exactly once,
 * and any loader warning stops the build instead of scrolling past. Used for stories and the gallery.
 */
export function storyLoader(collectionFolder = 'stories'): Loader {
  const inner = glob({
    base: contentDir(collectionFolder),
    pattern: '*/index.mdx',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  });
  return {
    name: 'readout-stories',
    load: (context) =>
      inner.load({
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
      }),
  };
}

// Data files are checked where each chart is drawn (src/lib/storyCharts.ts): checking them here
// too read and normalized every chart twice per build.
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
