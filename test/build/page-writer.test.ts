import assert from "node:assert/strict";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { startPageWriter } from "../../src/build/page-writer.ts";
import { temporaryFolder } from "../helpers/site.ts";

describe("the page writer", () => {
  for (const [where, threshold] of [
    ["on a thread of its own", 0],
    ["in the build's thread", Number.POSITIVE_INFINITY],
  ] as const) {
    it(`writes pages into their folders and keeps a second name for the cache, ${where}`, async () => {
      const output = temporaryFolder();
      const kept = temporaryFolder();
      const writer = startPageWriter(100, threshold);
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, index) =>
          writer.run({
            kind: "write",
            file: path.join(output, `story-${index}`, "index.html"),
            html: `<p>${index}</p>`,
            keepAs: path.join(kept, `${index}.html`),
          }),
        ),
      );
      await writer.close();
      assert.equal(readFileSync(path.join(output, "story-42", "index.html"), "utf8"), "<p>42</p>");
      const cached = statSync(path.join(kept, "42.html"));
      assert.equal(cached.nlink, 2, "the cache's file is a hard link to the page");
      assert.deepEqual(results[42]?.stamp, [cached.size, cached.mtimeMs, cached.ino]);
    });

    it(`writes a page given as UTF-8 bytes exactly as the same text, ${where}`, async () => {
      const output = temporaryFolder();
      const html = "<p>Zoë’s café — 東京 🚢</p>";
      const writer = startPageWriter(2, threshold);
      await writer.run({ kind: "write", file: path.join(output, "bytes", "index.html"), html: new TextEncoder().encode(html) });
      await writer.run({ kind: "write", file: path.join(output, "text", "index.html"), html });
      await writer.close();
      const written = (name: string) => readFileSync(path.join(output, name, "index.html"));
      assert.deepEqual(written("bytes"), written("text"));
      assert.equal(written("bytes").toString("utf8"), html);
    });

    it(`places a cached page only while it has the stamp it was kept with, ${where}`, async () => {
      const kept = path.join(temporaryFolder(), "page.html");
      writeFileSync(kept, "<p>kept</p>");
      const { size, mtimeMs, ino } = statSync(kept);
      const output = temporaryFolder();
      const writer = startPageWriter(2, threshold);
      const placed = await writer.run({
        kind: "place",
        cached: kept,
        stamp: [size, mtimeMs, ino],
        file: path.join(output, "a", "index.html"),
      });
      const stale = await writer.run({
        kind: "place",
        cached: kept,
        stamp: [size + 1, mtimeMs, ino],
        file: path.join(output, "b", "index.html"),
      });
      await writer.close();
      assert.deepEqual([placed.placed, stale.placed], [true, false]);
      assert.equal(readFileSync(path.join(output, "a", "index.html"), "utf8"), "<p>kept</p>");
    });

    it(`fails with the system's code and path when a page cannot be written, ${where}`, async () => {
      const output = temporaryFolder();
      writeFileSync(path.join(output, "news"), "a file where a folder should be");
      const writer = startPageWriter(1, threshold);
      const file = path.join(output, "news", "story", "index.html");
      await assert.rejects(writer.run({ kind: "write", file, html: "<p></p>" }), (error: NodeJS.ErrnoException) => {
        assert.equal(error.code, "ENOTDIR");
        assert.match(error.path ?? "", /news/);
        return true;
      });
      await writer.close();
    });
  }
});
