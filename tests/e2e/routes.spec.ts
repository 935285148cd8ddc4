import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile, YamlFields } from '../../src/lib/contentCheck.ts';
import { siteRoutes } from '../../src/lib/siteRoutes.ts';

// `npm run check` checks links against the routes it computes from the content
// (src/lib/siteRoutes.ts); here they are compared with the pages the builds actually wrote.

function computedRoutes(root: string): string[] {
  const storiesDir = join(root, 'stories');
  const stories = readdirSync(storiesDir).flatMap((slug) => {
    const data = new YamlFields(readSourceFile(join(storiesDir, slug, 'index.mdx')).yaml).data as Record<string, unknown>;
    const published = data['published'] instanceof Date && data['published'].getTime() <= Date.now() && data['draft'] !== true;
    const charts = Object.keys((data['charts'] ?? {}) as object);
    return published ? [{ slug, charts, tags: (data['tags'] ?? []) as string[] }] : [];
  });
  const authors = readdirSync(join(root, 'authors')).map((file) => file.replace(/\.yaml$/, ''));
  return siteRoutes('src/pages', 'public', stories, authors);
}

for (const { dist, content } of [
  { dist: 'dist', content: 'content' },
  { dist: 'dist-fixture', content: 'tests/.tmp/content-fixture' },
]) {
  test(`the routes npm run check knows are the pages the build wrote (${dist})`, () => {
    const routes = computedRoutes(content);
    const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
    expect(routes.filter((path) => !existsSync(fileOf(path))), 'computed but not built').toEqual([]);
    const builtPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`);
    expect(builtPages.filter((path) => !routes.includes(path)), 'built but not computed').toEqual([]);
  });
}
