import { mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { recoverAbandonedBuilds, releaseStagingFolder, stagingFolder } from "./abandoned-builds.ts";
import { checkBuildFolders } from "./build-folders.ts";
import { BUILD_MARKER, markAsBuildFolder } from "./build-marker.ts";
import { ELEVENTY_CONFIG } from "./eleventy-config.ts";
import { countFiles, removeFolder, removeFolderLater } from "./folder-tree.ts";
import { DEFAULT_PAGES_DIR } from "../plugins/page-templates.ts";
import { stampTree } from "../util/folder-digest.ts";
import { stageDone } from "../util/stage-times.ts";
import { forgetVerifiedHashes } from "../cache/file-hashes.ts";
import { takeValidity } from "./build-validity.ts";
import { buildRecord, type BuildRecord, type OutputState } from "./unchanged-build.ts";
import { runEleventy } from "./run-eleventy.ts";
import { updateInPlace } from "./update-in-place.ts";

export interface BuildOptions {
  input: string;
  output: string;
  /** Called with the new site and the folder it replaces, once the build succeeded and before the swap (`--ping` compares feeds). */
  beforeSwap?: (staging: string, output: string) => Promise<void>;
}

export interface BuildResult {
  output: string;
  /** Every file of the new site: pages, feeds, assets, images and the search index. */
  fileCount: number;
  /** The output was already what this build would write, and was left as it is. */
  unchanged?: boolean;
}

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Files from which deleting the last good site takes long enough not to wait for. */
const REMOVE_LATER_FROM = 2_000;

/**
 * Builds into a staging folder beside the output, and changes the output only once everything
 * succeeded, so a failed build leaves the last good site untouched and a stale page never survives.
 * The output is checked first (see build-folders.ts). When the last build's manifest shows that the
 * output is still what this build would write (same content, code and options, a build time within
 * its window, no output file touched since), the output is left as it is and Eleventy is not even
 * loaded (unchanged-build.ts). When it shows that the output is exactly what the last build wrote,
 * the build stages only what changed and updates the output in place (update-in-place.ts);
 * otherwise it stages a whole new site and swaps it in.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  try {
    return await checkedBuild(options);
  } finally {
    forgetVerifiedHashes();
  }
}

async function checkedBuild(options: BuildOptions): Promise<BuildResult> {
  await checkBuildFolders({ input: options.input, output: options.output, projectRoot: PROJECT_ROOT });
  const output = path.resolve(options.output);
  await recoverAbandonedBuilds(output);
  const record = buildRecord({
    input: path.resolve(options.input),
    output,
    projectRoot: PROJECT_ROOT,
    configFile: ELEVENTY_CONFIG,
    pagesDir: path.resolve(DEFAULT_PAGES_DIR),
    env: process.env,
  });
  const state: OutputState = (await record?.inspect()) ?? { kind: "unknown" };
  stageDone("unchanged-build check");
  if (state.kind === "unchanged") return { output, fileCount: state.files, unchanged: true };
  await record?.forget();
  const built = await withStaging(output, async (staging, suffix) => {
    if (record && state.kind === "published") {
      const { input, beforeSwap } = options;
      return { output, fileCount: await updateInPlace({ input, output, staging, published: state.stamps, record, beforeSwap }) };
    }
    return buildAndSwap(options, output, staging, suffix, record);
  });
  stageDone(state.kind === "published" ? "update the output in place" : "swap the new output in");
  return built;
}

/** Runs `build` with a new, marked staging folder beside the output, deleted afterwards whatever happens. */
async function withStaging<T>(output: string, build: (staging: string, suffix: string) => Promise<T>): Promise<T> {
  const suffix = `${process.pid}-${Date.now()}`;
  const staging = stagingFolder(output, suffix);
  try {
    await mkdir(staging, { recursive: true });
    await markAsBuildFolder(staging);
    return await build(staging, suffix);
  } finally {
    await removeFolder(staging);
    releaseStagingFolder(staging);
  }
}

async function buildAndSwap(
  options: BuildOptions,
  output: string,
  staging: string,
  suffix: string,
  record: BuildRecord | undefined,
): Promise<BuildResult> {
  await runEleventy(options.input, staging);
  const validity = takeValidity(staging);
  await options.beforeSwap?.(staging, output);
  const previous = `${output}.previous-${suffix}`;
  const hadOutput = await swapInto(staging, output, previous);
  // The last good site is deleted by another process while this one counts the new site's files
  // (and stamps them, in the same walk, for the next build's unchanged check); a large one is not
  // waited for (removeFolderLater), a small one is, so that its folder is gone by the time the
  // command returns.
  const stamped = record && validity ? stampTree(output, BUILD_MARKER) : undefined;
  const fileCount = stamped?.files ?? countFiles(output, BUILD_MARKER);
  if (hadOutput && fileCount >= REMOVE_LATER_FROM) removeFolderLater(previous);
  else if (hadOutput) await removeFolder(previous);
  if (validity && stamped) await record?.record(validity, stamped);
  return { output, fileCount };
}

/** Renames the new site into place, keeping the last good one at `previous`; says whether there was one. */
async function swapInto(staging: string, output: string, previous: string): Promise<boolean> {
  const hadOutput = await rename(output, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(staging, output);
  } catch (error) {
    if (hadOutput) await rename(previous, output);
    throw error;
  }
  return hadOutput;
}
