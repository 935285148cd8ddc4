// The pure parts of `npm run new`: slug, date and the files of a new story. Plain JavaScript so
// the script runs on any Node 22 without a build step; tested in tests/unit/newStory.test.ts.

/** The newsroom's zone (src/site.ts); Korea keeps no summer time, so the offset is fixed. */
export const newsroomZone = { name: 'Asia/Seoul', offset: '+09:00' };

/** An ASCII kebab-case slug from a headline: "Temu’s rise, in 3 charts" -> "temus-rise-in-3-charts". */
export function slugify(headline, maxLength = 60) {
  const words = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/** Checks a slug given with --slug; returns a problem, or undefined when it is fine. */
export function slugProblem(slug) {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? undefined : `--slug "${slug}": expected lower-case ASCII letters and digits joined by hyphens, e.g. --slug temu-privacy`;
}

/** The calendar date and time in the newsroom at `now`: { date: "2024-04-19", time: "20:13" }. */
export function newsroomNow(now = new Date()) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: newsroomZone.name, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map(({ type, value }) => [type, value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Checks a --date; returns a problem, or undefined when it is a real calendar date. */
export function dateProblem(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const real = match && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  return real ? undefined : `--date "${date}": expected a real date written like 2024-04-19`;
}

/**
 * When the new story is dated: now, in the newsroom, for a story dated today (so flipping draft off
 * publishes it at once); 09:00 for another day.
 */
export function publishedAt(date, now = new Date()) {
  const today = newsroomNow(now);
  return `${date}T${date === today.date ? today.time : '09:00'}:00${newsroomZone.offset}`;
}

const quote = (text) => JSON.stringify(text);

/** The index.mdx and example CSV of a new story. */
export function storyFiles({ headline, published, authors, tags }) {
  const mdx = `---
# Every field is explained in README.md ("Add a story"). A mistake stops the build with a message
# naming this file and the field.
title: ${quote(headline)}
# One sentence under the headline.
dek: Write the one-sentence summary shown under the headline.
# One or two sentences for search results, feeds and social cards (under 300 characters).
description: Write one or two sentences that say what the story found.
# Date, time and time zone (+09:00 is Seoul). A story dated in the future waits until then.
published: ${published}
# File names in content/authors/, without .yaml.
authors: [${authors.join(', ')}]
tags: [${tags.map((tag) => (/^[\w -]+$/.test(tag) ? tag : quote(tag))).join(', ')}]
# Drafts show in \`npm run dev\` only. Delete this line when the story is ready to publish.
draft: true
# Every story names at least one source; url and date are optional.
sources:
  - name: Who published the source, e.g. The Readable
    title: The headline or title of the source document
    # url: https://example.org/article
    # date: 2024-04-19
# Charts: each one declared here, its data file beside this one, placed below with <Chart id="…" />.
# The chart gallery (/gallery/ in \`npm run dev\`) shows every type and option.
charts:
  example:
    type: column   # bar, column, line, bump, stacked, big-number, table, timeline
    data: example.csv
    title: Say what the chart shows, as a sentence
    subtitle: Units and period, e.g. cases per year
    x: year
    y: value
    format: ',d'
    alt: One sentence for screen readers saying what the chart shows, with its main numbers.
    source: { name: Who published the data }
    # Replace example.csv with real data, then delete this line: invented data must say so.
    illustrative: true
---

Write the story here, in Markdown. Put a number from the chart's data in the text with
<Value chart="example" row="2023" column="value" format=",d" />, so text and chart cannot disagree.

<Chart id="example" />
`;
  const csv = 'year,value\n2021,1200\n2022,1850\n2023,2400\n';
  return { 'index.mdx': mdx, 'example.csv': csv };
}
