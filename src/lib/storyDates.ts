interface DatedStory {
  published: Date;
  updated?: Date | undefined;
  corrections: readonly { date: Date }[];
}

/** The latest of `updated` and every correction date, if any is later than publication. */
export function lastModified(story: DatedStory): Date | undefined {
  const candidates = [story.updated, ...story.corrections.map((c) => c.date)].filter(
    (date): date is Date => date !== undefined && date.getTime() > story.published.getTime(),
  );
  if (candidates.length === 0) return undefined;
  return new Date(Math.max(...candidates.map((date) => date.getTime())));
}
