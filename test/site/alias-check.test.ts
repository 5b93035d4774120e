import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { findContentError, formatIssue, type ContentIssue } from "../../src/articles/content-issue.ts";
import { parseIsoDate } from "../../src/articles/dates.ts";
import { checkContent } from "../../src/site/validate-content.ts";
import { buildFixture, DEFAULT_BUILD_NOW } from "../helpers/site.ts";
import { copyOfFixture, writeFiles } from "../security/payloads.ts";

const FERRY = "articles/world/2026-01-10-ferry-fares-rise.md";
const EXPECTED = "(expected an old URL that no page of this site has";

/** The aliases fixture with one more article whose `aliases` field is on line 5 and its items on 6, 7, …. */
function withArticle(aliases: readonly string[], body = "Text."): string {
  const input = copyOfFixture("aliases");
  const lines = [
    "---",
    "title: Late story",
    "date: 2026-01-12T08:00:00Z",
    "section: sport",
    "aliases:",
    ...aliases.map((alias) => `  - "${alias}"`),
    "---",
    "",
    body,
  ];
  writeFiles(input, { "articles/sport/late.md": lines.join("\n") });
  return input;
}

async function errors(input: string): Promise<string[]> {
  const issues = await checkContent({ inputDir: input, buildTime: parseIsoDate(DEFAULT_BUILD_NOW)! });
  return printed(issues, input);
}

const printed = (issues: readonly ContentIssue[], input: string) =>
  issues
    .filter((issue) => issue.severity === "error")
    .map((issue) => formatIssue({ ...issue, file: path.relative(input, path.resolve(issue.file)) }));

describe("alias validation", () => {
  it("accepts the fixture, whose body links to an alias", async () => {
    assert.deepEqual(await errors(copyOfFixture("aliases")), []);
  });

  it("refuses an alias that is another article's URL, naming both files", async () => {
    const input = withArticle(["/world/ferry-fares-rise/"]);
    const [error, ...rest] = await errors(input);
    assert.deepEqual(rest, []);
    assert.match(
      error!,
      /^articles\/sport\/late\.md:6: aliases: "\/world\/ferry-fares-rise\/" is the URL of .*articles\/world\/2026-01-10-ferry-fares-rise\.md \(expected an old URL that no page of this site has\)$/,
    );
  });

  it("refuses an alias that is a section page, the tag index or the search page", async () => {
    const input = withArticle(["/sport/", "/tags/", "/search/"]);
    const found = await errors(input);
    assert.equal(found.length, 3);
    for (const [index, alias] of ["/sport/", "/tags/", "/search/"].entries()) {
      assert.equal(
        found[index],
        `articles/sport/late.md:${6 + index}: aliases: "${alias}" is a page this site writes ${EXPECTED}, not a section, tag, author or other page)`,
      );
    }
  });

  it("refuses an alias that another article already has, naming both files on both", async () => {
    const input = withArticle(["/news/2026/ferry-fares/"]);
    const found = await errors(input);
    assert.equal(found.length, 2);
    assert.match(
      found.join("\n"),
      /^articles\/sport\/late\.md:6: aliases: "\/news\/2026\/ferry-fares\/" is also an alias of .*2026-01-10-ferry-fares-rise\.md/m,
    );
    assert.match(
      found.join("\n"),
      new RegExp(
        `^${FERRY.replace(/[/.]/g, "\\$&")}:9: aliases: "/news/2026/ferry-fares/" is also an alias of .*articles/sport/late\\.md`,
        "m",
      ),
    );
  });

  it("refuses an alias that is not a plain path of this site", async () => {
    const bad = ["https://evil.example/x/", "//evil.example/x/", "/a/../b/", "/no-slash", "/a%2e%2e/", "/a b/"];
    const found = await errors(withArticle(bad));
    assert.equal(found.length, bad.length, found.join("\n"));
    for (const line of found)
      assert.match(
        line,
        /^articles\/sport\/late\.md:\d+: aliases\.\d: ".*" .* \(expected a path on this site between slashes, e\.g\. \/world\/old-slug\/\)$/,
      );
  });

  it("fails the build with the same error", async () => {
    const input = withArticle(["/sport/"]);
    const error = await buildFixture(input).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    const issues = findContentError(error)?.issues ?? [];
    assert.deepEqual(printed(issues, input), [
      `articles/sport/late.md:6: aliases: "/sport/" is a page this site writes ${EXPECTED}, not a section, tag, author or other page)`,
    ]);
  });

  it("still reports a body link to a URL that is no alias", async () => {
    const found = await errors(withArticle(["/sport/old-late/"], "See [this](/world/ferry-fares-to-fall/)."));
    assert.equal(found.length, 1);
    assert.match(found[0]!, /link "\/world\/ferry-fares-to-fall\/" is not a page of this site/);
  });
});
