import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir } from './contentRoot.ts';
import { checkFrontmatterDates } from './frontmatterDates.ts';

/**
 * The glob loader, made strict: one story per folder (the folder name is the slug), dates must be
 * real and carry a time zone, and any loader warning stops the build instead of scrolling past.
 */
export function storyLoader(): Loader {
  const inner = glob({
    base: contentDir('stories'),
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
          if (props.filePath) {
            const raw = await readFile(props.filePath, 'utf8');
            const problem = checkFrontmatterDates(raw);
            if (problem) throw new Error(`${displayPath(props.filePath)}: ${problem}`);
          }
          return context.parseData(props);
        },
      }),
  };
}

function strictLogger(context: LoaderContext): LoaderContext['logger'] {
  const logger = context.logger;
  return Object.assign(Object.create(logger), {
    warn(message: string) {
      throw new Error(`content/${context.collection}: ${message}`);
    },
  });
}

function displayPath(filePath: string): string {
  const fromRoot = relative(process.cwd(), filePath);
  return fromRoot.startsWith('..') ? filePath : fromRoot;
}
