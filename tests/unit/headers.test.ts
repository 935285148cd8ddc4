import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

// public/_headers as Netlify and Cloudflare Pages read it: a path line, then indented headers.
// Both apply every rule whose path matches, so a rule must never reach an embed.
const rules = readFileSync('public/_headers', 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .reduce<{ path: string; headers: Record<string, string> }[]>((parsed, line) => {
    if (line.startsWith('/')) return [...parsed, { path: line.trim(), headers: {} }];
    const [name = '', ...value] = line.trim().split(':');
    parsed.at(-1)!.headers[name] = value.join(':').trim();
    return parsed;
  }, []);

// A splat matches anything, slashes included; a :placeholder one path segment.
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+')}$`).test(path);
const headersFor = (path: string) => Object.assign({}, ...rules.filter((rule) => matches(rule.path, path)).map((rule) => rule.headers));
const denied = { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" };

test('public/_headers forbids framing the home page and every top-level section of src/pages but embed', () => {
  const sections = readdirSync('src/pages', { withFileTypes: true })
    // Endpoints (feeds, robots.txt) are not pages; 404.html is served under the missing page's path.
    .filter((entry) => entry.isDirectory() || entry.name.endsWith('.astro'))
    .map((entry) => entry.name.replace(/\.astro$/, ''))
    .filter((name) => !['embed', 'index', '404'].includes(name));
  assert.ok(sections.includes('stories'));
  for (const path of ['/', '/index.html', ...sections.flatMap((name) => [`/${name}/`, `/${name}/x/y/`])]) {
    assert.deepEqual(headersFor(path), denied, path);
  }
});

test('public/_headers lets any site frame an embed: no rule reaches /embed/', () => {
  for (const path of ['/embed/', '/embed/korea-privacy/kisa-cases/', '/embed/host.js']) assert.deepEqual(headersFor(path), {}, path);
});
