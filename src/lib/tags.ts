/** URL-safe tag slug; keeps letters of any script so Korean tags get readable URLs. */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export interface TagCount {
  slug: string;
  label: string;
  count: number;
}

/** Tags across stories, most used first; the first spelling seen is the label. */
export function countTags(tagLists: readonly (readonly string[])[]): TagCount[] {
  const bySlug = new Map<string, TagCount>();
  for (const tags of tagLists) {
    for (const slug of new Set(tags.map(tagSlug))) {
      const label = tags.find((tag) => tagSlug(tag) === slug) ?? slug;
      const entry = bySlug.get(slug) ?? { slug, label, count: 0 };
      entry.count += 1;
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
