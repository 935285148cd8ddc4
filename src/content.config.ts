import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/contentRoot.ts';
import { storyLoader } from './lib/storyLoader.ts';
import { authorSchema, gallerySchema, guideSchema, storySchema } from './lib/contentSchemas.ts';

const stories = defineCollection({
  loader: storyLoader({ folder: 'stories' }),
  schema: storySchema(reference('authors')),
});

const authors = defineCollection({
  loader: glob({ base: contentDir('authors'), pattern: '*.yaml' }),
  schema: authorSchema,
});

// The chart gallery: every chart type with illustrative data, built through the same pipeline.
const gallery = defineCollection({
  loader: storyLoader({ folder: 'gallery' }),
  schema: gallerySchema,
});

// The editor's guide: its examples are live components and charts, so it cannot drift from them.
const guide = defineCollection({
  loader: storyLoader({ folder: 'guide' }),
  schema: guideSchema,
});

export const collections = { stories, authors, gallery, guide };
