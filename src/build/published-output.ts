import path from "node:path";

/**
 * The published output a build updates in place, handed from `buildSite` to the newsroom plugin,
 * which leaves the pages that are already there as they are instead of putting them in the staging
 * folder. Keyed by the staging folder Eleventy writes into, as build-validity.ts is.
 */
export interface PublishedOutput {
  /** The inode of each file of the published output, by its path relative to it, `/`-separated. */
  inodes: ReadonlyMap<string, number>;
  /** The files the build left in the output as they are, filled in as it writes. */
  kept: Set<string>;
}

const offered = new Map<string, PublishedOutput>();

export function offerPublished(staging: string, inodes: ReadonlyMap<string, number>): PublishedOutput {
  const published = { inodes, kept: new Set<string>() };
  offered.set(path.resolve(staging), published);
  return published;
}

/** The output that the build writing into `outputFolder` updates in place; undefined for a build of a whole new site. */
export function publishedFor(outputFolder: string): PublishedOutput | undefined {
  return offered.get(path.resolve(outputFolder));
}

export function withdrawPublished(staging: string): void {
  offered.delete(path.resolve(staging));
}
