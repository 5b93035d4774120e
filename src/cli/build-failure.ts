import { BuildFolderError } from "../build/build-folders.ts";

/** Errors the system gives when the output cannot be written; any other is a bug and keeps its stack trace. */
const WRITE_FAILURES: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EBUSY: "the folder is in use or a mount point",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is too large for this system's limits",
  EXDEV: "the staging folder and the output are on different file systems",
  EISDIR: "a folder is where a file should go",
};

/**
 * The one line a failed build prints for a refused folder or for one it could not write; undefined
 * for anything else. Eleventy wraps errors from the plugin, so the chain is walked.
 */
export function buildFailureLine(error: unknown, output: string): string | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current instanceof Error && !seen.has(current); current = nextInChain(current)) {
    seen.add(current);
    if (current instanceof BuildFolderError) return current.message;
    const { code, path } = current as NodeJS.ErrnoException;
    const reason = code === undefined ? undefined : WRITE_FAILURES[code];
    if (reason)
      return `--output=${output}: cannot write ${path ?? output}: ${reason} (${code}); the last good site, if any, was left unchanged`;
  }
  return undefined;
}

function nextInChain(error: Error): unknown {
  const wrapped = error as { originalError?: unknown; cause?: unknown };
  return wrapped.originalError ?? wrapped.cause;
}
