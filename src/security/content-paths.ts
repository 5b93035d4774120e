import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { lstat, open, realpath } from "node:fs/promises";
import path from "node:path";
import { isInside } from "../urls/output-paths.ts";

/**
 * The content folder's own rules for the paths the build reads: no symbolic link anywhere below the
 * content folder (a link could publish a file from elsewhere on the machine, loop forever, or be
 * pointed elsewhere between `check` and `build`), and only regular files (a named pipe blocks the
 * reader for ever, a folder named `x.md` cannot be read).
 */

/** A path the build will not read, named as the error names it. */
export interface Refusal {
  /** The link or odd file itself, absolute: not the path that was asked for, when a folder above it is the link. */
  path: string;
  message: string;
}

/** Why `link`, a symbolic link below `inputDir`, is refused. Resolves the link's path only: never reads its target. */
export async function linkMessage(link: string, inputDir: string, displayInput: string): Promise<string> {
  const expected = `expected a file or folder inside ${displayInput}`;
  const root = await realpath(inputDir).catch(() => path.resolve(inputDir));
  const target = await realpath(link).catch((error: NodeJS.ErrnoException) => error.code ?? "unreadable");
  if (target === "ELOOP") return `is a symbolic link that leads back to itself (${expected}, not a link)`;
  if (path.isAbsolute(target) && target !== root && !isInside(root, target)) {
    return `is a symbolic link to a place outside the content folder (${expected})`;
  }
  const linkFolder = await realpath(path.dirname(link)).catch(() => path.dirname(link));
  if (path.isAbsolute(target) && (target === linkFolder || isInside(target, linkFolder))) {
    return `is a symbolic link to a folder that contains it, a loop (${expected}, not a link)`;
  }
  return `is a symbolic link (${expected} itself, not a link to it: move or copy it here)`;
}

/** The first symbolic link on the way from `inputDir` down to `file`, if any; `inputDir` itself may be one. */
export async function firstLinkBelow(inputDir: string, file: string): Promise<string | undefined> {
  const relative = path.relative(inputDir, file);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  let current = inputDir;
  for (const part of relative.split(path.sep)) {
    current = path.join(current, part);
    const stats = await lstat(current).catch(() => undefined);
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) return current;
  }
  return undefined;
}

/** What a path that is not a regular file is, for its error message; undefined for a regular or missing file. */
export async function oddFileMessage(file: string, expected: string): Promise<string | undefined> {
  const stats = await lstat(file).catch(() => undefined);
  if (!stats || stats.isFile()) return undefined;
  if (stats.isDirectory())
    return `is a folder (expected ${expected}: rename it so that its name does not end in ${path.extname(file) || "that"})`;
  return `is a ${kindOf(stats)}, not a regular file (expected ${expected}: remove it)`;
}

/** A link above or at `file`, or `file` not being a regular file: the reason not to read it. */
export async function refusal(file: string, inputDir: string, displayInput: string, expected: string): Promise<Refusal | undefined> {
  const link = await firstLinkBelow(inputDir, file);
  if (link) return { path: link, message: await linkMessage(link, inputDir, displayInput) };
  const odd = await oddFileMessage(file, expected);
  return odd ? { path: file, message: odd } : undefined;
}

export function kindOf(stats: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (stats.isFIFO()) return "named pipe";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  if (stats.isSymbolicLink()) return "symbolic link";
  return "special file";
}

/** Thrown by `readRegularFileSync` for a file that turned into something else after it was checked. */
export class NotRegularFile extends Error {
  constructor(readonly kind: string) {
    super(`is a ${kind}`);
  }
}

/**
 * Reads a file as text without following a final symbolic link (ELOOP) and without blocking on a
 * named pipe: the descriptor is checked to be a regular file before a byte is read.
 */
export function readRegularFileSync(file: string): string {
  const descriptor = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new NotRegularFile(stats.isDirectory() ? "folder" : kindOf(stats));
    return readFileSync(descriptor, "utf8");
  } finally {
    closeSync(descriptor);
  }
}

/** `readRegularFileSync` for the preview, which reads saved files while it serves pages. */
export async function readRegularFile(file: string): Promise<string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotRegularFile(stats.isDirectory() ? "folder" : kindOf(stats));
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
