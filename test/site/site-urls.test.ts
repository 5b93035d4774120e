import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { parseIsoDate } from "../../src/articles/dates.ts";
import { publicationStatus } from "../../src/articles/status.ts";
import { readContent } from "../../src/site/read-content.ts";
import { siteUrls } from "../../src/site/site-urls.ts";
import { filesOf } from "../helpers/sample-site.ts";
import { buildFixture, DEFAULT_BUILD_NOW, fixture } from "../helpers/site.ts";
import { copyOfFixture, writeFiles } from "../security/payloads.ts";

/** Each built file as the address a link would use: `/a/index.html` is `/a/`. */
function builtAddresses(output: string): string[] {
  return filesOf(output)
    .map((file) => `/${path.relative(output, file).split(path.sep).join("/")}`)
    .map((url) => (url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url));
}

/**
 * Generated image sizes, search index files and the build's marker have names no editor writes: the
 * set leaves them out. So are the developer's Eleventy pages (the project's `pages/`), which Eleventy
 * renders after the content is validated.
 */
const DEVELOPER_PAGES = ["/elections/"];
// `/admin/` is the web editor's app: no article should send readers there, so a link to it is reported.
const forEditors = (url: string) =>
  !url.startsWith("/img/") &&
  !url.startsWith("/search/index/") &&
  !url.startsWith("/admin/") &&
  url !== "/.newsroom-build" &&
  !DEVELOPER_PAGES.includes(url);

describe("siteUrls", () => {
  it("is exactly the pages and files the build writes, but for generated image sizes and the search index", async () => {
    const input = copyOfFixture("internal-links");
    // Enough articles for a second listing page of the section and the tag.
    for (let day = 1; day <= 21; day++) {
      writeFiles(input, {
        [`articles/world/2026-04-${String(day).padStart(2, "0")}-brief-${day}.md`]: `---\ntitle: Brief ${day}\ndate: 2026-04-${String(day).padStart(2, "0")}\nsection: world\ntags: [briefs]\nauthor: Ines Varga\n---\n\nText.\n`,
      });
    }
    const buildTime = parseIsoDate(DEFAULT_BUILD_NOW)!;
    const { data, articles } = await readContent({ inputDir: input, buildTime });
    assert.ok(data);
    const published = articles.filter((article) => publicationStatus(article, buildTime) === "published");
    const known = await siteUrls({ sections: data.sections, articles: published, inputDir: input });
    const site = await buildFixture(input);
    const built = builtAddresses(site.output);
    assert.ok(built.includes("/world/page/2/") && built.includes("/tags/briefs/page/2/"), "the fixture has second listing pages");
    assert.deepEqual([...known].sort(), built.filter(forEditors).sort());
  });

  it("has the draft's page only when drafts are shown", async () => {
    const input = fixture("internal-links");
    const buildTime = parseIsoDate(DEFAULT_BUILD_NOW)!;
    const { data, articles } = await readContent({ inputDir: input, buildTime });
    assert.ok(data);
    const urlsOf = (shown: typeof articles) => siteUrls({ sections: data.sections, articles: shown, inputDir: input });
    assert.equal((await urlsOf(articles.filter((article) => !article.draft))).has("/world/harbour-draft/"), false);
    assert.equal((await urlsOf(articles)).has("/world/harbour-draft/"), true);
  });
});
