/**
 * Minimal edits of an article's front matter as text, so that everything an editor wrote (order,
 * comments, quoting, the body) stays byte for byte as it was. Only top-level fields are touched.
 */
export interface FrontMatterLines {
  lines: string[];
  /** Index of the closing `---` line. */
  closing: number;
  /** `\r` when the file has Windows line ends, which inserted lines keep. */
  lineEnd: string;
}

export function frontMatterLines(text: string): FrontMatterLines | undefined {
  const lines = text.split("\n");
  if (!/^---[ \t]*\r?$/.test(lines[0] ?? "")) return undefined;
  const closing = lines.findIndex((line, index) => index > 0 && /^---[ \t]*\r?$/.test(line));
  if (closing < 0) return undefined;
  return { lines, closing, lineEnd: lines[0]!.endsWith("\r") ? "\r" : "" };
}

function fieldIndex(matter: FrontMatterLines, field: string): number {
  const pattern = new RegExp(`^${field}[ \\t]*:`);
  const index = matter.lines.findIndex((line, position) => position > 0 && position < matter.closing && pattern.test(line));
  return index;
}

/** Sets a plain scalar field (a slug or a section, which need no quotes), keeping a trailing comment. */
export function setField(matter: FrontMatterLines, field: string, value: string): void {
  const index = fieldIndex(matter, field);
  if (index < 0) {
    matter.lines.splice(matter.closing, 0, `${field}: ${value}${matter.lineEnd}`);
    matter.closing += 1;
    return;
  }
  const line = matter.lines[index]!;
  const comment = /[ \t]+#.*$/.exec(line.replace(/\r$/, ""))?.[0] ?? "";
  matter.lines[index] = `${field}: ${value}${comment}${matter.lineEnd}`;
}

/**
 * Adds a path to `aliases`, written as the editor wrote the list: a new `- item` under a block
 * list, a new entry in a one-line `[…]` list, or a new one-line list. False when the field has
 * a shape this cannot extend safely.
 */
export function addAlias(matter: FrontMatterLines, alias: string): boolean {
  const index = fieldIndex(matter, "aliases");
  const { lines, lineEnd } = matter;
  if (index < 0) {
    lines.splice(matter.closing, 0, `aliases: [${alias}]${lineEnd}`);
    matter.closing += 1;
    return true;
  }
  const value = lines[index]!.replace(/\r$/, "")
    .replace(/^aliases[ \t]*:/, "")
    .replace(/[ \t]+#.*$/, "")
    .trim();
  if (value.startsWith("[") && value.endsWith("]")) {
    const inside = value.slice(1, -1).trim();
    lines[index] = `aliases: [${inside === "" ? alias : `${inside}, ${alias}`}]${lineEnd}`;
    return true;
  }
  if (value !== "") return false;
  let last = index;
  // A top-level field never starts with "-": such lines are the list's items, indented or not.
  while (last + 1 < matter.closing && /^[ \t]*-([ \t]|\r?$)/.test(lines[last + 1]!)) last += 1;
  const indent = last > index ? (/^[ \t]*/.exec(lines[last]!)?.[0] ?? "") : "  ";
  lines.splice(last + 1, 0, `${indent}- ${alias}${lineEnd}`);
  matter.closing += 1;
  return true;
}

export function joinLines(matter: FrontMatterLines): string {
  return matter.lines.join("\n");
}
