import path from "node:path";
import { ELEVENTY_CONFIG } from "./eleventy-config.ts";

const SILENT_LOGGER = { message: () => {}, log: () => {}, warn: () => {}, error: () => {} };

/** Runs Eleventy once, with the project's config, from `input` into `output`. */
export async function runEleventy(input: string, output: string): Promise<void> {
  // Eleventy's ESM resolver re-imports files its watcher saw change; a one-off build imports each
  // once, and the resolver would put every later import of the build through a loader thread.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
  // Loaded here, not with the build: a build with nothing to change never needs it.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(path.resolve(input), output, { configPath: ELEVENTY_CONFIG, quietMode: true });
  // As Eleventy's own CLI does: directories given here win over the defaults in .eleventy.ts.
  eleventy.directories.freeze();
  // The caller reports failures: content errors as one line each, not Eleventy's stack traces.
  eleventy.errorHandler.logger = SILENT_LOGGER;
  // Its summary would count only what Eleventy itself wrote (the assets), not our pages.
  eleventy.disableLogger();
  // Pages are written by the newsroom plugin, which refuses any file outside the output folder.
  await eleventy.write();
}
