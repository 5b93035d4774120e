import { lstat, readdir, realpath, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { BUILD_MARKER, isBuildFolder, type FolderKind } from "./build-marker.ts";
import { isInside } from "../urls/output-paths.ts";

/** A folder given to the build that it refuses before writing anything; printed as one line. */
export class BuildFolderError extends Error {
  constructor(flag: "input" | "output", given: string, problem: string, expected: string) {
    super(`--${flag}=${given}: ${problem} (expected ${expected})`);
    this.name = "BuildFolderError";
  }
}

export interface BuildFolders {
  /** Both as the user gave them: the messages quote them so. */
  input: string;
  output: string;
  projectRoot: string;
  cwd?: string;
  home?: string;
  /** Whose marker an existing output must carry: a build's (the default) or the preview's. */
  kind?: FolderKind;
}

const OWN_FOLDER = "a folder of its own for the site, such as _site";

/**
 * Refuses an input that is not a folder and every output the build must not replace: the build
 * renames the output away whole, so an output that is or holds anything else would lose it.
 */
export async function checkBuildFolders(folders: BuildFolders): Promise<void> {
  await checkInputFolder(folders.input);
  await checkOutputPlace(folders);
  await checkOutputItself(folders.output, folders.kind ?? "build");
}

export async function checkInputFolder(input: string): Promise<void> {
  const found = await stat(input).catch(() => undefined);
  const expected = "a content folder with _data/ and articles/";
  if (!found) throw new BuildFolderError("input", input, "no such folder", expected);
  if (!found.isDirectory()) throw new BuildFolderError("input", input, "is not a folder", expected);
}

async function checkOutputPlace({ input, output, projectRoot, cwd = process.cwd(), home = os.homedir() }: BuildFolders): Promise<void> {
  const refuse = (problem: string, expected = OWN_FOLDER) => new BuildFolderError("output", output, problem, expected);
  const target = await locations(output);
  if (target.some((place) => place === path.parse(place).root)) throw refuse("is the file-system root");
  const contentRelation = await relation(target, input);
  if (contentRelation) throw refuse(`${contentRelation} the content folder ${input}`, "a folder outside it");
  const protectedFolders: [string, string][] = [
    [projectRoot, "the project folder"],
    [cwd, "the current folder"],
    [home, "the home folder"],
  ];
  for (const [folder, name] of protectedFolders) {
    const found = await relation(target, folder);
    // A folder inside one of them is the usual place (`_site/`, `~/sites/paper`): only the folder itself or one holding it is refused.
    if (found === "is" || found === "contains") throw refuse(`${found} ${name} ${folder}`);
  }
}

async function checkOutputItself(output: string, kind: FolderKind): Promise<void> {
  const refuse = (problem: string, expected: string) => new BuildFolderError("output", output, problem, expected);
  const found = await lstat(output).catch(() => undefined);
  if (!found) return;
  if (found.isSymbolicLink()) throw refuse("is a symbolic link", "a real folder: give the folder it points to");
  if (!found.isDirectory()) throw refuse("is a file, not a folder", `${OWN_FOLDER}, which the build replaces whole`);
  if ((await readdir(output)).length === 0 || (await isBuildFolder(output, kind))) return;
  throw refuse(
    `holds files but no ${kind} ${BUILD_MARKER} marker, so no ${kind} made it`,
    `a new or empty folder, or one an earlier ${kind} made`,
  );
}

/** `is`, `is inside` or `contains`, comparing both the paths as written and with links resolved. */
async function relation(target: readonly string[], folder: string): Promise<string | undefined> {
  for (const other of await locations(folder)) {
    for (const place of target) {
      if (place === other) return "is";
      if (isInside(other, place)) return "is inside";
      if (isInside(place, other)) return "contains";
    }
  }
  return undefined;
}

/** The path as written and with symbolic links resolved in its longest existing part. */
async function locations(file: string): Promise<string[]> {
  const resolved = path.resolve(file);
  const rest: string[] = [];
  for (let existing = resolved; ; existing = path.dirname(existing)) {
    const real = await realpath(existing).catch(() => undefined);
    if (real !== undefined) return [...new Set([resolved, path.join(real, ...rest)])];
    if (path.dirname(existing) === existing) return [resolved];
    rest.unshift(path.basename(existing));
  }
}
