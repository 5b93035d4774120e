import path from "node:path";
import { stageDone } from "../util/stage-times.ts";
import { ELEVENTY_CONFIG } from "./eleventy-config.ts";

const SILENT_LOGGER = { message: () => {}, log: () => {}, warn: () => {}, error: () => {} };

let eleventyModule: Promise<typeof import("@11ty/eleventy")> | undefined;

/**
 * Starts loading Eleventy, once: not with the build's code, since a build with nothing to change
 * never needs it, but as soon as a build knows it will run, while its thread would otherwise wait
 * for the output's walk (unchanged-build.ts). Loading it takes a few hundred milliseconds.
 */
export function loadEleventy(): Promise<typeof import("@11ty/eleventy")> {
  // Eleventy's ESM resolver re-imports files its watcher saw change; a one-off build imports each
  // once, and the resolver would put every later import of the build through a loader thread.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
  eleventyModule ??= import("@11ty/eleventy");
  return eleventyModule;
}

/** Runs Eleventy once, with the project's config, from `input` into `output`. */
export async function runEleventy(input: string, output: string): Promise<void> {
  const { default: Eleventy } = await loadEleventy();
  stageDone("load Eleventy");
  const eleventy = new Eleventy(eleventyInput(input), output, { configPath: ELEVENTY_CONFIG, quietMode: true });
  // As Eleventy's own CLI does: directories given here win over the defaults in .eleventy.ts.
  eleventy.directories.freeze();
  // The caller reports failures: content errors as one line each, not Eleventy's stack traces.
  eleventy.errorHandler.logger = SILENT_LOGGER;
  // Its summary would count only what Eleventy itself wrote (the assets), not our pages.
  eleventy.disableLogger();
  // Pages are written by the newsroom plugin, which refuses any file outside the output folder.
  await eleventy.write();
}

/**
 * The content folder as Eleventy is best given it: relative to the working folder, as its own CLI
 * passes what was typed. Eleventy takes the working folder off the front of an absolute path as
 * text (`TemplatePath.stripLeadingSubPath`), so a content folder beside the project whose name
 * starts with the project's (`paper` and `paper-content`) would lose part of its name, and the
 * developer pages their place in Eleventy's template order.
 */
export function eleventyInput(input: string, cwd = process.cwd()): string {
  return path.relative(cwd, path.resolve(cwd, input)) || ".";
}
