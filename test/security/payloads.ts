import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fixture, temporaryFolder } from "../helpers/site.ts";

/** A copy of a fixture in a fresh temporary folder, so that a test can add hostile files to it. */
export function copyOfFixture(name: string): string {
  const input = path.join(temporaryFolder("newsroom-hardening-"), "input");
  cpSync(fixture(name), input, { recursive: true });
  return input;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  }
}

/** JavaScript that creates `marker` when it runs: proof that content executed code. */
export function writesMarker(marker: string): string {
  return `require("fs").writeFileSync(${JSON.stringify(marker)}, "executed")`;
}
