import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sourceFilesUnder } from "./source-files.js";

/** The code a store's entries depend on, as paths under the project and package names. */
export interface CodeDependencies {
  sources: readonly string[];
  packages: readonly string[];
}

/** All of our code and every library's version (through the lock file). */
export const WHOLE_CODE: CodeDependencies = { sources: ["src", "layouts", "package-lock.json"], packages: [] };

const require = createRequire(import.meta.url);
// The code does not change while a process runs: every store asks once.
const versions = new Map<string, string>();

/**
 * A hash of the files of `dependencies` (names and contents) and of its packages' versions: any
 * change to that code gives a new version, so no entry made by older code is reused.
 */
export function codeVersion(projectRoot: string, dependencies: CodeDependencies): string {
  const id = JSON.stringify([projectRoot, dependencies]);
  let version = versions.get(id);
  if (version === undefined) {
    const hash = createHash("sha256");
    const files = sourceFilesUnder(projectRoot, dependencies.sources).filter((file) => /\.(tsx?|jsx?|css|json)$/.test(file));
    for (const file of files) hash.update(file.slice(projectRoot.length)).update("\0").update(readFileSync(file));
    for (const name of dependencies.packages) hash.update(`\0${name}@${packageVersion(name)}`);
    version = hash.digest("hex").slice(0, 16);
    versions.set(id, version);
  }
  return version;
}

function packageVersion(name: string): string {
  try {
    let dir = path.dirname(require.resolve(name));
    while (path.basename(dir) !== path.basename(name)) dir = path.dirname(dir);
    return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "missing";
  }
}
