import Eleventy from "@11ty/eleventy";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { recoverAbandonedBuilds, releaseStagingFolder, stagingFolder } from "./abandoned-builds.ts";
import { isInside } from "./output-paths.ts";

export interface BuildOptions {
  input: string;
  output: string;
}

export interface BuildResult {
  output: string;
  pageCount: number;
}

const CONFIG_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.eleventy.ts");

const SILENT_LOGGER = { message: () => {}, log: () => {}, warn: () => {}, error: () => {} };

interface WrittenTemplate {
  outputPath?: string | false;
}

/**
 * Builds into a fresh staging folder beside the output and swaps it in only when everything
 * succeeded, so a failed build leaves the last good site untouched and a stale page never survives.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const output = path.resolve(options.output);
  await recoverAbandonedBuilds(output);
  const suffix = `${process.pid}-${Date.now()}`;
  const staging = stagingFolder(output, suffix);
  try {
    const eleventy = new Eleventy(path.resolve(options.input), staging, { configPath: CONFIG_PATH, quietMode: true });
    // As Eleventy's own CLI does: directories given here win over the defaults in .eleventy.ts.
    eleventy.directories.freeze();
    // The caller reports failures: content errors as one line each, not Eleventy's stack traces.
    eleventy.errorHandler.logger = SILENT_LOGGER;
    const [, templates] = (await eleventy.write()) as [unknown, WrittenTemplate[]];
    const written = templates.flatMap((template) => (template.outputPath ? [template.outputPath] : []));
    const escaped = written.find((file) => !isInside(staging, file));
    if (escaped) throw new Error(`A page was written outside the output folder: ${escaped}`);
    await swapInto(staging, output, `${output}.previous-${suffix}`);
    return { output, pageCount: written.length };
  } finally {
    await rm(staging, { recursive: true, force: true });
    releaseStagingFolder(staging);
  }
}

async function swapInto(staging: string, output: string, previous: string): Promise<void> {
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
  if (hadOutput) await rm(previous, { recursive: true, force: true });
}
