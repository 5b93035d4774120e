import { readFileSync } from "node:fs";
import path from "node:path";
import { resolveBuildTime } from "../articles/dates.ts";
import { openBuildCache, type BuildCache } from "../cache/build-cache.ts";
import { manifestStore, type ManifestStore } from "../cache/build-manifest.ts";
import { contentDigest, stampTreeOnThread, type TreeStamp } from "../util/folder-digest.ts";
import type { OutputValidity } from "./build-validity.ts";
import { loadEleventy } from "./run-eleventy.ts";

export interface BuildRecordOptions {
  /** The content folder and the output folder, absolute. */
  input: string;
  output: string;
  projectRoot: string;
  /** The Eleventy config the build runs, and the developer pages folder it names. */
  configFile: string;
  pagesDir: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The output as the last build's manifest knows it: still what this build would write (`files`
 * counts it), or exactly what the last build wrote, which this build changes (its stamps, for an
 * update in place), or neither (no manifest, or a file was touched since).
 */
export type OutputState = { kind: "unchanged"; files: number } | { kind: "published"; stamps: TreeStamp } | { kind: "unknown" };

/** The manifest of one build of `input` into `output`: whether it may be skipped, and its record once done. */
export interface BuildRecord {
  inspect(): Promise<OutputState>;
  /** Called before a build writes anything: a build that fails or is killed leaves no manifest that could skip. */
  forget(): Promise<void>;
  /**
   * Called once the output is in place, with the build time the site was made for and how long it
   * holds, and the output's stamps and file count (`stampTree`).
   */
  record(validity: OutputValidity, output: { digest: string; files: number }): Promise<void>;
}

/**
 * The record of this build, or undefined when the build cache (or its manifest store) is off, so
 * that every build runs in full. The key is taken before the build reads anything: content edited
 * while it runs gives the next build another key.
 */
export function buildRecord(options: BuildRecordOptions): BuildRecord | undefined {
  const cache = openBuildCache({ env: options.env, projectRoot: options.projectRoot, contentDir: options.input, mode: "once" });
  if (!cache?.has("manifest")) return undefined;
  const manifests: ManifestStore = manifestStore(cache);
  // Walked on another core while this one hashes the content for the key; let go once inspected,
  // so that a build of a whole new site does not hold the old one's stamps.
  let walk: Promise<TreeStamp> | undefined = stampTreeOnThread(options.output);
  // This build's time; the plugin reads its own, which the manifest records (OutputValidity).
  const now = resolveBuildTime(options.env.BUILD_NOW).getTime();
  const key = keyOf(cache, options);
  const { output } = options;
  return {
    async inspect() {
      const last = key === undefined ? undefined : await manifests.read(output);
      // Another key means a build: Eleventy loads while the walk finishes. A failure to load is
      // the build's to report, when it awaits the same import.
      if (last?.key !== key) loadEleventy().catch(() => {});
      const stamped = await walk;
      walk = undefined;
      if (!last || !stamped) return { kind: "unknown" };
      if (stamped.digest !== last.stamps) return { kind: "unknown" };
      const unchanged = last.key === key && now >= last.builtAt && now < last.validUntil;
      return unchanged ? { kind: "unchanged", files: last.fileCount } : { kind: "published", stamps: stamped };
    },
    // A manifest that cannot be deleted (a cache this user may not write) is harmless: the stamps
    // it holds no longer match once a build has replaced the output.
    forget: () => manifests.forget(output).catch(() => {}),
    async record(validity, stamped) {
      if (key === undefined) return;
      try {
        const times = { builtAt: validity.builtAt.getTime(), validUntil: validity.validUntil.getTime() };
        await manifests.write({ key, output, ...times, stamps: stamped.digest, fileCount: stamped.files });
      } catch (error) {
        console.warn(`The build manifest of ${output} was not saved: ${(error as Error).message}`);
      }
    },
  };
}

/** The key, or undefined when a file cannot be read: the build itself then says what is wrong, and records nothing. */
function keyOf(cache: BuildCache, options: BuildRecordOptions): string | undefined {
  try {
    return cache.key("manifest", ...keyParts(options, (file) => cache.fileHash("manifest", file)));
  } catch {
    return undefined;
  } finally {
    cache.saveFileHashes();
  }
}

/**
 * Everything the output is made from besides the build time and the code (whose version the
 * cache's key adds): every file of the content and developer pages folders by content, not by
 * modification time, so that a fresh checkout of the same content is still unchanged; the assets
 * copied as they are; the Eleventy config; the Node version, whose ICU formats the dates; and
 * the options that change what is written.
 */
function keyParts(options: BuildRecordOptions, hashOf: (file: string) => string): string[] {
  return [
    `input ${options.input}`,
    contentDigest(options.input, hashOf),
    `pages ${options.pagesDir}`,
    contentDigest(options.pagesDir, hashOf),
    contentDigest(path.join(options.projectRoot, "layouts/assets"), hashOf),
    readFileSync(options.configFile, "utf8"),
    `node ${process.version}`,
    `preview ${options.env.NEWSROOM_PREVIEW === "1"}`,
    `output ${options.output}`,
  ];
}
