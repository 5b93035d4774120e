import type { ContentIssue } from "./content-issue.ts";

/**
 * YAML aliases (`*name`) share one value however often they appear, so a few lines can describe
 * a value of billions of parts (the "billion laughs"): anything that walks it as a tree, such as
 * validation or the control-character scan, would run for minutes. Real front matter holds a few
 * dozen values.
 */
export const MAX_EXPANDED_VALUES = 10_000;

interface Frame {
  node: object;
  children: readonly unknown[];
  next: number;
  size: number;
}

/**
 * How many values `value` holds when each shared part is counted every time it appears, in time
 * proportional to the number of distinct parts (each one's size is remembered). Infinity for a
 * value that contains itself. Walks with its own stack, so depth is no limit.
 */
export function expandedSize(value: unknown, sizes = new Map<object, number>()): number {
  const stack: Frame[] = [];
  const open = new Set<object>();
  const enter = (child: unknown): number | undefined => {
    if (typeof child !== "object" || child === null) return 1;
    const known = sizes.get(child);
    if (known !== undefined) return known;
    if (open.has(child)) return Infinity;
    open.add(child);
    stack.push({ node: child, children: Array.isArray(child) ? child : Object.values(child), next: 0, size: 1 });
    return undefined;
  };
  const first = enter(value);
  if (first !== undefined) return first;
  for (;;) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      frame.size += enter(frame.children[frame.next++]) ?? 0;
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    sizes.set(frame.node, frame.size);
    const parent = stack[stack.length - 1];
    if (!parent) return frame.size;
    parent.size += frame.size;
  }
}

/** One error at the field whose aliases take the front matter past MAX_EXPANDED_VALUES, or none. */
export function aliasExpansionIssues(file: string, data: Record<string, unknown>, keyLines: ReadonlyMap<string, number>): ContentIssue[] {
  const sizes = new Map<object, number>();
  let total = 0;
  for (const [key, value] of Object.entries(data)) {
    total += expandedSize(value, sizes);
    if (total > MAX_EXPANDED_VALUES) {
      return [
        {
          severity: "error",
          file,
          line: keyLines.get(key) ?? 1,
          field: "front matter",
          message: `aliases expand to more than ${MAX_EXPANDED_VALUES} values (expected plain values)`,
        },
      ];
    }
  }
  return [];
}
