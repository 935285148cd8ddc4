import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSourceFile, YamlFields } from './contentCheck.ts';
import { contentRoot } from './contentRoot.ts';
import { findInternalLinks, linkProblem, type SitePages } from './internalLinks.ts';

// Checks on what a production build wrote, so nothing reaches readers silently dropped or
// pointing nowhere: one page per published story, and every internal link in the content leads
// to a page the build wrote.

export interface StoryTiming {
  slug: string;
  draft: boolean;
  published: Date | undefined;
}

/**
 * Stories missing from the build, or built but not expected. A story whose publication time falls
 * while the build ran may go either way.
 */
export function pageCountProblem(stories: readonly StoryTiming[], built: readonly string[], started: Date, finished: Date): string | undefined {
  const due = (story: StoryTiming, at: Date) => !story.draft && story.published !== undefined && story.published.getTime() <= at.getTime();
  const expected = stories.filter((story) => due(story, started)).map((story) => story.slug);
  const possible = new Set(stories.filter((story) => due(story, finished)).map((story) => story.slug));
  const missing = expected.filter((slug) => !built.includes(slug));
  const unexpected = built.filter((slug) => !possible.has(slug));
  if (missing.length === 0 && unexpected.length === 0) return undefined;
  return [
    `stories: the build wrote ${built.length} story pages for ${expected.length} published story files (not drafts, not dated in the future); nothing may be dropped silently.`,
    ...missing.map((slug) => `  missing: stories/${slug}/index.mdx has no page dist/stories/${slug}/index.html`),
    ...unexpected.map((slug) => `  unexpected: dist/stories/${slug}/index.html has no published story file`),
  ].join('\n');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => `/${file.split('\\').join('/')}`);
}

/** The pages a build wrote, read from its output folder. */
export function builtPages(distDir: string): SitePages {
  const files = new Set(filesUnder(distDir));
  const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);
  return {
    has: (path) => files.has(fileOf(path)),
    hasAnchor: (path, id) => readFileSync(join(distDir, fileOf(path)), 'utf8').includes(`id="${id}"`),
    under: (prefix) => [...files].filter((file) => file.startsWith(prefix) && file.endsWith('/index.html')).map((file) => file.slice(0, -'index.html'.length)).sort(),
  };
}

const folders = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.mdx'))).sort() : []);

// The loader has checked each frontmatter whole; here only these two top-level fields matter, and
// parsing just their lines spares reading every chart declaration again (~1 s in 1,000 stories).
const timingFields = (yaml: string): string => yaml.match(/^(draft|published):.*$/gm)?.join('\n') ?? '';

/** Every problem with a finished build of `root` written to `distDir`. */
export function builtSiteProblems(root: string, distDir: string, started: Date, finished: Date): string[] {
  const storiesDir = join(root, 'stories');
  const stories = folders(storiesDir).map((slug) => {
    const source = readSourceFile(join(storiesDir, slug, 'index.mdx'));
    const data = (new YamlFields(timingFields(source.yaml)).data ?? {}) as Record<string, unknown>;
    const published = data['published'] instanceof Date ? data['published'] : undefined;
    return { slug, source, draft: data['draft'] === true, published };
  });
  const builtDir = join(distDir, 'stories');
  const built = existsSync(builtDir) ? readdirSync(builtDir).filter((slug) => existsSync(join(builtDir, slug, 'index.html'))) : [];
  const problems: string[] = [];
  const count = pageCountProblem(stories, built, started, finished);
  if (count) problems.push(count);

  const pages = builtPages(distDir);
  const linking = [
    ...stories.filter(({ slug }) => built.includes(slug)).map(({ slug, source }) => ({ source, path: `/stories/${slug}/` })),
    ...folders(join(root, 'gallery')).map((slug) => ({ source: readSourceFile(join(root, 'gallery', slug, 'index.mdx')), path: '/gallery/' })),
  ];
  for (const { source, path } of linking) {
    for (const { href, line } of findInternalLinks(source.body, source.bodyFirstLine)) {
      const problem = linkProblem(href, path, pages);
      if (problem) problems.push(`${source.file}:${line}: ${problem}`);
    }
  }
  return problems;
}

/** Runs builtSiteProblems after every production build and fails the build on any. */
export function buildChecks(): AstroIntegration {
  let started = new Date();
  return {
    name: 'readout-build-checks',
    hooks: {
      'astro:build:start': () => {
        started = new Date();
      },
      'astro:build:done': ({ dir }) => {
        const problems = builtSiteProblems(contentRoot, fileURLToPath(dir), started, new Date());
        if (problems.length > 0) throw new Error(`The build is complete but must not be published:\n${problems.join('\n')}`);
      },
    },
  };
}
