/**
 * Newest first; the URL breaks ties so that listings never depend on file read order.
 * Each item's date and URL are read once rather than at every comparison: articles come in many
 * shapes (optional fields), which makes those reads slow enough to dominate a sort of a large site.
 */
export function newestFirst<T extends { date: Date; url: string }>(items: readonly T[]): T[] {
  const keyed = items.map((item) => ({ time: item.date.getTime(), url: item.url, item }));
  keyed.sort((a, b) => b.time - a.time || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return keyed.map(({ item }) => item);
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
