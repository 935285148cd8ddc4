// npm run new -- "Headline of the story": starts a story folder with complete frontmatter,
// an example chart and its data. Run with --help for the options.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dateProblem, newsroomNow, publishedAt, slugify, slugProblem, storyFiles } from './lib/newStory.mjs';

const help = `Start a new story: npm run new -- "Headline of the story" [options]

Creates content/stories/<date>-<slug>/index.mdx (a draft, with every field commented) and
example.csv beside it, then prints the preview URL.

Options:
  --author <id>   an author id from content/authors/ (repeat for several); default readout-desk
  --tags <list>   comma-separated tags, e.g. --tags "Privacy, South Korea"
  --date <date>   the publication date, e.g. 2024-04-19; default today in Seoul
  --slug <slug>   the URL name, e.g. temu-privacy; needed when the headline has no Latin letters
  --help          this text

Example:
  npm run new -- "Korea tells Temu to follow its privacy law" --tags "Privacy, South Korea"
`;

const displayPath = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));

function fail(message) {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      author: { type: 'string', multiple: true },
      tags: { type: 'string' },
      date: { type: 'string' },
      slug: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n\n${help}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(help);
  process.exit(0);
}

const headline = positionals.join(' ').trim();
if (!headline) fail(`give the headline in quotes, e.g. npm run new -- "Korea tells Temu to follow its privacy law"\n\n${help}`);

// READOUT_CONTENT_DIR: see src/lib/contentRoot.ts; tests point it at a scratch copy.
const contentRoot = resolve(process.env.READOUT_CONTENT_DIR ?? 'content');
const authorsDir = join(contentRoot, 'authors');
const knownAuthors = existsSync(authorsDir) ? readdirSync(authorsDir).filter((file) => file.endsWith('.yaml')).map((file) => file.slice(0, -5)).sort() : [];
const authors = values.author?.flatMap((author) => author.split(',')).map((author) => author.trim()).filter(Boolean) ?? ['readout-desk'];
for (const author of authors) {
  if (!knownAuthors.includes(author)) {
    fail(`--author ${author}: no such author; expected the name of a file in ${displayPath(authorsDir)}/ without .yaml (known: ${knownAuthors.join(', ') || 'none'})`);
  }
}

const date = values.date ?? newsroomNow().date;
const badDate = dateProblem(date);
if (badDate) fail(badDate);

const slug = values.slug ?? slugify(headline);
if (!slug) fail(`the headline has no Latin letters or digits to make a URL from; choose one with --slug, e.g. --slug temu-privacy`);
const badSlug = slugProblem(slug);
if (badSlug) fail(badSlug);

const tags = (values.tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
const folderName = `${date}-${slug}`;
const folder = join(contentRoot, 'stories', folderName);
const shown = displayPath(folder);
if (existsSync(folder)) {
  fail(`${shown}/ already exists: a story's folder is its URL, and this command never overwrites a story. Edit that story, or choose another name with --slug.`);
}

mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(storyFiles({ headline, published: publishedAt(date), authors, tags }))) {
  writeFileSync(join(folder, name), text, { flag: 'wx' });
}

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
console.log(`Created ${join(shown, 'index.mdx')} (a draft)
    and ${join(shown, 'example.csv')} (illustrative data for the example chart)

Preview: run \`npm run dev\`, then open http://localhost:4321${base}stories/${folderName}/`);
