// Second names for files that a build puts in its output from a cache: hard links where the file
// system allows, else copies. Plain JavaScript, so that the page writer's thread (page-files.js)
// uses it without a TypeScript loader.
import { copyFileSync, linkSync, rmSync } from "node:fs";
import { copyFile, link, rm } from "node:fs/promises";

/** Why a hard link fails where a copy works: another file system (EXDEV), or one without hard links. */
const LINKS_UNSUPPORTED = new Set(["EXDEV", "EPERM", "ENOTSUP", "EMLINK"]);

/**
 * How a failed link goes on: "again" once `to` is removed (a stale file at that name), "copy" for
 * good where links do not work, or the error is thrown.
 * @param {unknown} error
 * @returns {"again" | "copy"}
 */
function afterFailedLink(error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? "";
  if (code === "EEXIST") return "again";
  if (LINKS_UNSUPPORTED.has(code)) return "copy";
  throw error;
}

/**
 * A linker that links until the file system refuses once, and copies from then on.
 * @returns {{ sync(from: string, to: string): void; put(from: string, to: string): Promise<void> }}
 */
export function createLinker() {
  let linking = true;
  return {
    sync(from, to) {
      while (linking) {
        try {
          linkSync(from, to);
          return;
        } catch (error) {
          if (afterFailedLink(error) === "again") rmSync(to, { force: true });
          else linking = false;
        }
      }
      copyFileSync(from, to);
    },
    async put(from, to) {
      while (linking) {
        try {
          await link(from, to);
          return;
        } catch (error) {
          if (afterFailedLink(error) === "again") await rm(to, { force: true });
          else linking = false;
        }
      }
      await copyFile(from, to);
    },
  };
}
