import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';

// public/embed/host.js runs on other people's pages; here it runs against a stand-in page.
const path = 'public/embed/host.js';
const source = readFileSync(path, 'utf8');

test('the host snippet is at most 1 KB', () => {
  assert.ok(statSync(path).size <= 1024, `${path} is ${statSync(path).size} bytes`);
});

const embedUrl = 'https://news.example.org/news/embed/korea-privacy/kisa-cases/?theme=dark';

function hostPage(sources = [embedUrl, embedUrl]) {
  const frames = sources.map((src) => ({ src, contentWindow: {}, style: { height: '' } }));
  const listeners: ((event: unknown) => void)[] = [];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: (event: unknown) => void) => type === 'message' && listeners.push(listener),
    document: { getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []) },
  };
  window['window'] = window;
  return {
    frames,
    load: () => runInNewContext(source, window),
    post: (data: unknown, source: unknown = frames[0]!.contentWindow) => listeners.forEach((listener) => listener({ data, source, origin: 'null' })),
    listenerCount: () => listeners.length,
  };
}

const message = (height: unknown, extra: Record<string, unknown> = {}) => ({ type: 'readout:embed-height', v: 1, id: 'korea-privacy/kisa-cases', height, ...extra });

test('host.js sets the height of the iframe that sent the message, and only that one', () => {
  const page = hostPage();
  page.load();
  page.post(message(576.2), page.frames[1]!.contentWindow);
  assert.equal(page.frames[1]!.style.height, '577px');
  assert.equal(page.frames[0]!.style.height, '');
});

test('host.js clamps heights to 100–5000 px', () => {
  const page = hostPage();
  page.load();
  page.post(message(12));
  assert.equal(page.frames[0]!.style.height, '100px');
  page.post(message(1e9));
  assert.equal(page.frames[0]!.style.height, '5000px');
});

test('host.js ignores malformed messages and messages from windows that are not its iframes', () => {
  const page = hostPage();
  page.load();
  const malformed = [
    null,
    'readout:embed-height',
    { ...message(400), type: 'other' },
    message(400, { v: 2 }),
    message(400, { v: '1' }),
    message(400, { id: 7 }),
    message('big'),
    message(Number.NaN),
    message(Number.POSITIVE_INFINITY),
    message(undefined),
  ];
  for (const data of malformed) page.post(data);
  page.post(message(400), {});
  page.post(message(400), null);
  assert.deepEqual(page.frames.map((frame) => frame.style.height), ['', '']);
});

test('host.js ignores a frame that does not show the embed its message names', () => {
  const page = hostPage(['https://ads.example/frame.html', embedUrl.replace('kisa-cases', 'app-ranks')]);
  page.load();
  page.post(message(400), page.frames[0]!.contentWindow);
  page.post(message(400), page.frames[1]!.contentWindow);
  assert.deepEqual(page.frames.map((frame) => frame.style.height), ['', '']);
});

test('host.js matches an id as the browser writes it in the frame’s address', () => {
  const page = hostPage(['https://news.example.org/embed/%EA%B0%9C%EC%9D%B8%EC%A0%95%EB%B3%B4/rates/']);
  page.load();
  page.post(message(400, { id: '개인정보/rates' }));
  assert.equal(page.frames[0]!.style.height, '400px');
});

test('host.js listens once however many times the snippet is pasted', () => {
  const page = hostPage();
  page.load();
  page.load();
  assert.equal(page.listenerCount(), 1);
});

test('docs/embedding.md shows the host snippet exactly as served', () => {
  assert.ok(readFileSync('docs/embedding.md', 'utf8').includes(`\`\`\`js\n${source}\`\`\``));
});
