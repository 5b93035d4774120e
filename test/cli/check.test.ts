import assert from "node:assert/strict";
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { findContentError, formatIssue } from "../../src/articles/content-issue.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { checkContent } from "../../src/site/validate-content.ts";
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
    const message =
      'articles/2026-03-01-missing-photo.md:8: image.src: "/images/not-uploaded.jpg" not found (expected a file under images/)';
    assert.equal(check.stderr.split("\n")[0], message);
    const build = runCli("src/cli/build.ts", ["--input=.", "--output=../_site"], {}, folder);
    assert.equal(build.status, 1);
    assert.equal(build.stderr.split("\n")[0], message);
  });

  it("reports a body link to a page the site does not have, naming file and line, and exits 1", () => {
    const folder = copyOf("internal-links");
    writeFileSync(
      path.join(folder, "articles/local/moved.md"),
      "---\ntitle: Moved\ndate: 2026-05-05\nsection: local\n---\n\nSee [the timetable](/local/island-ferry-winter-timetable/).\n",
    );
    const result = runCli("src/cli/check.ts", ["--input=."], {}, folder);
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr.split("\n")[0],
      'articles/local/moved.md:7: body: link "/local/island-ferry-winter-timetable/" is not a page of this site (expected the URL of a published article, section, tag, author or other page, or a file under images/)',
    );
  });

  it("prints file names with control characters and bidi overrides escaped, never raw", () => {
    const folder = copyOf("basic");
    const dir = path.join(folder, "articles");
    const evil = "evil\u001b[2J\u001b[31mRED\u009b0m\u202egpj.md";
    writeFileSync(path.join(dir, evil), "---\ntitle: No date\nsection: world\n---\n\nBody.\n");
    const result = runCli("src/cli/check.ts", ["--input=."], {}, folder);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^articles\/evil\\x1b\[2J\\x1b\[31mRED\\x9b0m\\u202egpj\.md:1: date: is missing /m);
    for (const output of [result.stdout, result.stderr]) assert.doesNotMatch(output, /[\u001b\u009b\u202e]/);
  });
});

/** The lines a CLI printed about content: every line but the blank one and the summary. */
const issueLines = (stderr: string) => stderr.split("\n").filter((line) => line !== "" && !/^(Build failed:|Checked) /.test(line));

const rejectedFixtures = readdirSync(fixture("."))
  .filter((name) => name.startsWith("invalid-") || name === "reader-missing-image")
  .sort();

describe("npm run check on common mistakes", () => {
  it("says what to write for a colon in a headline, a day-first date and two authors in one text", () => {
    const result = runCli("src/cli/check.ts", ["--input=."], {}, fixture("invalid-front-matter-mistakes"));
    assert.equal(result.status, 1);
    assert.deepEqual(issueLines(result.stderr), [
      'articles/world/colon.md:3: title: has a colon in it (put the headline in quotes: title: "Harbour master: silt is rising")',
      'articles/world/day-first.md:3: date: "30/11/2026" is not written year-month-day (write dates as 2026-11-30)',
      "articles/world/two-authors.md:5: warning: author: looks like two names (write [Maren Okafor, Tobias Lindqvist] for two authors)",
    ]);
  });

  it("names the line and column of broken JSON in a data file", () => {
    const result = runCli("src/cli/check.ts", ["--input=."], {}, fixture("invalid-data-json"));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^_data\/site\.json:4:3: is not valid JSON: Expected ',' or '}' after property value \(expected JSON: /m);
  });
});

describe("npm run check and npm run build", () => {
  it("report body images, ids and front matter of every file in one run, by file and line, the image at the line that shows it, drafts too", () => {
    const result = runCli("src/cli/check.ts", ["--input=."], {}, fixture("invalid-body-image"));
    assert.equal(result.status, 1);
    // bad-date.md has an error in its front matter and one in its body: both are reported.
    const noAlt = (file: string, line: number) =>
      `articles/world/${file}:${line}: body: image "/images/pier.jpg" has no alt text (expected ![a description of the image](/images/pier.jpg))`;
    assert.deepEqual(issueLines(result.stderr), [
      'articles/world/bad-date.md:3: date: "2026-02-30" is not a real date (expected the publication date, e.g. 2026-11-28 or 2026-11-28T09:30:00Z)',
      noAlt("bad-date.md", 7),
      noAlt("draft.md", 8),
      noAlt("no-alt.md", 9),
      'articles/world/not-uploaded.md:7: body: image "/images/ferry.jpg" not found (expected a file under images/)',
      noAlt("out-of-order.md", 7),
      'articles/world/out-of-order.md:11: body: id "main" is one the article page itself uses (top, main, site-search-query, corrections-heading, more-in-section-heading); expected another id',
      noAlt("reference.md", 9),
    ]);
  });

  it("print the same problem lines for body images without alt text or file, from separate processes", () => {
    const folder = copyOf("invalid-body-image-only");
    const check = runCli("src/cli/check.ts", ["--input=."], {}, folder);
    const build = runCli("src/cli/build.ts", ["--input=.", "--output=../_site"], {}, folder);
    assert.equal(check.status, 1, check.stderr);
    assert.equal(build.status, 1, build.stderr);
    assert.ok(issueLines(check.stderr).length > 0);
    assert.deepEqual(issueLines(check.stderr), issueLines(build.stderr));
  });

  for (const name of rejectedFixtures) {
    it(`report the same problems with the same lines for ${name}`, async () => {
      const checked = (await checkContent({ inputDir: fixture(name) })).map(formatIssue);
      const built = await buildSite({ input: fixture(name), output: path.join(temporaryFolder(), "site") }).then(
        () => assert.fail("the build succeeded"),
        (error: unknown) => findContentError(error)?.issues.map(formatIssue) ?? assert.fail(String(error)),
      );
      assert.ok(
        checked.some((line) => !line.includes(": warning: ")),
        "check finds an error",
      );
      assert.deepEqual(checked, built);
    });
  }
});
