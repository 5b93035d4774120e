import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { loadSiteData } from "../../src/site/load-data.ts";
import { temporaryFolder } from "../helpers/site.ts";

function dataFolder(site: object, sections: object): string {
  const folder = temporaryFolder();
  writeFileSync(path.join(folder, "site.json"), JSON.stringify(site));
  writeFileSync(path.join(folder, "sections.json"), JSON.stringify(sections));
  return folder;
}

const display = (absolute: string) => `_data/${path.basename(absolute)}`;
const SITE = { title: "The Harbour Gazette", url: "https://gazette.example", language: "en" };
const SECTIONS = [{ slug: "world", title: "World" }];

describe("loadSiteData", () => {
  it("loads valid data files", async () => {
    const { data, issues } = await loadSiteData(dataFolder(SITE, SECTIONS), display);
    assert.deepEqual(issues, []);
    assert.equal(data?.site.title, "The Harbour Gazette");
    assert.deepEqual(
      data?.sections.map((section) => section.slug),
      ["world"],
    );
  });

  it("names each file and field that holds an invisible control character, and loads nothing", async () => {
    const folder = dataFolder({ ...SITE, title: "The Harbour\u0007Gazette" }, [...SECTIONS, { slug: "sport", title: "Sport\u0092s" }]);
    const { data, issues } = await loadSiteData(folder, display);
    assert.equal(data, undefined);
    assert.deepEqual(
      issues.map(formatIssue).map((line) => line.replace(/ \(expected.*$/, "")),
      [
        "_data/site.json: title: contains the invisible control character U+0007",
        "_data/sections.json: 1.title: contains the invisible control character U+0092",
      ],
    );
  });

  it("names the line and column of broken JSON, with the parser's message", async () => {
    const folder = dataFolder(SITE, SECTIONS);
    writeFileSync(
      path.join(folder, "site.json"),
      '{\n  "title": "The Harbour Gazette",\n  "url": "https://gazette.example"\n  "language": "en"\n}\n',
    );
    writeFileSync(path.join(folder, "sections.json"), '[{ "slug": "world", "title": "World", }]\n');
    const { data, issues } = await loadSiteData(folder, display);
    assert.equal(data, undefined);
    const expected = '(expected JSON: names and text in "double quotes", a comma between entries and none after the last)';
    assert.deepEqual(issues.map(formatIssue), [
      `_data/site.json:4:3: is not valid JSON: Expected ',' or '}' after property value ${expected}`,
      `_data/sections.json:1:39: is not valid JSON: Expected double-quoted property name ${expected}`,
    ]);
  });

  it("gives one message for a url that is neither a URL nor http(s), the one that says what to write", async () => {
    const { issues } = await loadSiteData(dataFolder({ ...SITE, url: "gazette.example" }, SECTIONS), display);
    assert.deepEqual(issues.map(formatIssue), ["_data/site.json: url: must start with http:// or https://"]);
  });

  it("names the file and field of a data-file URL that is not https or a site path, and loads nothing", async () => {
    const folder = dataFolder({ ...SITE, publisher: { name: "Gazette", logo: "javascript:alert(1)" } }, SECTIONS);
    writeFileSync(
      path.join(folder, "authors.json"),
      JSON.stringify([{ name: "A", url: "http://example.org/a", avatar: "//evil.example/a.png" }]),
    );
    const { data, issues } = await loadSiteData(folder, display);
    assert.equal(data, undefined);
    assert.deepEqual(
      issues.map(formatIssue).map((line) => line.replace(/ is not an https:.*$/, "").replace(/^(_data\/\w+\.json):\d+:/, "$1:")),
      [
        '_data/site.json: publisher.logo: "javascript:alert(1)"',
        '_data/authors.json: 0.url: "http://example.org/a"',
        '_data/authors.json: 0.avatar: "//evil.example/a.png"',
      ],
    );
  });

  it("refuses a site url with a path, naming file and field", async () => {
    const { data, issues } = await loadSiteData(dataFolder({ ...SITE, url: "https://example.org/news/" }, SECTIONS), display);
    assert.equal(data, undefined);
    assert.match(
      issues.map(formatIssue).join("\n"),
      /^_data\/site\.json(?::\d+)?: url: has a path "\/news\/" \(expected the site's origin, e\.g\. https:\/\/example\.org; the site must be served from the root of its host\)$/,
    );
  });

  it("refuses image formats without jpeg, naming file and field", async () => {
    const { data, issues } = await loadSiteData(dataFolder({ ...SITE, images: { formats: ["avif", "webp"] } }, SECTIONS), display);
    assert.equal(data, undefined);
    assert.match(
      issues.map(formatIssue).join("\n"),
      /^_data\/site\.json(?::\d+)?: images\.formats: has no "jpeg", the fallback every browser shows \(expected e\.g\. "formats": \["webp", "jpeg"\]\)$/,
    );
  });
});
