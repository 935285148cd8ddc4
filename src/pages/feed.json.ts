import type { APIRoute } from 'astro';
import { getStories } from '../lib/stories.ts';
import { feedSize, toFeedItem } from '../lib/feedItems.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.ts';

// JSON Feed 1.1 (jsonfeed.org/version/1.1) is plain JSON; a typed object is all it needs.
export const GET: APIRoute = async (context) => {
  const items = (await getStories()).slice(0, feedSize).map(toFeedItem);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    description: site.description,
    home_page_url: absoluteUrl('', context.site),
    feed_url: absoluteUrl('feed.json', context.site),
    language: site.lang,
    favicon: absoluteUrl('favicon.svg', context.site),
    items: items.map((item) => {
      const url = absoluteUrl(item.path, context.site);
      return {
        id: url,
        url,
        title: item.title,
        summary: item.summary,
        content_text: [item.summary, ...item.changes].join('\n\n'),
        date_published: item.published.toISOString(),
        ...(item.modified && { date_modified: item.modified.toISOString() }),
        authors: item.authors.map((a) => ({ name: a.name, url: absoluteUrl(a.path, context.site) })),
        tags: item.tags,
        language: item.lang,
      };
    }),
  };
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
