import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import yaml from "js-yaml";
import type { EditorCollection } from "../../src/editor/collections.ts";
import { decapDistFolder } from "../../src/editor/write-admin.ts";
import { type BuiltSite, buildFixture, fixture, temporaryFolder } from "../helpers/site.ts";

function copyOfBasic(): string {
  const input = path.join(temporaryFolder("newsroom-editor-"), "content");
  cpSync(fixture("basic"), input, { recursive: true });
  return input;
}

/** Every text file of the output a crawler or reader is given a list of pages from. */
function listings(site: BuiltSite): string[] {
  return readdirSync(site.output, { recursive: true, encoding: "utf8" })
    .filter((file) => !file.startsWith("admin") && /\.(xml|json|txt)$/.test(file))
    .map((file) => readFileSync(path.join(site.output, file), "utf8"));
}

describe("the build's /admin/", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("basic"));
  });

  it("holds the editor's page, its generated config, its script and Decap's bundle from the npm package", () => {
    const page = site.page("/admin/");
    assert.equal(page.querySelector("meta[name='robots']")?.getAttribute("content"), "noindex");
    assert.deepEqual(
      page.querySelectorAll("script").map((script) => script.getAttribute("src")),
      ["decap-cms.js", "editor.js"],
    );
    assert.deepEqual(
      page.querySelectorAll("meta[name='newsroom-preview-style']").map((meta) => meta.getAttribute("content")),
      ["/assets/site.css"],
    );
    const bundle = readFileSync(path.join(decapDistFolder(), "decap-cms.js"));
    assert.ok(bundle.equals(readFileSync(path.join(site.output, "admin/decap-cms.js"))), "the bundle is the package's own");
    const chunks = readdirSync(decapDistFolder()).filter((name) => /^\d+\.decap-cms\.js$/.test(name));
    assert.ok(chunks.length > 0);
    for (const chunk of chunks) assert.ok(existsSync(path.join(site.output, "admin", chunk)), `${chunk} is beside the bundle`);
    assert.match(site.read("/admin/editor.js"), /registerPreviewStyle/);
  });

  it("configures the content folder's collections with its own sections", () => {
    const config = yaml.load(site.read("/admin/config.yml")) as { collections: EditorCollection[]; media_folder: string };
    assert.deepEqual(
      config.collections.map((collection) => collection.name),
      ["articles", "pages", "data"],
    );
    const sections = JSON.parse(readFileSync(fixture("basic/_data/sections.json"), "utf8")) as { slug: string }[];
    const section = config.collections[0]!.fields!.find((field) => field.name === "section");
    assert.deepEqual(
      section?.options,
      sections.map((entry) => entry.slug),
    );
  });

  it("is never listed in sitemaps, feeds, robots.txt or the search index", () => {
    const texts = listings(site);
    assert.ok(
      texts.some((text) => text.includes("<urlset")),
      "the site has a sitemap",
    );
    for (const text of texts) assert.doesNotMatch(text, /\/admin\b/);
  });

  it("is left out when site.json says editor: false", async () => {
    const input = copyOfBasic();
    const siteJson = JSON.parse(readFileSync(path.join(input, "_data/site.json"), "utf8"));
    writeFileSync(path.join(input, "_data/site.json"), JSON.stringify({ ...siteJson, editor: false }));
    const built = await buildFixture(input);
    assert.ok(built.exists("/"));
    assert.equal(existsSync(path.join(built.output, "admin")), false);
  });
});
