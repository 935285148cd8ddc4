import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStories } from '../lib/stories.ts';
import { feedSize, toFeedItem } from '../lib/feedItems.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async (context) => {
  const items = (await getStories()).slice(0, feedSize).map(toFeedItem);
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl('', context.site),
    items: items.map((item) => ({
      title: item.title,
      description: [item.summary, ...item.changes].join(' '),
      // Corrections as paragraphs for readers that show content:encoded rather than the description.
      ...(item.changes.length > 0 && { content: [item.summary, ...item.changes].map((text) => `<p>${escapeXml(text)}</p>`).join('') }),
      link: absoluteUrl(item.path, context.site),
      // pubDate stays the first publication, so readers do not list a corrected story as new.
      pubDate: item.published,
      categories: item.tags,
      // RSS's own <author> must be an e-mail address; Dublin Core's creator takes a name.
      customData: [
        ...item.authors.map((a) => `<dc:creator>${escapeXml(a.name)}</dc:creator>`),
        ...(item.modified ? [`<dcterms:modified>${item.modified.toISOString()}</dcterms:modified>`] : []),
      ].join(''),
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', dcterms: 'http://purl.org/dc/terms/' },
    customData: `<language>${site.lang}</language>`,
  });
};
