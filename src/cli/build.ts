import path from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../build/build-site.ts";
import { findContentError, formatIssue } from "../articles/content-issue.ts";

const { values } = parseArgs({
  options: {
    input: { type: "string", default: "content" },
    output: { type: "string", default: "_site" },
  },
});
const input = values.input ?? "content";
const output = values.output ?? "_site";

try {
  const started = performance.now();
  const result = await buildSite({ input, output });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Built ${result.fileCount} files from ${input} into ${path.relative(process.cwd(), result.output) || "."} in ${seconds} s`);
} catch (error) {
  const contentError = findContentError(error);
  if (!contentError) throw error;
  const errors = contentError.issues.filter((issue) => issue.severity === "error");
  contentError.issues.forEach((issue) => console.error(formatIssue(issue)));
  console.error(`\nBuild failed: ${errors.length} content ${errors.length === 1 ? "error" : "errors"}. ${output} was left unchanged.`);
  process.exitCode = 1;
}
