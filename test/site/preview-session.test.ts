import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { writePages } from "../../src/build/write-pages.ts";
import { writeSearchIndex } from "../../src/search/write-index.ts";
import { loadSite } from "../../src/site/load-site.ts";
import { createPreviewSession, SITE_REFRESH_DELAY_MS } from "../../src/site/preview-session.ts";
import { fixture, temporaryFolder } from "../helpers/site.ts";

const buildTime = new Date("2026-06-01T00:00:00Z");

function filesOf(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => [
      path.relative(folder, path.join(entry.parentPath, entry.name)),
      readFileSync(path.join(entry.parentPath, entry.name), "utf8"),
    ]),
  );
}

/** What a fresh preview build of the content writes. */
async function freshOutput(input: string): Promise<Map<string, string>> {
  const output = temporaryFolder();
  const model = await loadSite({ inputDir: input, buildTime, preview: true });
  await writePages(model.pages, model.context, output);
  await writeSearchIndex(await model.searchIndex, output);
  return filesOf(output);
}

async function previewedCopy() {
  const input = path.join(temporaryFolder(), "content");
  const output = temporaryFolder();
  cpSync(fixture("drafts"), input, { recursive: true });
  const logged: string[] = [];
  const session = createPreviewSession({
    inputDir: input,
    outputDir: output,
    buildTime: () => buildTime,
    preview: true,
    log: (line) => logged.push(line),
    warn: () => {},
  });
  await session.prepare();
  await session.write();
  const retitle = (file: string, title: string) => {
    const absolute = path.join(input, "articles", file);
    writeFileSync(absolute, readFileSync(absolute, "utf8").replace(/^title: .*$/m, `title: ${title}`));
    return absolute;
  };
  const rebuild = async (files: string[]) => {
    session.filesChanged(files);
    await session.prepare();
    await session.write();
  };
  return { input, output, session, logged, retitle, rebuild };
}

describe("createPreviewSession", () => {
  it("writes an edited article's page first, and the rest of the site follows to match a fresh build", async () => {
    const site = await previewedCopy();
    await site.rebuild([site.retitle("2026-01-01-published-story-1.md", "Harbour reopens")]);
    assert.match(readFileSync(path.join(site.output, "world/published-story-1/index.html"), "utf8"), /<h1>Harbour reopens<\/h1>/);
    assert.doesNotMatch(readFileSync(path.join(site.output, "index.html"), "utf8"), /Harbour reopens/, "listings are not written yet");
    assert.match(site.logged.at(-1) ?? "", /^\[newsroom\] Wrote 1 page that changed; the rest of the site follows$/);
    await site.session.idle();
    assert.match(readFileSync(path.join(site.output, "index.html"), "utf8"), /Harbour reopens/);
    assert.deepEqual(filesOf(site.output), await freshOutput(site.input));
  });

  it("gives up a refresh that a newer save made stale, and the next one brings the whole site up to date", async () => {
    const site = await previewedCopy();
    await site.rebuild([site.retitle("2026-01-01-published-story-1.md", "First headline")]);
    await site.rebuild([
      site.retitle("2026-01-01-published-story-1.md", "Second headline"),
      site.retitle("2026-01-04-sport-result.md", "Late winner"),
    ]);
    await site.session.idle();
    assert.equal(
      site.logged.length,
      4,
      `the first load, two edits and one refresh write; the stale refresh does not:\n${site.logged.join("\n")}`,
    );
    const output = filesOf(site.output);
    assert.deepEqual(output, await freshOutput(site.input));
    assert.match(output.get("index.html") ?? "", /Second headline[\s\S]*Late winner|Late winner[\s\S]*Second headline/);
  });

  it("rebuilds a save made while the rest of the site waits to follow at once, without waiting out that pause", async (t) => {
    const site = await previewedCopy();
    // The refresh's pause never ends unless the test moves the clock: the second rebuild must not wait for it.
    t.mock.timers.enable({ apis: ["setTimeout"] });
    await site.rebuild([site.retitle("2026-01-01-published-story-1.md", "First headline")]);
    await site.rebuild([site.retitle("2026-01-01-published-story-1.md", "Second headline")]);
    assert.match(readFileSync(path.join(site.output, "world/published-story-1/index.html"), "utf8"), /<h1>Second headline<\/h1>/);
    t.mock.timers.tick(SITE_REFRESH_DELAY_MS);
    t.mock.timers.reset();
    await site.session.idle();
    assert.deepEqual(filesOf(site.output), await freshOutput(site.input));
  });

  it("loads the whole site for an edit the quick path leaves to it, such as a new article", async () => {
    const site = await previewedCopy();
    const added = path.join(site.input, "articles/2026-01-06-new-story.md");
    writeFileSync(
      added,
      readFileSync(path.join(site.input, "articles/2026-01-02-published-story-2.md"), "utf8").replace(/^title: .*$/m, "title: A new story"),
    );
    await site.rebuild([added]);
    assert.doesNotMatch(site.logged.at(-1) ?? "", /the rest of the site follows/);
    assert.match(readFileSync(path.join(site.output, "index.html"), "utf8"), /A new story/);
    await site.session.idle();
    assert.deepEqual(filesOf(site.output), await freshOutput(site.input));
  });
});
