import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pageCountProblem } from '../../src/lib/buildChecks.ts';
import { findInternalLinks, linkProblem } from '../../src/lib/internalLinks.ts';
import { routedPages, siteRoutes } from '../../src/lib/siteRoutes.ts';
import { duplicateSlugProblems } from '../../src/lib/slugs.ts';

const started = new Date('2024-05-01T00:00:00Z');
const finished = new Date('2024-05-01T00:01:00Z');
const story = (slug: string, published: string, draft = false) => ({ slug, draft, published: new Date(published) });

describe('pageCountProblem(stories, built, started, finished)', () => {
  test('is undefined when every published story has its page and nothing else was built', () => {
    const stories = [story('a', '2024-04-01T00:00:00Z'), story('draft', '2024-04-01T00:00:00Z', true), story('future', '2024-06-01T00:00:00Z')];
    assert.equal(pageCountProblem(stories, ['a'], started, finished), undefined);
  });

  test('names a published story the build dropped', () => {
    const problem = pageCountProblem([story('a', '2024-04-01T00:00:00Z'), story('b', '2024-04-02T00:00:00Z')], ['a'], started, finished);
    assert.match(problem ?? '', /wrote 1 story pages for 2 published story files/);
    assert.match(problem ?? '', /missing: stories\/b\/index\.mdx has no page dist\/stories\/b\/index\.html/);
  });

  test('names a page built for a draft', () => {
    const problem = pageCountProblem([story('a', '2024-04-01T00:00:00Z', true)], ['a'], started, finished);
    assert.match(problem ?? '', /unexpected: dist\/stories\/a\/index\.html has no published story file/);
  });

  test('accepts either way a story whose publication time falls during the build', () => {
    const stories = [story('a', '2024-05-01T00:00:30Z')];
    assert.equal(pageCountProblem(stories, ['a'], started, finished), undefined);
    assert.equal(pageCountProblem(stories, [], started, finished), undefined);
  });
});

describe('duplicateSlugProblems(folder, slugs)', () => {
  test('finds slugs that differ only by letter case or Unicode normalisation', () => {
    const problems = duplicateSlugProblems('content/stories', ['a', 'Korea-Privacy', 'korea-privacy', 'caf\u00e9', 'cafe\u0301']);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /^content\/stories\/Korea-Privacy\/index\.mdx: slug: "Korea-Privacy" is also the slug of content\/stories\/korea-privacy\//);
  });

  test('is empty for distinct slugs', () => {
    assert.deepEqual(duplicateSlugProblems('content/stories', ['a', 'b', 'a-b']), []);
  });
});

describe('findInternalLinks(body, firstLine)', () => {
  test('finds Markdown links, reference definitions and href attributes with their lines, not external links or code', () => {
    const body = '[a](/about/) [b](https://example.org/)\n<a href="/tags/x/">x</a>\n`[c](/code/)`\n[d]: /stories/y/\n![e](/og-default.png) [f](#chart-z) [g](//cdn.example/)';
    assert.deepEqual(findInternalLinks(body, 10), [
      { href: '/about/', line: 10 },
      { href: '/tags/x/', line: 11 },
      { href: '/stories/y/', line: 13 },
      { href: '/og-default.png', line: 14 },
      { href: '#chart-z', line: 14 },
    ]);
  });
});

describe('siteRoutes(pagesDir, publicDir, stories, authors)', () => {
  const stories = [{ slug: 'x', charts: ['c'], tags: ['South Korea'] }];
  const pages = routedPages(siteRoutes('src/pages', 'public', stories, ['desk']), stories);

  test('knows every route file in src/pages, static and dynamic', () => {
    for (const path of ['/', '/about/', '/404.html', '/rss.xml', '/stories/x/', '/stories/x/charts/c/', '/embed/x/c/', '/tags/south-korea/', '/authors/desk/', '/og-default.png']) {
      assert.ok(pages.has(path), path);
    }
  });

  test('linkProblem(href, from, pages) accepts real pages and chart anchors, and names what is wrong otherwise', () => {
    assert.equal(linkProblem('/stories/x/#chart-c', '/about/', pages), undefined);
    assert.equal(linkProblem('#chart-c', '/stories/x/', pages), undefined);
    assert.equal(linkProblem('/tags/south-korea/?ref=1#top', '/', pages), undefined);
    assert.match(linkProblem('/stories/y/', '/', pages) ?? '', /no page \/stories\/y\/ on the site \(pages under \/stories\/: \/stories\/x\/\)/);
    assert.match(linkProblem('#chart-d', '/stories/x/', pages) ?? '', /has no chart "d"/);
    assert.match(linkProblem('/about', '/', pages) ?? '', /write \/about\/ \(with the closing slash\)/);
  });
});
