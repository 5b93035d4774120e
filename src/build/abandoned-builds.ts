import { readdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { isBuildFolder } from "./build-marker.ts";
import { removeFolder } from "./folder-tree.ts";
import { completeUpdate } from "./update-journal.ts";

/** Staging folders of builds still running in this process: they are not abandoned. */
const ACTIVE = new Set<string>();

export function stagingFolder(output: string, suffix: string): string {
  const staging = `${output}.staging-${suffix}`;
  ACTIVE.add(staging);
  return staging;
}

export function releaseStagingFolder(staging: string): void {
  ACTIVE.delete(staging);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isAbandoned(folder: string, pid: number): boolean {
  return pid === process.pid ? !ACTIVE.has(folder) : !isAlive(pid);
}

/**
 * A build that was killed, or whose failed write still had copies in flight after its clean-up,
 * leaves `<output>.staging-<pid>-<time>` behind; one killed between its two renames leaves the
 * last good site as `<output>.previous-<pid>-<time>` and no output; one killed while it updated
 * the output in place leaves its journal in its staging folder. Staging folders are removed, once
 * the update a journal names is completed; a lone previous site is put back, so readers get the
 * last good site rather than nothing.
 * A name alone proves nothing (`_site.previous-2024-06` may be someone's own copy): only folders
 * carrying the build marker are touched.
 */
export async function recoverAbandonedBuilds(output: string): Promise<void> {
  const parent = path.dirname(output);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(output))}\\.(staging|previous)-(\\d+)-\\d+$`);
  const entries = await readdir(parent).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  for (const entry of entries.sort()) {
    const match = pattern.exec(entry);
    const folder = path.join(parent, entry);
    if (!match || !isAbandoned(folder, Number(match[2])) || !(await isBuildFolder(folder))) continue;
    if (match[1] === "previous" && !(await exists(output))) await rename(folder, output);
    else {
      if (match[1] === "staging" && (await isBuildFolder(output))) completeUpdate(folder, output);
      await removeFolder(folder);
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
