/**
 * Data files are plain fields, lists and objects a few levels deep; one nested thousands of levels
 * deep is broken or hostile, and recursive code (validation, templates) would overflow the call
 * stack on it. YAML front matter has the same limit.
 */
export const MAX_NESTING = 100;

/**
 * The path (`0.more`) of the outermost field of `value` whose contents nest deeper than `limit`,
 * or undefined. Walks with its own stack, so that any depth can be measured.
 */
export function tooDeeplyNested(value: unknown, limit = MAX_NESTING): string | undefined {
  const pending: { item: unknown; depth: number; path: readonly (string | number)[] }[] = [{ item: value, depth: 0, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { item, depth, path } = next;
    if (typeof item !== "object" || item === null) continue;
    if (depth >= limit) return path.slice(0, 2).join(".");
    const entries: [string | number, unknown][] = Array.isArray(item) ? item.map((child, index) => [index, child]) : Object.entries(item);
    for (const [key, child] of entries) pending.push({ item: child, depth: depth + 1, path: path.length < 2 ? [...path, key] : path });
  }
  return undefined;
}
