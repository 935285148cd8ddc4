import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Tests and the benchmark build other content trees with the same code: READOUT_CONTENT_DIR
// points the collections at them. Editors never need to set it.
export const contentRoot = resolve(process.env.READOUT_CONTENT_DIR ?? 'content');

export function contentDir(collection: string): URL {
  const dir = resolve(contentRoot, collection);
  if (!existsSync(dir)) {
    throw new Error(`${dir}: folder missing: the content root needs a "${collection}" folder (READOUT_CONTENT_DIR=${contentRoot})`);
  }
  return pathToFileURL(`${dir}/`);
}
