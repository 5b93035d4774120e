import assert from "node:assert/strict";
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixture, runCli, temporaryFolder } from "../helpers/site.ts";

/** A copy of a fixture as the working directory, so that anything written would show up in it. */
function copyOf(name: string): string {
  const folder = path.join(temporaryFolder(), name);
  cpSync(fixture(name), folder, { recursive: true });
  return folder;
}

const listing = (folder: string) => readdirSync(folder, { recursive: true, encoding: "utf8" }).sort();

describe("npm run check", () => {
  it("passes valid content, says how many articles it checked and writes nothing", () => {
    const folder = copyOf("basic");
    const before = listing(folder);
    const result = runCli("src/cli/check.ts", ["--input=."], {}, folder);
    assert.equal(result.status, 0, result.stderr);
    const articleCount = before.filter((file) => file.endsWith(".md")).length;
    assert.match(result.stdout, new RegExp(`^Checked ${articleCount} articles in \\. in [\\d.]+ s: 0 errors, 0 warnings\\.$`, "m"));
    assert.deepEqual(listing(folder), before);
  });

  it("reports every problem of every file in one run and exits 1, writing nothing", () => {
    const folder = copyOf("invalid-date");
    const before = listing(folder);
    const result = runCli("src/cli/check.ts", ["--input=."], {}, folder);
    assert.equal(result.status, 1);
    const reported = result.stderr.split("\n").filter((line) => / date: /.test(line));
    assert.deepEqual(
      reported.map((line) => line.split(": ")[0]),
      ["articles/world/february-30.md:3", "articles/world/missing-date.md:1", "articles/world/month-13.md:4"],
    );
    assert.match(result.stderr, /: 3 errors, 0 warnings\.$/m);
    assert.deepEqual(listing(folder), before);
  });

  it("exits 0 on warnings alone, printing them", () => {
    const result = runCli("src/cli/check.ts", [`--input=${fixture("warning-unknown-key")}`]);
    assert.equal(result.status, 0);
    assert.match(result.stderr, /typo-key\.md:5: warning: sumary: is not a known field and is ignored \(did you mean summary\?\)/);
    assert.match(result.stdout, /: 0 errors, 1 warning\.$/m);
  });

  it("names a missing sections.json instead of failing with a stack trace", () => {
    const folder = temporaryFolder();
    const result = runCli("src/cli/check.ts", ["--input=."], {}, folder);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^_data\/sections\.json: is missing \(expected sections\.json in _data\)$/m);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  });

  it("reports a lead image whose file is missing with the build's own message, and exits 1", () => {
    const folder = copyOf("reader-missing-image");
    const check = runCli("src/cli/check.ts", ["--input=."], {}, folder);
    assert.equal(check.status, 1);
    const message = 'articles/2026-03-01-missing-photo.md:8: image.src: "/images/not-uploaded.jpg" not found (expected a file under images/)';
    assert.equal(check.stderr.split("\n")[0], message);
    const build = runCli("src/cli/build.ts", ["--input=.", "--output=_site"], {}, folder);
    assert.equal(build.status, 1);
    assert.equal(build.stderr.split("\n")[0], message);
  });

  it("reports a body link to a page the site does not have, naming file and line, and exits 1", () => {
    const folder = copyOf("internal-links");
    writeFileSync(path.join(folder, "articles/local/moved.md"), "---\ntitle: Moved\ndate: 2026-05-05\nsection: local\n---\n\nSee [the timetable](/local/island-ferry-winter-timetable/).\n");
    const result = runCli("src/cli/check.ts", ["--input=."], {}, folder);
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr.split("\n")[0],
      'articles/local/moved.md:7: body: link "/local/island-ferry-winter-timetable/" is not a page of this site (expected the URL of a published article, section, tag, author or other page, or a file under images/)',
    );
  });
});
