import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Signals that end a process without its `exit` event, and after which its folders are removed too. */
const ENDING_SIGNALS = ["SIGTERM", "SIGHUP"] as const;

const folders = new Set<string>();
/** The exit and signal listeners are added once per process, with its first folder. */
let listening = false;

/**
 * A new temporary folder that belongs to this process and is removed when it ends: at its exit, or
 * when it is stopped by SIGTERM or SIGHUP (as the editor command and service managers stop it),
 * which would otherwise end it without an exit event. A build or preview without a cache keeps its
 * encoded images and pages in such a folder, which nothing else reads once the process is gone.
 * After removing the folders the signal is raised again, so the process still ends as it would have.
 */
export function processFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  if (!listening) {
    listening = true;
    process.once("exit", removeAll);
    for (const signal of ENDING_SIGNALS) process.once(signal, () => endBy(signal));
  }
  folders.add(folder);
  return folder;
}

function removeAll(): void {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders.clear();
}

function endBy(signal: (typeof ENDING_SIGNALS)[number]): void {
  removeAll();
  // Another listener of this signal means someone else decides what it does; otherwise its default: end.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
