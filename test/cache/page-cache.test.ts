import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { openPageCache } from "../../src/cache/page-cache.ts";
import { cacheIn } from "../helpers/build-cache.ts";
import { temporaryFolder } from "../helpers/site.ts";

const PRINT_A = "a".repeat(40);
const PRINT_B = "b".repeat(40);

async function filledCache(dir: string, pages: Record<string, string>) {
  const cache = await openPageCache(cacheIn(dir));
  const output = temporaryFolder();
  for (const [print, html] of Object.entries(pages)) await cache.keep(print, html, path.join(output, `${print}.html`));
  await cache.save();
  return output;
}

describe("the page cache", () => {
  it("puts a kept page at a new build's path, as a hard link, after being reopened", async () => {
    const dir = temporaryFolder();
    const first = await filledCache(dir, { [PRINT_A]: "<p>A</p>" });
    assert.equal(readFileSync(path.join(first, `${PRINT_A}.html`), "utf8"), "<p>A</p>");

    const cache = await openPageCache(cacheIn(dir));
    const target = path.join(temporaryFolder(), "a.html");
    assert.equal(await cache.place(PRINT_A, target), true);
    assert.equal(readFileSync(target, "utf8"), "<p>A</p>");
    assert.ok(statSync(target).nlink >= 2, "linked, not copied");
    assert.equal(await cache.place(PRINT_B, path.join(temporaryFolder(), "b.html")), false);
  });

  it("leaves a page where the published output already has the cached file, and counts it as used", async () => {
    const dir = temporaryFolder();
    const published = await filledCache(dir, { [PRINT_A]: "<p>A</p>" });
    const { size, ino, mtimeMs } = statSync(path.join(published, `${PRINT_A}.html`));
    const cache = await openPageCache(cacheIn(dir));
    const staged = path.join(temporaryFolder(), "a.html");
    assert.equal(await cache.place(PRINT_A, staged, { published: { size, ino, mtimeMs } }), "in place");
    assert.equal(existsSync(staged), false, "nothing staged");
    assert.equal(
      await cache.place(PRINT_A, staged, { published: { size, ino: ino + 1, mtimeMs } }),
      true,
      "another file there: the page is staged",
    );
    rmSync(staged);
    const touched = { size, ino, mtimeMs: mtimeMs + 1 };
    assert.equal(await cache.place(PRINT_A, staged, { published: touched }), true, "the same file with another time: the page is staged");
    assert.equal(readFileSync(staged, "utf8"), "<p>A</p>");
    await cache.save();
    assert.equal(await (await openPageCache(cacheIn(dir))).place(PRINT_A, path.join(temporaryFolder(), "a.html")), true);
  });

  it("does not trust a page that was rewritten in place through an old build's link", async () => {
    const dir = temporaryFolder();
    const first = await filledCache(dir, { [PRINT_A]: "<p>A</p>" });
    writeFileSync(path.join(first, `${PRINT_A}.html`), "<p>minified by a later tool</p>");

    const cache = await openPageCache(cacheIn(dir));
    assert.equal(await cache.place(PRINT_A, path.join(temporaryFolder(), "a.html")), false);
    const target = path.join(temporaryFolder(), "a.html");
    await cache.keep(PRINT_A, "<p>A</p>", target);
    assert.equal(readFileSync(target, "utf8"), "<p>A</p>");
    assert.equal(
      readFileSync(path.join(first, `${PRINT_A}.html`), "utf8"),
      "<p>minified by a later tool</p>",
      "the old build's file is left alone",
    );
  });

  it("drops the pages a build did not use when it saves", async () => {
    const dir = temporaryFolder();
    await filledCache(dir, { [PRINT_A]: "<p>A</p>", [PRINT_B]: "<p>B</p>" });
    const cache = await openPageCache(cacheIn(dir));
    assert.equal(await cache.place(PRINT_A, path.join(temporaryFolder(), "a.html")), true);
    await cache.save();

    const cachedPages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html"));
    assert.deepEqual(
      cachedPages.map((name) => path.basename(name)),
      [`${PRINT_A}.html`],
    );
    const reopened = await openPageCache(cacheIn(dir));
    assert.equal(await reopened.place(PRINT_B, path.join(temporaryFolder(), "b.html")), false);
  });

  it("starts empty when its index is torn", async () => {
    const dir = temporaryFolder();
    await filledCache(dir, { [PRINT_A]: "<p>A</p>" });
    const index = readdirSync(dir, { recursive: true, encoding: "utf8" }).find((name) => name.endsWith("index.json"));
    writeFileSync(path.join(dir, index ?? ""), '{"aaa');
    const cache = await openPageCache(cacheIn(dir));
    assert.equal(await cache.place(PRINT_A, path.join(temporaryFolder(), "a.html")), false);
  });
});
