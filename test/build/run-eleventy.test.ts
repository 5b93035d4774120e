import assert from "node:assert/strict";
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { eleventyInput } from "../../src/build/run-eleventy.ts";
import { SAMPLE_CONTENT } from "../helpers/sample-site.ts";
import { openSite, PROJECT_ROOT, runCli, temporaryFolder } from "../helpers/site.ts";

describe("eleventyInput", () => {
  it("gives Eleventy the content folder relative to the working folder, wherever it lies", () => {
    assert.equal(eleventyInput("/news/paper-content", "/news/paper"), "../paper-content");
    assert.equal(eleventyInput("/news/paper/content", "/news/paper"), "content");
    assert.equal(eleventyInput("content", "/news/paper"), "content");
    assert.equal(eleventyInput("/news/paper", "/news/paper"), ".");
  });
});

describe("a build whose content folder's name starts with the project folder's", () => {
  it("writes the same site, developer pages included, as from a folder named otherwise", () => {
    const parent = temporaryFolder();
    const project = path.join(parent, "paper");
    mkdirSync(project);
    cpSync(path.join(PROJECT_ROOT, "pages"), path.join(project, "pages"), { recursive: true });
    const build = (content: string) => {
      cpSync(SAMPLE_CONTENT, content, { recursive: true });
      const output = `${content}-site`;
      const result = runCli("src/cli/build.ts", [`--input=${content}`, `--output=${output}`], { NEWSROOM_CACHE_DIR: "off" }, project);
      assert.equal(result.status, 0, result.stderr);
      return output;
    };
    const prefixed = build(path.join(parent, "paper-content"));
    const other = build(path.join(parent, "newsroom"));
    assert.equal(openSite(prefixed).page("/elections/").querySelector("main h1")?.text, "Elections");
    const files = (output: string) => readdirSync(output, { recursive: true }).map(String).sort();
    assert.deepEqual(files(prefixed), files(other));
  });
});
