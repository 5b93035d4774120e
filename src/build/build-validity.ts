import path from "node:path";

/**
 * How long a build's output stays what a build would write, handed from the newsroom plugin, which
 * knows the site, to `buildSite`, which records it once the output is in place. Keyed by the
 * folder Eleventy wrote into, so that two builds in one process never read each other's.
 */
const validUntil = new Map<string, Date>();

export function noteValidUntil(outputFolder: string, until: Date): void {
  validUntil.set(path.resolve(outputFolder), until);
}

/** The note for `outputFolder`, removed; undefined when no newsroom plugin wrote into it. */
export function takeValidUntil(outputFolder: string): Date | undefined {
  const folder = path.resolve(outputFolder);
  const until = validUntil.get(folder);
  validUntil.delete(folder);
  return until;
}
