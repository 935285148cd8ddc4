import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { ports, subPath, origins } from './tests/servers.mjs';

// Browsers cannot be downloaded on every machine: use the system Chromium where there is one.
const systemChromium = '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

const serve = (dir: string, port: number, base = '/') => ({
  command: `node scripts/serve-static.mjs ${dir} --port ${port} --base ${base}`,
  url: `http://localhost:${port}${base}`,
  reuseExistingServer: false,
  timeout: 30_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  forbidOnly: true,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: origins.site,
    launchOptions: {
      ...(executablePath && { executablePath }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // A content edit makes the dev server reload every page open on it, so the test that edits runs
    // alone, after the others. A teardown rather than a dependency: it runs even when one of them failed.
    { name: 'sites', testIgnore: /dev-preview\.spec\.ts$/, teardown: 'dev preview' },
    { name: 'dev preview', testMatch: /dev-preview\.spec\.ts$/ },
  ],
  webServer: [
    serve('dist', ports.site),
    serve('dist-fixture', ports.fixture, subPath),
    serve('tests/fixtures/embed-host', ports.embedHost),
    {
      command: `npx astro dev --port ${ports.dev}`,
      url: `${origins.dev}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        READOUT_CONTENT_DIR: 'tests/.tmp/content-fixture',
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE_URL: origins.dev,
      },
    },
  ],
});
