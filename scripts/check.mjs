// npm run check: every content problem the build would stop on, in seconds and all at once.
// Types (TypeScript and .astro files) are `npm run check:types`: astro check takes ~20 s and
// editors' changes never touch them; `npm test` runs both.
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/lib/contentCheck.ts';
import { contentRoot } from '../src/lib/contentRoot.ts';

const started = performance.now();
const problems = await checkContent({ root: contentRoot });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const problem of problems) console.log(problem);
if (problems.length > 0) {
  console.log(`\n${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${seconds} s; fix ${problems.length === 1 ? 'it' : 'them'} and run npm run check again.`);
  process.exit(1);
}
console.log(`Content checked in ${seconds} s: no problems.`);
