// npm test: every suite in order, then one line that counts them all.
//   node scripts/test.mjs            all stages
//   node scripts/test.mjs unit e2e   only the named stages (check, unit, build, e2e)
// The e2e stage needs the build stage's output (dist/, dist-fixture/).
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { origins, subPath } from '../tests/servers.mjs';

const tmp = 'tests/.tmp';
const env = { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];
let buildFailed = false;

function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function record(stage, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  report.push(`${stage}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

function heading(text) {
  console.log(`\n=== ${text} ===\n`);
}

async function check() {
  heading('npm run check: the content, as editors check it');
  const content = await run(process.execPath, ['scripts/check.mjs']);
  record('content check', content === 0 ? 1 : 0, content === 0 ? 0 : 1);
  heading('astro check: types and content schemas');
  const code = await run('npx', ['astro', 'check']);
  record('astro check', code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

async function unit() {
  heading('unit and build-integration tests (node --test)');
  const tap = `${tmp}/node-test.tap`;
  const code = await run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    'tests/unit/**/*.test.ts',
    'tests/integration/**/*.test.ts',
  ]);
  const text = existsSync(tap) ? await readFile(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const failed = count('fail') + count('cancelled');
  // A runner that exits badly without failing a test (a crash, a file that cannot load) still fails.
  record('node tests', count('pass'), failed || (code === 0 && text ? 0 : 1), count('skipped') + count('todo'));
}

/** The builds the browser tests visit; see tests/servers.mjs. */
const builds = [
  { name: 'production build', outDir: 'dist', env: { SITE_URL: origins.site } },
  {
    name: `fixture build under ${subPath} (drafts, future and corrected stories)`,
    outDir: 'dist-fixture',
    env: {
      SITE_URL: origins.fixture,
      BASE_PATH: subPath,
      READOUT_CONTENT_DIR: `${tmp}/content-fixture`,
      READOUT_CACHE_DIR: `${tmp}/cache-fixture`,
    },
  },
];

async function prepareFixtureContent() {
  const dir = `${tmp}/content-fixture`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp('content', dir, { recursive: true });
  await cp('tests/fixtures/stories', `${dir}/stories`, { recursive: true });
  await startStoriesAsAnEditorWould(dir);
}

/**
 * Two stories made by `npm run new`, as an editor starts one: one left a draft (it must stay out
 * of the site), one with its draft line flipped (it must be published, with its chart, in the
 * feeds and the sitemap). tests/e2e/new-story.spec.ts visits both.
 */
async function startStoriesAsAnEditorWould(contentDir) {
  const start = (headline, slug) =>
    run(process.execPath, ['scripts/new-story.mjs', headline, '--slug', slug, '--date', '2024-05-02', '--tags', 'Newsroom'], { READOUT_CONTENT_DIR: contentDir });
  if ((await start('A story still in draft', 'new-story-draft')) !== 0) throw new Error('npm run new failed for the draft story');
  if ((await start('A story started with npm run new', 'new-story-published')) !== 0) throw new Error('npm run new failed for the published story');
  const file = `${contentDir}/stories/2024-05-02-new-story-published/index.mdx`;
  const text = await readFile(file, 'utf8');
  if (!/^draft: true/m.test(text)) throw new Error(`${file}: npm run new no longer writes "draft: true"`);
  await writeFile(file, text.replace(/^draft: true/m, 'draft: false'));
}

async function build() {
  await prepareFixtureContent();
  for (const { name, outDir, env: buildEnv } of builds) {
    heading(name);
    const code = await run('npx', ['astro', 'build', '--outDir', outDir], buildEnv);
    record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
    buildFailed ||= code !== 0;
  }
}

async function e2e() {
  heading('end-to-end tests in Chromium (Playwright)');
  if (buildFailed) {
    console.log('Not run: a build failed, and testing an older build would prove nothing.');
    return record('playwright', 0, 1);
  }
  const json = `${tmp}/playwright.json`;
  await rm(json, { force: true });
  const code = await run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: json });
  const stats = existsSync(json) ? JSON.parse(await readFile(json, 'utf8')).stats : undefined;
  if (!stats) return record('playwright', 0, 1);
  // Servers that fail to start end the run with an error and no failed test: count it.
  record('playwright', stats.expected + stats.flaky, stats.unexpected || (code === 0 ? 0 : 1), stats.skipped);
}

const stages = { check, unit, build, e2e };
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in stages));
if (unknown.length > 0) {
  console.error(`Unknown stage ${unknown.join(', ')}; expected any of: ${Object.keys(stages).join(', ')}`);
  process.exit(2);
}

await mkdir(tmp, { recursive: true });
for (const [name, stage] of Object.entries(stages)) {
  if (wanted.length === 0 || wanted.includes(name)) await stage();
}

console.log(`\n${report.join('\n')}`);
const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
console.log(summary);
process.exit(totals.failed > 0 ? 1 : 0);
