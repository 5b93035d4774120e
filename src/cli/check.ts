import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue } from "../articles/content-issue.ts";
import { escapeForTerminal } from "../articles/terminal-text.ts";
import { findArticleFiles } from "../articles/load.ts";
import { checkInputFolder } from "../build/build-folders.ts";
import { openBuildCache } from "../cache/build-cache.ts";
import { checkContent } from "../site/validate-content.ts";
import { readArguments } from "./arguments.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** `npm run check`: validates every file as the build does and writes no site, for editors and pre-commit hooks. */
const { input } = readArguments("check", { input: { type: "string", default: "content" } });
await checkInputFolder(input).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

const started = performance.now();
// The build's own cache: a check after a build (or before one) parses and renders only what changed.
const cache = openBuildCache({ env: process.env, projectRoot: PROJECT_ROOT, contentDir: input, mode: "once" });
const [issues, files] = await Promise.all([checkContent({ inputDir: input, cache }), findArticleFiles(path.join(input, "articles"))]);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
for (const issue of issues) console.error(formatIssue(issue));

const count = (severity: string, noun: string) => {
  const n = issues.filter((issue) => issue.severity === severity).length;
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
};
const errors = issues.filter((issue) => issue.severity === "error").length;
const summary = `Checked ${files.length} ${files.length === 1 ? "article" : "articles"} in ${escapeForTerminal(input)} in ${seconds} s: ${count("error", "error")}, ${count("warning", "warning")}.`;
if (errors > 0) {
  console.error(`\n${summary}`);
  process.exitCode = 1;
} else {
  console.log(summary);
}
