import { readFile } from "node:fs/promises";

/**
 * Line numbers for image and body errors. Only read on the error path, so articles need not carry
 * their source text. Returns 1 when the text cannot be found.
 */
export async function imageSrcLine(file: string): Promise<number> {
  const lines = await readLines(file);
  const imageLine = lines.findIndex((line) => /^image\s*:/.test(line));
  if (imageLine === -1) return 1;
  const srcLine = lines.findIndex((line, index) => index > imageLine && /^\s+src\s*:/.test(line));
  const nextKey = lines.findIndex((line, index) => index > imageLine && /^\S/.test(line));
  return srcLine !== -1 && (nextKey === -1 || srcLine < nextKey) ? srcLine + 1 : imageLine + 1;
}

/** The first body line (after the front matter's closing `---`) that contains `text`, or matches it. */
export async function bodyLineContaining(file: string, text: string | RegExp): Promise<number> {
  return lineIn(bodyLines(await readLines(file)), text) ?? 1;
}

/**
 * The body line that shows the image `src`. A reference-style image (`![][fig1]`, `![fig1]`) names
 * its file only in the definition (`[fig1]: /images/x.png`), which may be far below: the line that
 * uses the label is the one an editor must change.
 */
export async function imageUseLine(file: string, src: string): Promise<number> {
  const lines = bodyLines(await readLines(file));
  const escaped = escapeRegExp(src);
  const definition = new RegExp(`^ {0,3}\\[([^\\]]+)\\]:\\s*<?${escaped}(?=[>\\s]|$)`);
  const inline = lines.find(({ text }) => text.includes(src) && !definition.test(text));
  if (inline) return inline.line;
  const defined = lines.find(({ text }) => definition.test(text));
  const label = defined && definition.exec(defined.text)?.[1];
  if (!defined || label === undefined) return 1;
  // `![alt][label]`, `![label][]` and `![label]`; labels match whatever their case.
  const use = new RegExp(`!\\[(?:[^\\]]*\\]\\[${escapeRegExp(label)}\\]|${escapeRegExp(label)}\\](?!:))`, "i");
  return lineIn(lines, use) ?? defined.line;
}

function lineIn(lines: readonly { line: number; text: string }[], text: string | RegExp): number | undefined {
  const contains = typeof text === "string" ? (line: string) => line.includes(text) : (line: string) => text.test(line);
  return lines.find((line) => contains(line.text))?.line;
}

/** Each line after the front matter's closing `---`, with its 1-based number in the file. */
function bodyLines(lines: readonly string[]): { line: number; text: string }[] {
  const bodyStart = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line)) + 1;
  return lines.slice(bodyStart).map((text, index) => ({ line: bodyStart + index + 1, text }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function readLines(file: string): Promise<string[]> {
  return (await readFile(file, "utf8").catch(() => "")).split(/\r?\n/);
}
