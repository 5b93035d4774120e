import path from "node:path";
import { fileStats, type TreeStamp } from "../util/folder-digest.ts";

/**
 * The published output a build updates in place, handed from `buildSite` to the newsroom plugin,
 * which leaves the pages that are already there as they are instead of putting them in the staging
 * folder. Keyed by the staging folder Eleventy writes into, as build-validity.ts is.
 */
export interface PublishedOutput {
  /** The published output's stamps, taken before the build (`fileStats` gives a file's size, inode and time). */
  stamps: TreeStamp;
  /** The files the build left in the output as they are, filled in as it writes. */
  kept: Set<string>;
}

const offered = new Map<string, PublishedOutput>();

export function offerPublished(staging: string, stamps: TreeStamp): PublishedOutput {
  const published = { stamps, kept: new Set<string>() };
  offered.set(path.resolve(staging), published);
  return published;
}

/** The output that the build writing into `outputFolder` updates in place; undefined for a build of a whole new site. */
export function publishedFor(outputFolder: string): PublishedOutput | undefined {
  return offered.get(path.resolve(outputFolder));
}

/** Whether the published output has this very file (`inode`) at `relative`; a file it has is noted as kept there. */
export function keptInPlace(published: PublishedOutput): (relative: string, inode: number) => boolean {
  return (relative, inode) => {
    if (fileStats(published.stamps, relative)?.ino !== inode) return false;
    published.kept.add(relative);
    return true;
  };
}

export function withdrawPublished(staging: string): void {
  offered.delete(path.resolve(staging));
}
