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
  const lines = await readLines(file);
  const bodyStart = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line)) + 1;
  const contains = typeof text === "string" ? (line: string) => line.includes(text) : (line: string) => text.test(line);
  const index = lines.findIndex((line, lineIndex) => lineIndex >= bodyStart && contains(line));
  return index === -1 ? 1 : index + 1;
}

async function readLines(file: string): Promise<string[]> {
  return (await readFile(file, "utf8").catch(() => "")).split(/\r?\n/);
}
