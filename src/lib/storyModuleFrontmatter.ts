import type { AstroIntegration } from 'astro';

// A page gets its story's chart declarations from the content collection, which parses and
// validates them. The MDX compiler parses the frontmatter a second time and writes all of it into
// the story's JavaScript module (`export const frontmatter`), where nothing reads the charts: for
// 1,000 benchmark stories, 120 ms of YAML on the main thread (170 ms against 50 ms) and a
// kilobyte of JSON per module to bundle and load. Blanking the block before the compiler sees it
// keeps every other line where it was, so MDX errors still point at the editor's line.

const frontmatterBlock = /^(---\r?\n)([\s\S]*?\r?\n)(---)/;

/** The MDX source with its frontmatter's `charts:` block turned into empty lines. */
export function withoutChartDeclarations(source: string): string {
  const frontmatter = frontmatterBlock.exec(source);
  if (!frontmatter) return source;
  const [, opening, body] = frontmatter as unknown as [string, string, string];
  let inCharts = false;
  let anchored = false;
  const lines = body.split('\n').map((line) => {
    // A top-level key starts at column 0; the block's own lines are indented, blank or comments.
    if (/^[^\s#]/.test(line)) inCharts = /^charts\s*:/.test(line);
    if (!inCharts) return line;
    // An anchor (&name) here may be an alias (*name) elsewhere, which would then point at nothing.
    if (/&[^\s,[\]{}]/.test(line)) anchored = true;
    return line.endsWith('\r') ? '\r' : '';
  });
  const stripped = opening + lines.join('\n') + source.slice(opening.length + body.length);
  return anchored ? source : stripped;
}

/** Keeps chart declarations out of the compiled MDX modules (see above). */
export function storyModuleFrontmatter(): AstroIntegration {
  return {
    name: 'readout-story-module-frontmatter',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'readout:story-module-frontmatter',
                enforce: 'pre',
                transform: {
                  // Ahead of @astrojs/mdx's compiler, itself a 'pre' plugin, wherever mdx() is listed: without
                  // this the plugin listed later gets compiled JavaScript and silently changes nothing.
                  order: 'pre',
                  filter: { id: /\.mdx$/ },
                  handler(code) {
                    const stripped = withoutChartDeclarations(code);
                    // Only whole lines inside the block changed, so positions need no source map.
                    return stripped === code ? null : { code: stripped, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
