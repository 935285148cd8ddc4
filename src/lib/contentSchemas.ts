import { z } from 'astro/zod';
import { chartsSpec } from '../charts/spec.ts';
import { fields, text } from './schemaFields.ts';

// The content schemas, apart from astro:content so that `npm run check` (plain Node) validates
// with exactly what the build uses. Messages here are read by editors: say what was expected and
// give an example.

const calendarDate = (what: string) =>
  z.date({ error: `expected a date like 2024-04-19: ${what}` });

const dateTime = (what: string) =>
  z.date({
    error: (issue) =>
      issue.input === undefined
        ? `missing: ${what}, a date-time with zone like 2024-04-19T20:13:00+09:00`
        : `expected a date-time with zone like 2024-04-19T20:13:00+09:00: ${what}`,
  });

const source = fields('source', {
  name: text('who published the source, e.g. "The Readable"'),
  title: text('the headline or title of the source document').optional(),
  url: z.url({ protocol: /^https?$/, error: 'expected a full http(s) link to the source' }).optional(),
  date: calendarDate('when the source was published').optional(),
});

const correction = fields('correction', {
  date: calendarDate('when the correction or update was made'),
  text: text('what was changed and why'),
  kind: z.enum(['correction', 'update'], { error: 'expected "correction" or "update"' }).default('correction'),
});

/** A story's frontmatter; `author` is Astro's reference('authors') in the build, an id check in `npm run check`. */
export const storySchema = <Author extends z.ZodType>(author: Author) =>
  fields('story', {
    title: text('the headline'),
    dek: text('the one-sentence summary shown under the headline'),
    description: text('one or two sentences for search results, feeds and social cards').max(300, 'too long: keep the description under 300 characters'),
    published: dateTime('when the story was (or will be) published'),
    updated: dateTime('when the story was last substantially updated').optional(),
    authors: z.array(author, { error: 'expected a list of author ids, e.g. [readout-desk]' }).min(1, 'empty: name at least one author'),
    tags: z.array(text('a tag')).default([]),
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as en or ko').default('en'),
    draft: z.boolean({ error: 'expected true or false' }).default(false),
    sources: z.array(source).min(1, 'empty: every story names at least one source'),
    corrections: z.array(correction).default([]),
    charts: chartsSpec,
  });

export const authorSchema = fields('author', {
  name: text('the name shown in bylines'),
  role: text('a short job title').optional(),
  bio: text('a sentence or two about the author'),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

export const gallerySchema = fields('gallery page', {
  title: text('the page title'),
  description: text('one sentence for search results'),
  charts: chartsSpec,
});

export const guideSchema = fields('guide page', {
  title: text('the page title'),
  description: text('one sentence for search results'),
  charts: chartsSpec,
});

/** The message for an author id with no file, shared by the build (src/lib/stories.ts) and the check. */
export function unknownAuthorMessage(index: number, id: string, known: readonly string[], authorsDir: string): string {
  const list = [...known].sort().join(', ') || '(none)';
  return `authors[${index}]: unknown author "${id}"; expected the name of a file in ${authorsDir}/ without .yaml (known: ${list})`;
}
