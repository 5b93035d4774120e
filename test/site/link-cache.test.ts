import assert from "node:assert/strict";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { findContentError, formatIssue } from "../../src/articles/content-issue.ts";
import { parseIsoDate } from "../../src/articles/dates.ts";
import { internalLinkIssues } from "../../src/site/internal-links.ts";
import { LinkCache } from "../../src/site/link-cache.ts";
import { loadSite } from "../../src/site/load-site.ts";
import { cacheIn } from "../helpers/build-cache.ts";
import { DEFAULT_BUILD_NOW, temporaryFolder } from "../helpers/site.ts";
import { copyOfFixture } from "../security/payloads.ts";

const targets = { siteUrl: "https://example.org", urls: async () => new Set(["/a/"]), unpublished: new Map(), cwd: "." };

/** The errors a load of `input` throws with the build cache in `cacheDir` (none when it succeeds). */
async function loadErrors(input: string, cacheDir: string | undefined): Promise<string[]> {
  const cache = cacheDir === undefined ? undefined : cacheIn(cacheDir, input);
  const error = await loadSite({ inputDir: input, buildTime: parseIsoDate(DEFAULT_BUILD_NOW)!, preview: false, cache }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return (findContentError(error)?.issues ?? []).filter((issue) => issue.severity === "error").map(formatIssue);
}

describe("the link cache", () => {
  it("keeps each body's links across builds, by its text and the site's host", async () => {
    const dir = temporaryFolder();
    const article = { file: "a.md", url: "/b/", body: "See [a](/a/) and [gone](/gone/)." };
    const first = await LinkCache.open(cacheIn(dir));
    const issues = await internalLinkIssues([article], { ...targets, memo: first });
    await first.save();

    const next = await LinkCache.open(cacheIn(dir));
    assert.deepEqual(
      next.get({ ...article }, "example.org")?.map((link) => link.href),
      ["/a/", "/gone/"],
      "another object with the same body finds them",
    );
    assert.equal(next.get({ ...article, body: "See [a](/a/)." }, "example.org"), undefined, "a changed body does not");
    assert.equal(next.get(article, "other.example"), undefined, "nor the same body on another host");
    assert.deepEqual(await internalLinkIssues([article], { ...targets, memo: next }), issues);
  });

  it("decides every link afresh: a cached body whose target is deleted fails the next build, as without a cache", async () => {
    const input = copyOfFixture("internal-links");
    const cacheDir = temporaryFolder();
    assert.deepEqual(await loadErrors(input, cacheDir), []);
    assert.ok(
      readdirSync(cacheDir, { recursive: true, encoding: "utf8" }).some((name) => path.basename(name).startsWith("links-")),
      "the load keeps the links store",
    );

    rmSync(path.join(input, "articles/local/2026-05-01-ferry-timetable.md"));
    const cached = await loadErrors(input, cacheDir);
    assert.ok(
      cached.some((line) => line.includes('link "/local/ferry-timetable/" is not a page of this site')),
      cached.join("\n"),
    );
    assert.deepEqual(cached, await loadErrors(input, undefined));
  });
});
