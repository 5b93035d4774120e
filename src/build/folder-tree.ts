import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

/**
 * Deletes a folder and everything in it. A site of 10,000 articles is about 13,000 folders of one
 * `index.html` each: the system's `rm -rf` is faster than Node's recursive `rm` on it, and runs
 * as a separate process that leaves this one free to go on. Node's own is the fallback where
 * there is no `rm`, or it failed.
 */
export async function removeFolder(folder: string): Promise<void> {
  await removal(folder, false);
}

/**
 * Starts deleting a folder in a process of its own that outlives this one, and does not wait for
 * it: a large old site takes seconds to delete, which no reader of the new one needs to wait for.
 * Should that process be killed, the next build finds the marked folder and deletes it
 * (abandoned-builds.ts).
 */
export function removeFolderLater(folder: string): void {
  void removal(folder, true);
}

async function removal(folder: string, detached: boolean): Promise<void> {
  const removed = await new Promise<boolean>((resolve) => {
    const child = spawn("rm", ["-rf", "--", folder], { stdio: "ignore", detached });
    if (detached) {
      child.unref();
      child.once("error", () => void rm(folder, { recursive: true, force: true }).catch(() => {}));
      return resolve(true);
    }
    child.once("error", () => resolve(false));
    child.once("exit", (code) => resolve(code === 0));
  });
  if (!removed) await rm(folder, { recursive: true, force: true });
}

/**
 * Counts the files under a folder, leaving out one file at its top (the build marker). Synchronous
 * on purpose: the promise-based recursive `readdir` is several times slower on a large site.
 */
export function countFiles(folder: string, except?: string): number {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return files.filter((entry) => !(entry.name === except && path.resolve(entry.parentPath) === path.resolve(folder))).length;
}
