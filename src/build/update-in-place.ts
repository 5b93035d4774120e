import { takeValidity } from "./build-validity.ts";
import { BUILD_MARKER } from "./build-marker.ts";
import { offerPublished, withdrawPublished } from "./published-output.ts";
import { runEleventy } from "./run-eleventy.ts";
import type { BuildRecord } from "./unchanged-build.ts";
import { commitUpdate, planUpdate } from "./update-journal.ts";
import { restampTree, type TreeStamp } from "../util/folder-digest.ts";

export interface InPlaceOptions {
  input: string;
  output: string;
  /** The staging folder, made and marked; the caller deletes it afterwards. */
  staging: string;
  /** The stamps of the output, which is exactly what the last build wrote (`OutputState`). */
  published: TreeStamp;
  record: BuildRecord;
  beforeSwap?: (staging: string, output: string) => Promise<void>;
}

/**
 * Updates the last build's output into the new site: the build stages only what differs from it
 * (every page but the cached ones the output already has at their paths, every feed and asset),
 * and then, once everything succeeded, a journalled update moves those in and deletes the files the
 * new site does not have (update-journal.ts). A build that fails before the journal is written
 * leaves the output untouched; one killed while applying it leaves it for the next build to complete.
 * Returns the new site's file count.
 */
export async function updateInPlace(options: InPlaceOptions): Promise<number> {
  const { staging, output, record } = options;
  const published = offerPublished(staging, options.published);
  try {
    await runEleventy(options.input, staging);
  } finally {
    withdrawPublished(staging);
  }
  const validity = takeValidity(staging);
  // Feeds and assets are always staged: a ping compares the staged feeds with the published ones.
  await options.beforeSwap?.(staging, output);
  const journal = planUpdate(staging, options.published, published.kept);
  commitUpdate(staging, output, journal);
  const stamped = restampTree(output, options.published, [...journal.deletes, ...journal.moves], BUILD_MARKER);
  if (validity) await record.record(validity, stamped);
  return stamped.files;
}
