import path from "node:path";

/** The time a build's output was made for, and the first instant after it at which a build would write something else. */
export interface OutputValidity {
  builtAt: Date;
  validUntil: Date;
}

/**
 * How long a build's output stays what a build would write, handed from the newsroom plugin, which
 * knows the site and the build time it read, to `buildSite`, which records it once the output is
 * in place. Keyed by the folder Eleventy wrote into, so that two builds in one process never read
 * each other's.
 */
const noted = new Map<string, OutputValidity>();

export function noteValidity(outputFolder: string, validity: OutputValidity): void {
  noted.set(path.resolve(outputFolder), validity);
}

/** The note for `outputFolder`, removed; undefined when no newsroom plugin wrote into it. */
export function takeValidity(outputFolder: string): OutputValidity | undefined {
  const folder = path.resolve(outputFolder);
  const validity = noted.get(folder);
  noted.delete(folder);
  return validity;
}
