import type { ResolvedStory } from './stories.ts';
import { lastModified } from './storyDates.ts';

export interface FeedItem {
  path: string;
  title: string;
  summary: string;
  published: Date;
  modified: Date | undefined;
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
    authors: story.authors.map((author) => ({ name: author.data.name, path: `authors/${author.id}/` })),
    tags: data.tags,
    lang: data.lang,
  };
}
