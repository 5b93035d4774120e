import Eleventy from "@11ty/eleventy";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { writeFiles } from "../security/payloads.ts";
import { openSite, PROJECT_ROOT, temporaryFolder, type BuiltSite } from "../helpers/site.ts";

const SILENT_LOGGER = { message: () => {}, log: () => {}, warn: () => {}, error: () => {} };

export interface Project {
  root: string;
  content: string;
  pages: string;
}

/** A newsroom's own project: a content folder, a pages folder, and its own Eleventy config using the plugin. */
export function newsroomProject(content: string, pages: Record<string, string>, pluginOptions: Record<string, unknown> = {}): Project {
  const root = temporaryFolder("newsroom-project-");
  const pagesDir = path.join(root, "pages");
  writeFiles(pagesDir, pages);
  const plugin = pathToFileURL(path.join(PROJECT_ROOT, "src/plugins/newsroom.ts")).href;
  const options = JSON.stringify({ pagesDir, ...pluginOptions });
  writeFileSync(
    path.join(root, "eleventy.config.ts"),
    [
      `import newsroomPlugin from ${JSON.stringify(plugin)};`,
      "export default function (eleventyConfig: any) {",
      `  eleventyConfig.addPlugin(newsroomPlugin, ${options});`,
      '  return { markdownTemplateEngine: false, htmlTemplateEngine: false, dir: { data: ".eleventy-data-disabled" } };',
      "}",
      "",
    ].join("\n"),
  );
  return { root, content, pages: pagesDir };
}

/** Builds the project with its own config, as `npx @11ty/eleventy --config=…` would. */
export async function buildProject(project: Project, buildNow = "2026-12-01T00:00:00Z"): Promise<BuiltSite> {
  const output = path.join(project.root, "_site");
  const previous = process.env.BUILD_NOW;
  process.env.BUILD_NOW = buildNow;
  try {
    const eleventy = new Eleventy(project.content, output, { configPath: path.join(project.root, "eleventy.config.ts"), quietMode: true });
    eleventy.directories.freeze();
    eleventy.errorHandler.logger = SILENT_LOGGER;
    eleventy.disableLogger();
    await eleventy.write();
  } finally {
    if (previous === undefined) delete process.env.BUILD_NOW;
    else process.env.BUILD_NOW = previous;
  }
  return openSite(output);
}

/** Every message in an error and the errors it wraps: Eleventy wraps a plugin's error in its own. */
export function messagesOf(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error; current = (current as { originalError?: unknown }).originalError ?? current.cause) {
    messages.push(current.message);
  }
  return messages.join("\n");
}
