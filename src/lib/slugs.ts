// A story's folder name is its slug and its URL (docs/decisions.md, Content).

/** Story folders whose names would give two stories one URL (letter case, Unicode normalisation). */
export function duplicateSlugProblems(folder: string, slugs: readonly string[]): string[] {
  const bySlug = new Map<string, string[]>();
  // Sorted, so the message does not depend on the order the files were read in.
  for (const slug of [...slugs].sort()) {
    const key = slug.normalize('NFC').toLowerCase();
    bySlug.set(key, [...(bySlug.get(key) ?? []), slug]);
  }
  return [...bySlug.values()]
    .filter((group) => group.length > 1)
    .map((group) =>
      `${folder}/${group[0]}/index.mdx: slug: "${group[0]}" is also the slug of ${group.slice(1).map((slug) => `${folder}/${slug}/`).join(', ')}; a URL cannot tell them apart (letter case or accents), so one page would replace the other. Rename one folder`,
    );
}
