import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface BuildResult {
  code: number;
  /** stdout and stderr together, without colour codes. */
  output: string;
  dir: string;
}

const astro = 'node_modules/astro/bin/astro.mjs';

/**
 * Copies content/ to a scratch folder, lets `edit` break it, and runs a real production build
 * of that tree (its own output and cache folders, so builds never share state).
 */
export async function buildEditedContent(name: string, edit: (contentDir: string) => Promise<void>, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  const dir = join('tests/.tmp/builds', name);
  const contentDir = await copyEditedContent(dir, edit);
  return runBuild(dir, contentDir, 'dist', env);
}

/** Builds an earlier build's tree again into `outDir`, with the caches that build left (a warm rebuild). */
export function rebuild(earlier: BuildResult, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return runBuild(earlier.dir, join(earlier.dir, 'content'), outDir, env);
}

function runBuild(dir: string, contentDir: string, outDir: string, env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', join(dir, outDir)], {
      env: {
        ...process.env,
        READOUT_CONTENT_DIR: contentDir,
        READOUT_CACHE_DIR: join(dir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, ''), dir }));
  });
}

/** Copies content/ to `dir`/content and lets `edit` change it; returns the copy's path. */
export async function copyEditedContent(dir: string, edit: (contentDir: string) => Promise<void>): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const contentDir = join(dir, 'content');
  await cp('content', contentDir, { recursive: true });
  await edit(contentDir);
  return contentDir;
}

/** Rewrites one file of the copied content tree. */
export async function editFile(path: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${path}: the edit changed nothing; the test would prove nothing`);
  await writeFile(path, after);
}
