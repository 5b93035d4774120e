import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const FLOOR = fileURLToPath(new URL("../../bench/floor.mjs", import.meta.url));

const dir = mkdtempSync(path.join(os.tmpdir(), "bench-floor-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("the Node floor (bench/floor.mjs)", () => {
  it("writes one page per article with its escaped title and its rendered Markdown", () => {
    const input = path.join(dir, "corpus");
    const output = path.join(dir, "out");
    mkdirSync(path.join(input, "articles", "local"), { recursive: true });
    mkdirSync(path.join(input, "articles", "world"), { recursive: true });
    writeFileSync(
      path.join(input, "articles", "local", "harbour.md"),
      '---\ntitle: "Tides & <quays>"\n---\n\n## Port\n\nA **bold** "move".\n',
    );
    writeFileSync(path.join(input, "articles", "world", "notes.txt"), "not an article");
    writeFileSync(path.join(input, "articles", "world", "market.md"), "---\ntitle: Market\n---\n\nText.\n");
    const child = spawnSync(process.execPath, [FLOOR, `--input=${input}`, `--output=${output}`], { encoding: "utf8" });
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(
      readdirSync(output, { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".html"))
        .sort(),
      [path.join("local", "harbour", "index.html"), path.join("world", "market", "index.html")],
    );
    const page = readFileSync(path.join(output, "local", "harbour", "index.html"), "utf8");
    assert.match(page, /<title>Tides &amp; &lt;quays&gt;<\/title>/);
    assert.match(page, /<h2>Port<\/h2>\n<p>A <strong>bold<\/strong> “move”.<\/p>/);
  });

  it("fails on a folder without articles rather than measuring nothing", () => {
    mkdirSync(path.join(dir, "empty", "articles"), { recursive: true });
    const child = spawnSync(process.execPath, [FLOOR, `--input=${path.join(dir, "empty")}`, `--output=${path.join(dir, "none")}`]);
    assert.equal(child.status, 1);
  });
});
