import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BUILD_MARKER } from "../../src/build/build-marker.ts";
import { DEFAULT_BUILD_NOW, fixture, PROJECT_ROOT, previousOutput, runCli, temporaryFolder, type CliResult } from "../helpers/site.ts";

/** The command failed with exactly one line on stderr and no stack trace. */
function assertOneLine(result: CliResult, line: RegExp | string): void {
  assert.notEqual(result.status, 0);
  assert.equal(result.stdout, "");
  const lines = result.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, result.stderr);
  if (typeof line === "string") assert.equal(lines[0], line);
  else assert.match(lines[0]!, line);
}

describe("npm run build given a wrong flag, folder or setting", () => {
  it("prints its usage in one line for an unknown flag and writes nothing", () => {
    const cwd = temporaryFolder();
    const result = runCli("src/cli/build.ts", [`--input=${fixture("basic")}`, "--ouput=x"], {}, cwd);
    assert.equal(result.status, 2);
    assertOneLine(
      result,
      "npm run build: Unknown option '--ouput' (usage: npm run build -- [--input=content] [--output=_site] [--ping] [--timings])",
    );
    assert.deepEqual(readdirSync(cwd), []);
  });

  it("names a missing content folder in one line", () => {
    const cwd = temporaryFolder();
    const result = runCli("src/cli/build.ts", ["--input=no-such-content", "--output=site"], {}, cwd);
    assertOneLine(result, "--input=no-such-content: no such folder (expected a content folder with _data/ and articles/)");
    assert.deepEqual(readdirSync(cwd), []);
  });

  it("names an invalid BUILD_NOW and the format it expects in one line", () => {
    const output = previousOutput();
    const result = runCli("src/cli/build.ts", [`--input=${fixture("basic")}`, `--output=${output}`], { BUILD_NOW: "next tuesday" });
    assertOneLine(result, 'BUILD_NOW: "next tuesday" is not a valid date (expected an ISO date-time such as 2026-11-28T12:00:00Z)');
    assert.deepEqual(readdirSync(output).sort(), [BUILD_MARKER, "index.html"]);
  });

  it("refuses an output inside the content folder in one line, leaving the content as it was", () => {
    const content = path.join(temporaryFolder(), "content");
    cpSync(fixture("basic"), content, { recursive: true });
    writeFileSync(path.join(content, "canary.txt"), "must survive");
    const before = readdirSync(content, { recursive: true, encoding: "utf8" }).sort();
    const result = runCli("src/cli/build.ts", [`--input=${content}`, `--output=${content}/_site`]);
    assertOneLine(result, `--output=${content}/_site: is inside the content folder ${content} (expected a folder outside it)`);
    assert.deepEqual(readdirSync(content, { recursive: true, encoding: "utf8" }).sort(), before);
  });

  it("names the path it cannot write in one line when a part of the output's path is a file", () => {
    const root = temporaryFolder();
    writeFileSync(path.join(root, "notes.txt"), "must survive");
    const result = runCli("src/cli/build.ts", [`--input=${fixture("basic")}`, `--output=${root}/notes.txt/site`]);
    assertOneLine(
      result,
      new RegExp(
        `^--output=${root}/notes\\.txt/site: cannot write ${root}/notes\\.txt.*: a part of the path is a file, not a folder \\(ENOTDIR\\)`,
      ),
    );
    assert.deepEqual(readdirSync(root), ["notes.txt"]);
  });
});

/** Root ignores file permissions: a read-only folder is only read-only to another user. */
const asNobody =
  process.getuid?.() === 0 && spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]).status === 0;

describe("npm run build into a folder it may not write", () => {
  it("names the folder in one line and leaves the last good site untouched", {
    skip: !asNobody && "needs root and setpriv to run the build as another user",
  }, () => {
    const root = temporaryFolder();
    chmodSync(root, 0o755);
    const parent = path.join(root, "parent");
    mkdirSync(parent);
    const output = path.join(parent, "site");
    assert.equal(runCli("src/cli/build.ts", [`--input=${fixture("basic")}`, `--output=${output}`]).status, 0);
    const page = readFileSync(path.join(output, "index.html"));
    chmodSync(parent, 0o555);
    const cli = [
      "--import",
      import.meta.resolve("tsx"),
      path.join(PROJECT_ROOT, "src/cli/build.ts"),
      `--input=${fixture("basic")}`,
      `--output=${output}`,
    ];
    const result = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, ...cli], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, HOME: root, BUILD_NOW: DEFAULT_BUILD_NOW },
      encoding: "utf8",
      timeout: 120_000,
    });
    assertOneLine(
      result,
      new RegExp(
        `^--output=${output}: cannot write ${output}\\.staging-[\\d-]+: permission denied \\(EACCES\\); the last good site, if any, was left unchanged$`,
      ),
    );
    assert.deepEqual(readdirSync(parent), ["site"]);
    assert.ok(readFileSync(path.join(output, "index.html")).equals(page), "the last good site is untouched");
  });
});

describe("npm run check given a wrong flag or folder", () => {
  it("prints its usage in one line for an unknown flag", () => {
    const result = runCli("src/cli/check.ts", ["--ouput=x"]);
    assert.equal(result.status, 2);
    assertOneLine(result, "npm run check: Unknown option '--ouput' (usage: npm run check -- [--input=content])");
  });

  it("names a missing content folder in one line", () => {
    const result = runCli("src/cli/check.ts", ["--input=no-such-content"], {}, temporaryFolder());
    assertOneLine(result, "--input=no-such-content: no such folder (expected a content folder with _data/ and articles/)");
  });
});
