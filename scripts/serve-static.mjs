// A plain static host for tests: serves a built folder under a mount path, like any web
// server or CDN would, with 404.html for missing pages. Nothing Astro-specific, on purpose.
//   node scripts/serve-static.mjs <dir> [--port 4321] [--base /news/]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } },
});
const root = resolve(positionals[0] ?? 'dist');
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const serve = sirv(root, { dev: true, etag: true });

async function notFound(res) {
  const page = await readFile(join(root, '404.html')).catch(() => 'Not found');
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(page);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) return notFound(res);
  req.url = `/${url.pathname.slice(base.length)}${url.search}`;
  serve(req, res, () => notFound(res));
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${values.port}${base}`);
});
