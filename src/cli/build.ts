import path from "node:path";
import { buildSite } from "../build/build-site.ts";
import { findContentError, formatIssue } from "../articles/content-issue.ts";
import { readArguments } from "./arguments.ts";
import { buildFailureLine } from "./build-failure.ts";
import { buildTimeOrExit } from "./build-time.ts";
import { websubPinger } from "./websub-after-build.ts";
import { formatStageTimes, stageTimes, timeStages } from "../util/stage-times.ts";

const { input, output, ping, timings } = readArguments("build", {
  input: { type: "string", default: "content" },
  output: { type: "string", default: "_site" },
  ping: { type: "boolean" },
  timings: { type: "boolean" },
});

// Checked before the build starts: the plugin reads it inside Eleventy, which wraps the error.
buildTimeOrExit();

// Eleventy starts copying passthrough files (the stylesheet, the scripts) before it awaits its
// templates, and handles the copy's failure only once they are made. A copy that fails meanwhile
// (the disk is full) is for that while a rejection nobody handles, and Node would end the process
// with a stack trace before the build reports the failure. The build reports a write failure
// itself, in one line; anything else still ends the process as before.
process.on("unhandledRejection", (reason) => {
  if (buildFailureLine(reason, output) === undefined) throw reason;
});
// Eleventy then handles the copy's rejection after all: that is expected, not worth a warning.
process.on("rejectionHandled", () => {});

try {
  const started = performance.now();
  if (timings) timeStages();
  const pinger = ping ? websubPinger(input) : undefined;
  const result = await buildSite({ input, output, beforeSwap: pinger?.beforeSwap });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const into = path.relative(process.cwd(), result.output) || ".";
  // An unchanged build leaves the output as it is: no feed changed, so --ping tells no hub.
  const how = result.unchanged ? " (unchanged: the last build's output is still current, left as it is)" : "";
  console.log(`Built ${result.fileCount} files from ${input} into ${into} in ${seconds} s${how}`);
  if (timings) for (const line of ["Stages:", ...formatStageTimes(stageTimes())]) console.log(line);
  // After the site is in place: the hub fetches the feed as soon as it is told.
  await pinger?.ping((line) => (line.startsWith("warning:") ? console.warn(line) : console.log(line)));
} catch (error) {
  const contentError = findContentError(error);
  const failure = contentError ? undefined : buildFailureLine(error, output);
  if (!contentError && !failure) throw error;
  if (failure) console.error(failure);
  if (contentError) {
    const errors = contentError.issues.filter((issue) => issue.severity === "error");
    for (const issue of contentError.issues) console.error(formatIssue(issue));
    console.error(`\nBuild failed: ${errors.length} content ${errors.length === 1 ? "error" : "errors"}. ${output} was left unchanged.`);
  }
  process.exitCode = 1;
}
