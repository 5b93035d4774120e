import assert from "node:assert/strict";
import { linkSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { writePages } from "../../src/build/write-pages.ts";
import { openPageCache } from "../../src/cache/page-cache.ts";
import { cacheIn } from "../helpers/build-cache.ts";
import type { Page } from "../../src/pages/types.ts";
import { FIXTURE_CONTEXT } from "../helpers/site-context.ts";
import { temporaryFolder } from "../helpers/site.ts";

const context = FIXTURE_CONTEXT;

describe("writing pages", () => {
  it("writes each page where a static host looks for its URL, rendered", async () => {
    const output = temporaryFolder();
    const pages: Page[] = [
      { kind: "not-found", url: "/404.html" },
      { kind: "search", url: "/search/" },
      { kind: "file", url: "/robots.txt", contentType: "text/plain", body: "User-agent: *\n" },
    ];
    assert.equal(await writePages(pages, context, output), 3);
    assert.deepEqual(readdirSync(output, { recursive: true, encoding: "utf8" }).sort(), [
      "404.html",
      "robots.txt",
      "search",
      path.join("search", "index.html"),
    ]);
    assert.equal(readFileSync(path.join(output, "robots.txt"), "utf8"), "User-agent: *\n");
    assert.match(readFileSync(path.join(output, "search/index.html"), "utf8"), /^<!doctype html>\n<html lang="en">/);
  });

  it("refuses a URL outside the output folder and two pages with one URL, writing nothing", async () => {
    const output = temporaryFolder();
    await assert.rejects(
      writePages([{ kind: "search", url: "/../search/" } as unknown as Page], context, output),
      /outside the output folder/,
    );
    const twice: Page[] = [
      { kind: "search", url: "/search/" },
      { kind: "file", url: "/search/", contentType: "text/plain", body: "x" },
    ];
    await assert.rejects(writePages(twice, context, output), /Two pages have the URL \/search\//);
    assert.deepEqual(readdirSync(output), []);
  });

  it("takes unchanged pages from the page cache and renders only the others, never caching files", async () => {
    const dir = temporaryFolder();
    const pages: Page[] = [
      { kind: "not-found", url: "/404.html" },
      { kind: "search", url: "/search/" },
      { kind: "file", url: "/robots.txt", contentType: "text/plain", body: "User-agent: *\n" },
    ];
    const prints = new Map(pages.map((page, index) => [page.url, String(index + 1).repeat(40)]));
    const printOf = (page: Page) => prints.get(page.url) ?? "";
    const first = await openPageCache(cacheIn(dir));
    const cold = temporaryFolder();
    await writePages(pages, context, cold, { cache: { pages: first, printOf } });
    await first.save();

    const second = await openPageCache(cacheIn(dir));
    const warm = temporaryFolder();
    prints.set("/search/", "4".repeat(40));
    await writePages(pages, context, warm, { cache: { pages: second, printOf } });
    for (const file of ["404.html", "search/index.html", "robots.txt"])
      assert.equal(readFileSync(path.join(warm, file), "utf8"), readFileSync(path.join(cold, file), "utf8"));
    assert.ok(statSync(path.join(warm, "404.html")).nlink >= 2, "the unchanged page is the cached file");
    assert.equal(statSync(path.join(warm, "robots.txt")).nlink, 1, "files are written, not cached");
  });

  it("replaces a file rather than rewriting it in place when asked, as the preview does", async () => {
    const output = temporaryFolder();
    const elsewhere = path.join(temporaryFolder(), "cached.html");
    writeFileSync(elsewhere, "<p>cached</p>");
    linkSync(elsewhere, path.join(output, "404.html"));
    await writePages([{ kind: "not-found", url: "/404.html" }], context, output, { replaceExisting: true });
    assert.match(readFileSync(path.join(output, "404.html"), "utf8"), /^<!doctype html>/);
    assert.equal(readFileSync(elsewhere, "utf8"), "<p>cached</p>");
  });
});
