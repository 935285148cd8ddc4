import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { chartSpec, type ChartSpec } from '../charts/spec.ts';
import { chartPlacementProblems, findChartTags } from './chartPlacement.ts';
import { authorSchema, gallerySchema, storySchema, unknownAuthorMessage } from './contentSchemas.ts';
import { frontmatterDateProblems } from './frontmatterDates.ts';
import { findInternalLinks, linkProblem, type SitePages } from './internalLinks.ts';
import { imageProblems } from './mdxImages.ts';
import { routedPages, siteRoutes, type RoutedStory } from './siteRoutes.ts';
import { duplicateSlugProblems } from './slugs.ts';
import { displayPath, renderStoryChart } from './storyCharts.ts';
import { findValueTags, lookupStoryValue } from './storyValues.ts';

// `npm run check`: every content problem the build would stop on, found without building and listed
// all at once, each as "file:line: field: what was expected". The checks are the build's own
// (schemas, date reading, chart normalisation, placement, <Value> lookups, images, links).

/** A page's source split as Astro splits it (same pattern as @astrojs/internal-helpers/frontmatter). */
export interface SourceFile {
  path: string;
  /** Display path, as in the build's messages. */
  file: string;
  text: string;
  /** The YAML between the fences; its line 1 is file line `yamlFirstLine`. */
  yaml: string;
  yamlFirstLine: number;
  /** The MDX after the frontmatter, and the file line it starts on. */
  body: string;
  bodyFirstLine: number;
}

const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const countLines = (text: string) => text.match(/\n/g)?.length ?? 0;

export function readSourceFile(path: string): SourceFile {
  const text = readFileSync(path, 'utf8');
  const match = frontmatterPattern.exec(text);
  const file = displayPath(path);
  if (!match) return { path, file, text, yaml: '', yamlFirstLine: 1, body: text, bodyFirstLine: 1 };
  const yamlStart = match.index + match[0].indexOf('---') + 3;
  const end = match.index + match[0].length;
  return { path, file, text, yaml: match[1] ?? '', yamlFirstLine: 1 + countLines(text.slice(0, yamlStart)), body: text.slice(end), bodyFirstLine: 1 + countLines(text.slice(0, end)) };
}

/** Parsed YAML that knows the line of each field. Timestamps become dates, as Astro's reader makes them. */
export class YamlFields {
  readonly data: unknown;
  readonly errors: { line: number | undefined; message: string }[];
  readonly #document;
  readonly #lines = new LineCounter();
  readonly #firstLine: number;

  constructor(yaml: string, firstLine = 1) {
    this.#firstLine = firstLine;
    this.#document = parseDocument(yaml, { lineCounter: this.#lines, customTags: ['timestamp'], merge: true });
    this.errors = this.#document.errors.map((error) => ({ line: error.linePos && error.linePos[0].line + firstLine - 1, message: error.message.split('\n')[0] ?? error.message }));
    this.data = this.errors.length > 0 ? undefined : this.#document.toJS();
  }

  /** The line of the deepest part of `path` that is written (the key's line for a map entry). */
  lineOf(path: readonly (string | number)[]): number | undefined {
    let node: unknown = this.#document.contents;
    let offset: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        offset = (node as Node).range?.[0];
      } else break;
    }
    return offset === undefined ? undefined : this.#lines.linePos(offset).line + this.#firstLine - 1;
  }
}

