/** Lower case without accents, so "Sciática" matches "sciatica". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A URL-fragment-safe id from a question: "Is massage safe?" gives
 * "is-massage-safe". Stable as long as the text is.
 */
export function slugify(text: string): string {
  const slug = fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** Makes every id in the list unique by suffixing repeats: a, a-2, a-3. */
export function uniqueIds(ids: readonly string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
    taken.add(unique);
    return unique;
  });
}

/** True when every word of the query occurs in the folded haystack. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.every((word) => haystack.includes(word));
}
