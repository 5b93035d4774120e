import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixture, runCli, temporaryFolder } from "../helpers/site.ts";

/** A working directory whose content/ is a copy of the basic fixture, as in a newsroom's checkout. */
function checkout(): { root: string; content: string } {
  const root = temporaryFolder();
  const content = path.join(root, "content");
  cpSync(fixture("basic"), content, { recursive: true });
  return { root, content };
}

const NOW = "2026-11-28T09:30:00Z";

describe("npm run new", () => {
  it("creates a draft at articles/<section>/<today>-<slug>.md that npm run check accepts", () => {
    const { root, content } = checkout();
    const result = runCli("src/cli/new.ts", ["--section", "world", "Harbour strike: talks resume"], { BUILD_NOW: NOW }, root);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Created content\/articles\/world\/2026-11-28-harbour-strike-talks-resume\.md as a draft\.$/m);
    const file = path.join(content, "articles/world/2026-11-28-harbour-strike-talks-resume.md");
    const text = readFileSync(file, "utf8");
    assert.match(text, /^title: "Harbour strike: talks resume"$/m);
    assert.match(text, /^section: world$/m);
    assert.match(text, /^date: 2026-11-28T09:30:00Z$/m);
    assert.match(text, /^draft: true$/m);
    assert.match(text, /^---\n[\s\S]*\n---\n\n\S/, "front matter, then a body placeholder");
    assert.match(result.stdout, /http:\/\/localhost:8080\/world\/harbour-strike-talks-resume\//);
    const check = runCli("src/cli/check.ts", [], {}, root);
    assert.equal(check.status, 0, check.stderr);
    assert.equal(check.stderr, "", "no warnings either");
  });

  it("refuses an unknown section, suggesting the closest, and creates nothing", () => {
    const { root } = checkout();
    const before = readdirSync(root, { recursive: true });
    const result = runCli("src/cli/new.ts", ["--section", "sprot", "Cup final tonight"], { BUILD_NOW: NOW }, root);
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr.trim(),
      'npm run new: --section: "sprot" is not in sections.json (did you mean sport? expected one of: world, sport, culture)',
    );
    assert.deepEqual(readdirSync(root, { recursive: true }), before);
  });

  it("refuses to overwrite an existing file, here in a folder given with --input", () => {
    const { root, content } = checkout();
    const args = ["--input=content", "--section", "sport", "Cup final tonight"];
    assert.equal(runCli("src/cli/new.ts", args, { BUILD_NOW: NOW }, root).status, 0);
    const file = path.join(content, "articles/sport/2026-11-28-cup-final-tonight.md");
    const first = readFileSync(file, "utf8");
    const again = runCli("src/cli/new.ts", args, { BUILD_NOW: "2026-11-28T18:00:00Z" }, root);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /^content\/articles\/sport\/2026-11-28-cup-final-tonight\.md: already exists/m);
    assert.equal(readFileSync(file, "utf8"), first);
  });

  it("asks for a headline when none is given", () => {
    const result = runCli("src/cli/new.ts", ["--section", "world"], { BUILD_NOW: NOW }, checkout().root);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^npm run new: headline: is missing/m);
  });

  it("names an invalid BUILD_NOW and the format it expects in one line, and creates nothing", () => {
    const { root } = checkout();
    const before = readdirSync(root, { recursive: true });
    const result = runCli("src/cli/new.ts", ["--section", "world", "Harbour news"], { BUILD_NOW: "28/11/2026" }, root);
    assert.notEqual(result.status, 0);
    assert.equal(result.stderr, 'BUILD_NOW: "28/11/2026" is not a valid date (expected an ISO date-time such as 2026-11-28T12:00:00Z)\n');
    assert.deepEqual(readdirSync(root, { recursive: true }), before);
  });

  it("prints its usage in one line for an unknown flag and creates nothing", () => {
    const { root } = checkout();
    const before = readdirSync(root, { recursive: true });
    const result = runCli("src/cli/new.ts", ["--sektion", "world", "Cup final tonight"], { BUILD_NOW: NOW }, root);
    assert.equal(result.status, 2);
    assert.equal(
      result.stderr,
      "npm run new: Unknown option '--sektion' (usage: npm run new -- \"Headline\" [--section=section] [--input=content])\n",
    );
    assert.deepEqual(readdirSync(root, { recursive: true }), before);
  });
});
