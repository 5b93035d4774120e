import { watch, type FSWatcher } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

/** The files Eleventy watches in the content folder: an editor's swap and backup files are not content. */
const CONTENT_FILE = /\.(md|json)$/;

/**
 * Calls `changed` as soon as a content file in `root` or a folder inside it changes. Each folder
 * is watched on its own: Node 20's recursive watch on Linux stats every file first. Unlike
 * Eleventy's watcher it does not wait for 150 ms of quiet, which a busy process holds up.
 */
export async function watchContentFolders(root: string, changed: () => void): Promise<FSWatcher[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const folders = [root, ...entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name))];
  return folders.map((folder) =>
    watch(folder, (_event, file) => {
      if (file !== null && CONTENT_FILE.test(file)) changed();
    })
      // A folder removed while watched is no reason to stop the preview.
      .on("error", () => {})
      .unref(),
  );
}
