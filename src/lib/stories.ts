import { getCollection, type CollectionEntry } from 'astro:content';
import { contentRoot } from './contentRoot.ts';
import { relative } from 'node:path';
import type { ChartSpec } from '../charts/spec.ts';
import { unknownAuthorMessage } from './contentSchemas.ts';
import type { ChartHost } from './storyCharts.ts';

export type Story = CollectionEntry<'stories'>;
export type Author = CollectionEntry<'authors'>;

export interface ResolvedStory {
  entry: Story;
  slug: string;
  authors: Author[];
}

/** Drafts and stories dated in the future are visible while editing, never in a production build. */
export function isPublished(story: Story, now = new Date()): boolean {
  return !story.data.draft && story.data.published.getTime() <= now.getTime();
}

let cache: Promise<ResolvedStory[]> | undefined;

/** Every story the current build shows, newest first, with its authors resolved and checked. */
export function getStories(): Promise<ResolvedStory[]> {
  cache ??= loadStories();
  return cache;
}

async function loadStories(): Promise<ResolvedStory[]> {
  const [stories, authors] = await Promise.all([getCollection('stories'), getCollection('authors')]);
  const authorsById = new Map(authors.map((author) => [author.id, author]));
  const visible = import.meta.env.DEV ? stories : stories.filter((story) => isPublished(story));
  return visible
    .map((entry) => ({
      entry,
      slug: entry.id,
      authors: entry.data.authors.map(({ id }, index) => {
        const author = authorsById.get(id);
        if (!author) {
          throw new Error(`${storyFile(entry)}: ${unknownAuthorMessage(index, id, [...authorsById.keys()], `${relative(process.cwd(), contentRoot)}/authors`)}`);
        }
        return author;
      }),
    }))
    .sort((a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime());
}

function storyFile(entry: Story): string {
  return entry.filePath ?? `stories/${entry.id}/index.mdx`;
}

/** What <Chart id> needs to find and read a page's charts. */
export function chartHost(
  entry: { id: string; filePath?: string | undefined; data: { charts: Record<string, ChartSpec> } },
  options: Pick<ChartHost, 'maxChartWidth' | 'chartPages'> = {},
): ChartHost {
  return { slug: entry.id, filePath: entry.filePath ?? `${entry.id}/index.mdx`, charts: entry.data.charts, ...options };
}
