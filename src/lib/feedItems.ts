import type { ResolvedStory } from './stories.ts';
import { formatDate } from './dates.ts';
import { lastModified } from './storyDates.ts';

export interface FeedItem {
  path: string;
  title: string;
  summary: string;
  published: Date;
  modified: Date | undefined;
  /** The story's corrections and updates, newest first, as the log on its page words them. */
  changes: string[];
  authors: { name: string; path: string }[];
  tags: string[];
  lang: string;
}

export const feedSize = 50;

/** What every feed says about a story; each feed only formats it. */
export function toFeedItem(story: ResolvedStory): FeedItem {
  const data = story.entry.data;
  return {
    path: `stories/${story.slug}/`,
    title: data.title,
    summary: data.description,
    published: data.published,
    modified: lastModified(data),
    changes: changeNotes(data.corrections),
    authors: story.authors.map((author) => ({ name: author.data.name, path: `authors/${author.id}/` })),
    tags: data.tags,
    lang: data.lang,
  };
}

const changeLabel = { correction: 'Correction', update: 'Update' } as const;

/** "Correction, 3 May 2024: …": a feed reader sees what changed since the item was first read. */
export function changeNotes(corrections: readonly { date: Date; kind: keyof typeof changeLabel; text: string }[]): string[] {
  return [...corrections]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .map((change) => `${changeLabel[change.kind]}, ${formatDate(change.date)}: ${change.text}`);
}