/** `sources[0].date` <-> ['sources', 0, 'date'] */
const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index > 0 ? '.' : ''}${String(segment)}`)).join('');
const parsePath = (field: string): (string | number)[] =>
  [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index !== undefined ? Number(index) : key!));

/** A problem line as the build writes it, with the field's line added when the message lacks one. */
function located(source: SourceFile, fields: YamlFields | undefined, message: string): string {
  const prefix = `${source.file}: `;
  if (!fields || !message.startsWith(prefix)) return message;
  const field = /^([A-Za-z][\w-]*(?:\.[\w-]+|\[\d+\])*): /.exec(message.slice(prefix.length))?.[1];
  const line = field && fields.lineOf(parsePath(field));
  return line ? `${source.file}:${line}: ${message.slice(prefix.length)}` : message;
}

function schemaProblems(source: SourceFile, fields: YamlFields, issues: readonly z.core.$ZodIssue[], skip: ReadonlySet<string>): string[] {
  return issues.flatMap((issue) => {
    const field = formatPath(issue.path);
    if (skip.has(field)) return [];
    const keyPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const line = fields.lineOf(keyPath as (string | number)[]);
    return [`${source.file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${issue.message}`];
  });
}

interface CheckedPage {
  source: SourceFile;
  fields: YamlFields | undefined;
  slug: string;
  charts: Record<string, ChartSpec>;
  declared: string[];
  /** Shown in a production build (not a draft, not in the future). */
  published: boolean;
  tags: string[];
  problems: string[];
}

function checkFrontmatter(path: string, schema: z.ZodType, knownAuthors: readonly string[] | undefined, authorsDir: string, now: Date): CheckedPage {
  const source = readSourceFile(path);
  const slug = relative(join(path, '..', '..'), join(path, '..'));
  const fields = new YamlFields(source.yaml, source.yamlFirstLine);
  const page: CheckedPage = { source, fields, slug, charts: {}, declared: [], published: false, tags: [], problems: [] };
  if (fields.data === undefined) {
    page.problems.push(...fields.errors.map(({ line, message }) => `${source.file}${line ? `:${line}` : ''}: frontmatter: ${message}; check the indentation and quote text that contains a colon`));
    return page;
  }
  const data = (typeof fields.data === 'object' && fields.data !== null ? fields.data : {}) as Record<string, unknown>;
  const dateProblems = frontmatterDateProblems(source.text);
  page.problems.push(...dateProblems.map((problem) => located(source, fields, `${source.file}: ${problem}`)));
  const dateFields = new Set(dateProblems.map((problem) => problem.slice(0, problem.indexOf(': '))));
  const result = schema.safeParse(data);
  if (!result.success) page.problems.push(...schemaProblems(source, fields, result.error.issues, dateFields));
  const valid = (result.success ? result.data : {}) as Record<string, unknown>;
  // Charts are checked one by one, so one bad chart does not hide the others' data problems.
  const rawCharts = typeof data['charts'] === 'object' && data['charts'] !== null ? (data['charts'] as Record<string, unknown>) : {};
  page.declared = Object.keys(rawCharts);
  for (const [id, raw] of Object.entries(rawCharts)) {
    const chart = chartSpec.safeParse(raw);
    if (chart.success) page.charts[id] = chart.data;
  }
  const draft = data['draft'] === true;
  const published = data['published'];
  page.published = !draft && published instanceof Date && published.getTime() <= now.getTime();
  page.tags = Array.isArray(valid['tags']) ? (valid['tags'] as string[]) : [];
  if (knownAuthors && Array.isArray(data['authors'])) {
    for (const [index, id] of (data['authors'] as unknown[]).entries()) {
      if (typeof id !== 'string' || knownAuthors.includes(id)) continue;
      const line = fields.lineOf(['authors', index]);
      page.problems.push(`${source.file}${line ? `:${line}` : ''}: ${unknownAuthorMessage(index, id, knownAuthors, authorsDir)}`);
    }
  }
  return page;
}

function checkCharts(page: CheckedPage): void {
  const host = { slug: page.slug, filePath: page.source.path, charts: page.charts };
  for (const [id, spec] of Object.entries(page.charts)) {
    try {
      // Normalised, not drawn (no widths): data problems are found by normalize, layouts only place marks.
      renderStoryChart(host, id, spec, { widths: [] });
    } catch (error) {
      page.problems.push(located(page.source, page.fields, error instanceof Error ? error.message : String(error)));
    }
  }
}

async function checkBody(page: CheckedPage, pages: SitePages, fromPath: string, compile: MdxCompiler): Promise<void> {
  const { source } = page;
  const { file, body, bodyFirstLine } = source;
  page.problems.push(...chartPlacementProblems(file, page.declared, findChartTags(body, bodyFirstLine)).map((problem) => located(source, page.fields, problem)));
  page.problems.push(...imageProblems(file, body, bodyFirstLine));
  const host = { slug: page.slug, filePath: source.path, charts: page.charts };
  for (const { props, line } of findValueTags(body, bodyFirstLine)) {
    if (!props) {
      page.problems.push(`${file}:${line}: <Value>: needs chart, row and column written as text, e.g. <Value chart="kisa-cases" row="2023" column="cases" />`);
      continue;
    }
    // A declared chart that fails its schema is reported once, as a chart.
    if (page.declared.includes(props.chart) && !page.charts[props.chart]) continue;
    try {
      lookupStoryValue(host, props);
    } catch (error) {
      page.problems.push(String(error instanceof Error ? error.message : error).replace(`${file}: `, `${file}:${line}: `));
    }
  }
  for (const { href, line } of findInternalLinks(body, bodyFirstLine)) {
    const problem = linkProblem(href, fromPath, pages);
    if (problem) page.problems.push(`${file}:${line}: ${problem}`);
  }
  const syntax = await compile(source);
  if (syntax) page.problems.push(syntax);
}

type MdxCompiler = (source: SourceFile) => Promise<string | undefined>;

/** Compiles the body with the MDX compiler the build uses (Astro's satteri), for syntax errors and their line. */
async function mdxCompiler(): Promise<MdxCompiler> {
  const { satteri } = await import('@astrojs/markdown-satteri');
  // The options @astrojs/mdx passes by default (no optimize, default Markdown features).
  const renderer = await satteri().createMdxRenderer!({}, { optimize: false });
  return async (source) => {
    // Blank the frontmatter but keep its lines, as Astro does, so positions are the file's.
    const content = source.text.slice(0, source.text.length - source.body.length).replace(/[^\r\n]/g, ' ') + source.body;
    try {
      await renderer.process(content, source.path, {});
      return undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const [, line, column, rest = message] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message) ?? [];
      return `${source.file}${line ? `:${line}` : ''}: MDX syntax${column ? ` (column ${column})` : ''}: ${rest.split('\n')[0]}; write < and { as &lt; and &#123; in text, and close every tag and {…}`;
    }
  };
}

