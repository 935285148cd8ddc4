import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// The editor's guide quotes the build's messages; the integration tests feed the bad input and
// assert them. Checking one against the other keeps the guide's table from going stale.
const guide = readFileSync('content/guide/writing/index.mdx', 'utf8');
const table = guide.slice(guide.indexOf('## What the messages mean'));
const quoted = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] ?? '');

const integration = 'tests/integration';
// The expectations are regular expressions: drop their escapes to compare them as text.
const expected = readdirSync(integration)
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => readFileSync(join(integration, file), 'utf8'))
  .join('\n')
  .replace(/\\(.)/g, '$1');

test('every message the editor’s guide quotes is asserted by a build test', () => {
  assert.ok(quoted.length >= 15, `the guide's table of messages was not found (${quoted.length} rows)`);
  for (const message of quoted) {
    // "…" marks a part left out; a line number is whatever line the mistake is on.
    for (const part of message.replace(/^index\.mdx:\d+: /, '').split('…').map((text) => text.trim()).filter(Boolean)) {
      assert.ok(expected.includes(part), `the guide quotes "${part}", which no test in ${integration}/ expects`);
    }
  }
});
