import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { contentErrorsModel, createPreviewLoader } from "../../src/site/preview-site.ts";
import { loadSite } from "../../src/site/load-site.ts";
import { fixture, PROJECT_ROOT, temporaryFolder } from "../helpers/site.ts";
import { BYTE_SHARD_EXTENSION } from "../../src/cache/byte-shard-store.ts";
import { cacheIn } from "../helpers/build-cache.ts";

/** The keys of a byte shard file: its index, the JSON after the format's name and the index's length. */
const indexOf = (shard: Buffer) => JSON.parse(shard.toString("utf8", 8, 8 + shard.readUInt32LE(4))) as unknown[];

const options = (name: string) => ({
  inputDir: fixture(name),
  buildTime: new Date("2026-06-01T00:00:00Z"),
  preview: true,
  cwd: PROJECT_ROOT,
});

describe("createPreviewLoader", () => {
  it("returns the site as loadSite does while the content is valid, drafts included", async () => {
    const logged: string[] = [];
    const model = await createPreviewLoader((line) => logged.push(line))(options("drafts"));
    assert.ok(model.pages.some((page) => page.url === "/world/unfinished-harbour-draft/"));
    assert.deepEqual(logged, []);
  });

  it("prints each content error as one line and serves them at every URL of the last good site", async () => {
    const logged: string[] = [];
    const load = createPreviewLoader((line) => logged.push(line));
    const good = await load(options("drafts"));
    const broken = await load(options("invalid-title"));
    assert.deepEqual(logged.slice(0, 2), [
      "test/fixtures/invalid-title/articles/world/empty-title.md:2: title: is empty (expected the headline as text)",
      "test/fixtures/invalid-title/articles/world/missing-title.md:1: title: is missing (expected the headline as text)",
    ]);
    const htmlUrls = good.pages.map((page) => page.url).filter((url) => !/\.(xml|json|txt)$/.test(url));
    assert.ok(htmlUrls.includes("/world/published-story-1/"));
    assert.deepEqual(broken.pages.map((page) => page.url).sort(), [...new Set(htmlUrls)].sort());
    assert.ok(broken.pages.every((page) => page.kind === "content-errors" && page.issues.length === 2));
    assert.equal(broken.context, good.context, "the error pages keep the site's header and navigation");
  });

  it("still serves the errors when the very first load fails", async () => {
    const model = await createPreviewLoader(() => {})(options("invalid-date"));
    assert.deepEqual(
      model.pages.map((page) => page.url),
      ["/"],
    );
    assert.equal(model.context.preview, true);
  });

  it("lets other failures through", async () => {
    const load = createPreviewLoader(() => {});
    await assert.rejects(load({ ...options("basic"), buildTime: new Date(Number.NaN), inputDir: "\0" }));
  });
});

describe("contentErrorsModel", () => {
  it("always has the home page", () => {
    const issues = [{ severity: "error" as const, file: "_data/site.json", message: "is not valid JSON" }];
    const model = contentErrorsModel(issues, undefined, new Date("2026-06-01T00:00:00Z"));
    assert.deepEqual(model.pages, [{ kind: "content-errors", url: "/", issues }]);
  });
});

describe("the preview loader after edits", () => {
  it("gives the same pages as a fresh load of the edited content", async () => {
    const input = path.join(temporaryFolder(), "content");
    cpSync(fixture("drafts"), input, { recursive: true });
    const at = (inputDir: string) => ({ inputDir, buildTime: new Date("2026-06-01T00:00:00Z"), preview: true, cwd: PROJECT_ROOT });
    const load = createPreviewLoader(() => {});
    await load(at(input));
    const story = path.join(input, "articles/2026-01-01-published-story-1.md");
    writeFileSync(
      story,
      readFileSync(story, "utf8")
        .replace(/^title: .*$/m, "title: Harbour reopens")
        .concat("\nA new paragraph.\n"),
    );
    rmSync(path.join(input, "articles/2026-01-04-sport-result.md"));
    const sections = path.join(input, "_data/sections.json");
    writeFileSync(sections, readFileSync(sections, "utf8").replace('"World"', '"Abroad"'));
    const remembered = await load(at(input));
    const fresh = await loadSite(at(input));
    assert.deepEqual(JSON.parse(JSON.stringify(remembered.pages)), JSON.parse(JSON.stringify(fresh.pages)));
    assert.ok(
      remembered.pages.some(
        (page) => page.kind === "article" && page.article.title === "Harbour reopens" && page.section.title === "Abroad",
      ),
    );
  });

  it("leaves the render cache with every article it remembers, so the next cold build reuses them", async () => {
    const input = path.join(temporaryFolder(), "content");
    cpSync(fixture("drafts"), input, { recursive: true });
    const cacheDir = temporaryFolder();
    const cachedBodies = () =>
      readdirSync(cacheDir, { recursive: true, encoding: "utf8" })
        .filter((file) => file.includes("render-") && file.endsWith(BYTE_SHARD_EXTENSION))
        .reduce((count, file) => count + indexOf(readFileSync(path.join(cacheDir, file))).length, 0);
    const cache = cacheIn(cacheDir, input, "preview");
    const at = { inputDir: input, buildTime: new Date("2026-06-01T00:00:00Z"), preview: true, cwd: PROJECT_ROOT, cache };
    const load = createPreviewLoader(() => {});
    const first = await load(at);
    assert.equal(cachedBodies(), first.articles.length);
    const story = path.join(input, "articles/2026-01-01-published-story-1.md");
    writeFileSync(story, `${readFileSync(story, "utf8")}\nA new paragraph.\n`);
    await load(at);
    assert.equal(cachedBodies(), first.articles.length + 1, "every body is still cached, and the edited one in both versions");
  });
});
