import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { type ContentError, findContentError } from "../../src/articles/content-issue.ts";
import { buildFixture, fixture, PROJECT_ROOT, temporaryFolder } from "../helpers/site.ts";
import { copyOfFixture, writeFiles, writesMarker } from "./payloads.ts";

// Each of these runs with full Node access in plain gray-matter or Eleventy.
const FENCES = ["js", "javascript", "jsLegacy", "JS", "JavaScript", " js", "\tjs", "json", "coffee", "cson", "toml", "yaml"];

async function buildError(input: string): Promise<ContentError> {
  const error = await buildFixture(input).then(
    () => assert.fail("the build succeeded"),
    (thrown: unknown) => thrown,
  );
  const contentError = findContentError(error);
  assert.ok(contentError, `a content error, not ${String(error)}`);
  return contentError;
}

function allFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" });
}

/** Files that content would run if Eleventy treated the content folder as templates or data. */
function eleventyPayloads(markers: string): Record<string, string> {
  const script = (name: string) => `${writesMarker(path.join(markers, name))};\nmodule.exports = class { render() { return "ran"; } };\n`;
  const frontMatterScript = (name: string) => `---js\n{ title: (${writesMarker(path.join(markers, name))}, "ran") }\n---\n{{ 6 * 7 }}\n`;
  return {
    "evil.11ty.js": script("template-js"),
    "articles/news/evil.11ty.cjs": script("template-cjs"),
    "evil.njk": frontMatterScript("njk"),
    "evil.liquid": frontMatterScript("liquid"),
    "evil.html": frontMatterScript("html"),
    "evil.md": frontMatterScript("md"),
    "articles/news/evil.md.njk": frontMatterScript("md-njk"),
    "_data/evil.js": `${writesMarker(path.join(markers, "global-data-js"))};\nmodule.exports = {};\n`,
    "_data/evil.cjs": `${writesMarker(path.join(markers, "global-data-cjs"))};\nmodule.exports = {};\n`,
    "_includes/evil.11ty.js": script("includes"),
    "newsroom-pages.11tydata.js": `${writesMarker(path.join(markers, "virtual-template-data"))};\nmodule.exports = {};\n`,
    "newsroom-pages.11tydata.mjs": `import fs from "node:fs";\nfs.writeFileSync(${JSON.stringify(path.join(markers, "virtual-template-data-mjs"))}, "x");\nexport default {};\n`,
    "input.11tydata.js": `${writesMarker(path.join(markers, "input-folder-data"))};\nmodule.exports = {};\n`,
    "articles/articles.11tydata.js": `${writesMarker(path.join(markers, "directory-data"))};\nmodule.exports = {};\n`,
  };
}

describe("no code runs from content", () => {
  it("refuses every non-YAML front matter fence, naming each file, before any of it runs", async () => {
    const input = copyOfFixture("hardening-base");
    const markers = temporaryFolder("newsroom-markers-");
    const files = Object.fromEntries(
      FENCES.map((fence, index) => [
        `articles/news/fence-${index}.md`,
        `---${fence}\n{ title: (${writesMarker(path.join(markers, `fence-${index}`))}, "Ran"), date: "2026-01-01", section: "news" }\n---\n\nBody.\n`,
      ]),
    );
    files["articles/news/fence-import.md"] =
      `---js\nimport fs from "node:fs";\nfs.writeFileSync(${JSON.stringify(path.join(markers, "import"))}, "x");\nconst title = "Ran";\n---\n\nBody.\n`;
    writeFiles(input, files);

    const error = await buildError(input);
    for (const file of Object.keys(files)) {
      const issue = error.issues.find((candidate) => candidate.file.endsWith(file));
      assert.ok(issue, `${file} is named in the error`);
      assert.equal(issue.field, "front matter");
      assert.match(issue.message, /is not allowed \(expected YAML front matter/);
    }
    assert.deepEqual(allFiles(markers), [], "no payload wrote its file");
  });

  it("never runs templates, data files or template data files placed in a content folder outside the working directory", async () => {
    const input = copyOfFixture("hardening-base");
    const markers = temporaryFolder("newsroom-markers-");
    writeFiles(input, eleventyPayloads(markers));

    const site = await buildFixture(input);
    assert.deepEqual(allFiles(markers), [], "no payload wrote its file");
    assert.ok(site.exists("/news/plain-story/"), "the articles are built");
    assert.deepEqual(
      allFiles(site.output).filter((file) => file.includes("evil")),
      [],
      "no page came from a content template",
    );
  });

  it("never runs them in a content folder given relative to the working directory either", async () => {
    const scratch = path.join(PROJECT_ROOT, "test/.output");
    mkdirSync(scratch, { recursive: true });
    const folder = mkdtempSync(path.join(scratch, "hardening-"));
    const input = path.join(folder, "input");
    cpSync(fixture("hardening-base"), input, { recursive: true });
    const markers = temporaryFolder("newsroom-markers-");
    writeFiles(input, eleventyPayloads(markers));

    try {
      const site = await buildFixture(path.relative(process.cwd(), input));
      assert.deepEqual(allFiles(markers), []);
      assert.ok(site.exists("/news/plain-story/"));
      assert.deepEqual(
        allFiles(site.output).filter((file) => file.includes("evil")),
        [],
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("refuses a content folder holding Eleventy's data folder, whose scripts Eleventy would import", async () => {
    const input = copyOfFixture("hardening-base");
    const marker = path.join(temporaryFolder("newsroom-markers-"), "data-folder");
    writeFiles(input, { ".eleventy-data-disabled/evil.js": `${writesMarker(marker)};\nmodule.exports = {};\n` });

    const error = await buildError(input);
    assert.match(error.message, /\.eleventy-data-disabled: is a folder whose scripts Eleventy would run/);
    assert.ok(!existsSync(marker), "the data script did not run");
  });
});
