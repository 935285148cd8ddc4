// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { buildChecks } from './src/lib/buildChecks.ts';
import { figureCachePruning } from './src/lib/figureCache.ts';
import { imageCachePruning } from './src/lib/imageCache.ts';
import { storyModuleFrontmatter } from './src/lib/storyModuleFrontmatter.ts';

// Hosting anywhere: the absolute origin and the sub-path come from the environment,
// so one build command serves a root domain, a sub-folder or a CDN prefix.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Test and benchmark builds of other content trees keep their own content cache.
  ...(process.env.READOUT_CACHE_DIR && { cacheDir: process.env.READOUT_CACHE_DIR }),
  trailingSlash: 'always',
  // Four pages in flight: chart PNGs and cards are drawn on libuv's threads (resvg's renderAsync),
  // so while one page waits for its image the next renders. Cold builds of 100 benchmark stories
  // took 30 s instead of 39 s; warm builds are unchanged.
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    mdx(),
    sitemap({
      // Embed pages are parts of other sites' pages, not pages of ours to be found (they are noindex too).
      filter: (page) => !/\/404\/?$/.test(page) && !new URL(page).pathname.startsWith(`${base.replace(/\/?$/, '/')}embed/`),
    }),
    buildChecks(),
    imageCachePruning(),
    figureCachePruning(),
    storyModuleFrontmatter(),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, defaultHandler) {
          // Every MDX module trips this harmless vite warning (an open Astro issue); hide only it.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          defaultHandler(warning);
        },
      },
    },
  },
});