const pageFolders = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.mdx'))).map((entry) => entry.name).sort() : [];

export interface CheckOptions {
  /** The content root (content/, or READOUT_CONTENT_DIR). */
  root: string;
  /** The site's src/pages and public/, for the routes links are checked against. */
  pagesDir?: string;
  publicDir?: string;
  now?: Date;
}

/** Every problem in a content tree, as "file:line: field: message" lines in file order. */
export async function checkContent({ root, pagesDir = 'src/pages', publicDir = 'public', now = new Date() }: CheckOptions): Promise<string[]> {
  const problems: string[] = [];
  const authorsDir = join(root, 'authors');
  const authorIds: string[] = [];
  for (const name of existsSync(authorsDir) ? readdirSync(authorsDir).filter((file) => file.endsWith('.yaml')).sort() : []) {
    authorIds.push(name.replace(/\.yaml$/, ''));
    const source = readSourceFile(join(authorsDir, name));
    const fields = new YamlFields(source.text);
    if (fields.data === undefined) {
      problems.push(...fields.errors.map(({ line, message }) => `${source.file}${line ? `:${line}` : ''}: ${message}`));
      continue;
    }
    const result = authorSchema.safeParse(fields.data);
    if (!result.success) problems.push(...schemaProblems(source, fields, result.error.issues, new Set()));
  }

  const storiesDir = join(root, 'stories');
  const slugs = pageFolders(storiesDir);
  problems.push(...duplicateSlugProblems(displayPath(storiesDir), slugs));
  const authorsLabel = displayPath(authorsDir);
  const stories = slugs.map((slug) => checkFrontmatter(join(storiesDir, slug, 'index.mdx'), storySchema(z.string()), authorIds, authorsLabel, now));
  const gallery = pageFolders(join(root, 'gallery')).map((slug) => checkFrontmatter(join(root, 'gallery', slug, 'index.mdx'), gallerySchema, undefined, authorsLabel, now));

  // Published stories may link only to what a production build writes; a draft may also link to
  // other drafts (it is checked again against the published site once it is published itself).
  const routed = (list: CheckedPage[]): RoutedStory[] => list.map(({ slug, declared, tags }) => ({ slug, charts: declared, tags }));
  const publishedStories = routed(stories.filter((story) => story.published));
  const productionPages = routedPages(siteRoutes(pagesDir, publicDir, publishedStories, authorIds), publishedStories);
  const previewPages = routedPages(siteRoutes(pagesDir, publicDir, routed(stories), authorIds), routed(stories));

  const compile = await mdxCompiler();
  for (const story of stories) {
    checkCharts(story);
    await checkBody(story, story.published ? productionPages : previewPages, `/stories/${story.slug}/`, compile);
  }
  for (const page of gallery) {
    checkCharts(page);
    await checkBody(page, productionPages, '/gallery/', compile);
  }
  problems.push(...[...stories, ...gallery].flatMap((page) => page.problems));
  return [...new Set(problems)].sort(byFileAndLine);
}

const position = (problem: string): [string, number] => {
  const match = /^(.*?\.(?:mdx|yaml))(?::(\d+))?: /.exec(problem);
  return [match?.[1] ?? problem, Number(match?.[2] ?? 0)];
};

function byFileAndLine(a: string, b: string): number {
  const [fileA, lineA] = position(a);
  const [fileB, lineB] = position(b);
  return fileA === fileB ? lineA - lineB : fileA < fileB ? -1 : 1;
}
