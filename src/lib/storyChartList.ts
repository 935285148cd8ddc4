import type { ChartSpec } from '../charts/spec.ts';
import { findChartTags } from './chartPlacement.ts';
import { buildsSharing } from './sharingBuild.ts';
import { chartHost, getStories, type ResolvedStory } from './stories.ts';
import type { ChartHost } from './storyCharts.ts';

/** One chart of one published story: what its permalink, embed, downloads and card are made from. */
export interface StoryChart {
  story: ResolvedStory;
  chartId: string;
  spec: ChartSpec;
  /** The story's charts at full page width (a chart page or an embed is not held to the text column). */
  host: ChartHost;
}

/** The story's charts in the order a reader meets them in the text. */
export function chartsInReadingOrder(story: ResolvedStory): string[] {
  const declared = Object.keys(story.entry.data.charts);
  const placed = findChartTags(story.entry.body ?? '').flatMap((tag) => (tag.id && declared.includes(tag.id) ? [tag.id] : []));
  return [...new Set([...placed, ...declared])];
}

/** The chart a story's social card shows: the first one in the text, if there is one. */
export function leadChartId(story: ResolvedStory): string | undefined {
  return chartsInReadingOrder(story)[0];
}

/**
 * Every chart of every story in this build, story by story, each in reading order: the charts that
 * get a page, an embed, downloads and a card. None when the build leaves sharing out.
 */
export async function getStoryCharts(): Promise<StoryChart[]> {
  if (!buildsSharing()) return [];
  const stories = await getStories();
  return stories.flatMap((story) => {
    const host = chartHost(story.entry);
    return chartsInReadingOrder(story).map((chartId) => ({ story, chartId, spec: story.entry.data.charts[chartId]!, host }));
  });
}
