import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, storyCard } from '../../../lib/chartFiles.ts';
import { buildsSharing } from '../../../lib/sharingBuild.ts';
import { chartHost, getStories, type ResolvedStory } from '../../../lib/stories.ts';
import { leadChartId } from '../../../lib/storyChartList.ts';

// The story's social card (see routes.storyCard).
export const getStaticPaths = (async () => {
  if (!buildsSharing()) return [];
  const stories = await getStories();
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}) satisfies GetStaticPaths;

interface Props {
  story: ResolvedStory;
}

export const GET: APIRoute<Props> = async ({ props: { story } }) => {
  const host = chartHost(story.entry);
  const leadId = leadChartId(story);
  const lead = leadId ? { host, chartId: leadId, spec: host.charts[leadId]! } : undefined;
  return fileResponse(await storyCard(story.entry.data, lead), 'card');
};
