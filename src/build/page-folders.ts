import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pageFile } from "../urls/output-paths.ts";

/**
 * Starts making the folders of the given pages in another process (`xargs mkdir -p`) while this one
 * computes the site. A 10,000-article site is 10,000 folders of one `index.html` each; made while
 * the pages are written, they would be a large part of a build after one edit (ext4 serialises
 * `mkdir` per parent folder), while the other core is idle for the first seconds of the build.
 *
 * Never rejects: `writePages` makes any folder that is still missing, so this only saves time.
 * Unsafe URLs are left for `writePages` to refuse with its own error.
 */
export function makePageFolders(outputDir: string, urls: Iterable<string>): Promise<void> {
  const folders = new Set<string>();
  for (const url of urls) {
    try {
      folders.add(path.dirname(pageFile(outputDir, url)));
    } catch {}
  }
  // From a file rather than a pipe: this process, busy computing the site, feeds a pipe so slowly
  // that xargs would spend most of its time waiting for its input.
  let listFolder: string | undefined;
  let input: number | undefined;
  try {
    listFolder = mkdtempSync(path.join(os.tmpdir(), "newsroom-folders-"));
    const list = path.join(listFolder, "folders");
    writeFileSync(list, [...folders].join("\0"));
    input = openSync(list, "r");
    const descriptor = input;
    return new Promise((resolve) => {
      const child = spawn("xargs", ["-0", "mkdir", "-p", "--"], { stdio: [descriptor, "ignore", "ignore"] });
      child.once("error", () => resolve());
      child.once("close", () => resolve());
    });
  } catch {
    // No room or no permission for the list: writePages makes the folders.
    return Promise.resolve();
  } finally {
    // spawn() has given the child its own copy of the descriptor before it returns.
    if (input !== undefined) closeSync(input);
    if (listFolder !== undefined) rmSync(listFolder, { recursive: true, force: true });
  }
}
