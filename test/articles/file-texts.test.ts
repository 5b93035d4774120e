import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { ArticleFileTexts } from "../../src/articles/file-texts.ts";
import { loadArticleSources, SYMBOLIC_LINK } from "../../src/articles/load.ts";
import { temporaryFolder } from "../helpers/site.ts";

const text = (title: string) => `---\ntitle: ${title}\ndate: 2026-01-01\nsection: world\n---\n\nBody.\n`;

describe("ArticleFileTexts", () => {
  it("reads a file again only when its size or modification time has changed", async () => {
    const folder = temporaryFolder("newsroom-texts-");
    const file = path.join(folder, "a.md");
    // Whole seconds, which the file system stores exactly.
    const time = 1_790_000_000;
    writeFileSync(file, text("One"));
    utimesSync(file, time, time);
    const texts = new ArticleFileTexts();
    assert.equal(await texts.read(file), text("One"));
    writeFileSync(file, text("Two"));
    utimesSync(file, time, time);
    assert.equal(await texts.read(file), text("One"), "same size and time: the remembered text, not the file");
    utimesSync(file, time, time + 1);
    assert.equal(await texts.read(file), text("Two"));
    writeFileSync(file, text("Three, longer"));
    assert.equal(await texts.read(file), text("Three, longer"));
  });

  it("refuses a symbolic link as loadArticleSources does", async () => {
    const folder = temporaryFolder("newsroom-texts-");
    mkdirSync(path.join(folder, "articles"));
    writeFileSync(path.join(folder, "secret.md"), text("Secret"));
    symlinkSync(path.join(folder, "secret.md"), path.join(folder, "articles", "linked.md"));
    const fileTexts = new ArticleFileTexts();
    assert.equal(await fileTexts.read(path.join(folder, "articles", "linked.md")), SYMBOLIC_LINK);
    const { articles, issues } = await loadArticleSources(path.join(folder, "articles"), ["world"], (file) => path.relative(folder, file), {
      fileTexts,
    });
    assert.deepEqual(articles, []);
    assert.match(issues[0]?.message ?? "", /is a symbolic link/);
  });
});
