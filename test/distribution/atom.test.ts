import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parse } from "node-html-parser";
import type { SiteModel } from "../../src/site/load-site.ts";
import { fileAt, HOSTILE_TITLE, loadNewsFixture, NEWS_SITE_URL } from "../helpers/distribution.ts";
import { childrenOf, only, parseXml, type XmlNode } from "../helpers/xml.ts";

const ATOM = "http://www.w3.org/2005/Atom";
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function assertValidAtom(feed: XmlNode, selfUrl: string): void {
  assert.equal(feed.uri, ATOM);
  assert.equal(feed.local, "feed");
  for (const required of ["id", "title", "updated"]) assert.ok(only(feed, ATOM, required).text.trim());
  assert.match(only(feed, ATOM, "updated").text, RFC_3339);
  const self = childrenOf(feed, ATOM, "link").filter((link) => link.attributes.rel === "self");
  assert.deepEqual(
    self.map((link) => link.attributes.href),
    [selfUrl],
  );
  const feedHasAuthor = childrenOf(feed, ATOM, "author").length > 0;
  for (const entry of childrenOf(feed, ATOM, "entry")) {
    assert.ok(URL.canParse(only(entry, ATOM, "id").text), "entry id is an IRI");
    assert.ok(only(entry, ATOM, "title").text.length > 0);
    assert.match(only(entry, ATOM, "updated").text, RFC_3339);
    assert.match(only(entry, ATOM, "published").text, RFC_3339);
    const alternate = childrenOf(entry, ATOM, "link").filter((link) => link.attributes.rel === "alternate");
    assert.equal(alternate.length, 1);
    assert.ok(feedHasAuthor || childrenOf(entry, ATOM, "author").length > 0, "RFC 4287 4.1.1: an author for every entry");
    for (const author of childrenOf(entry, ATOM, "author")) assert.ok(only(author, ATOM, "name").text);
    assert.equal(only(entry, ATOM, "content").attributes.type, "html");
    assert.ok(only(entry, ATOM, "summary").text.length > 0);
  }
}

describe("Atom feeds", () => {
  let model: SiteModel;
  before(async () => {
    model = await loadNewsFixture();
  });

  it("are valid Atom with a self link, for the site and for every section", () => {
    assertValidAtom(parseXml(fileAt(model, "/feed.xml").body), `${NEWS_SITE_URL}/feed.xml`);
    for (const slug of ["harbour", "briefs", "empty"]) {
      assertValidAtom(parseXml(fileAt(model, `/${slug}/feed.xml`).body), `${NEWS_SITE_URL}/${slug}/feed.xml`);
    }
  });

  it("hold the 30 newest published articles of their section, newest first", () => {
    const entries = childrenOf(parseXml(fileAt(model, "/briefs/feed.xml").body), ATOM, "entry");
    assert.equal(entries.length, 30);
    const titles = entries.map((entry) => only(entry, ATOM, "title").text);
    assert.equal(titles[0], "Brief number 32");
    assert.equal(titles[29], "Brief number 3");
    const published = entries.map((entry) => only(entry, ATOM, "published").text);
    assert.deepEqual([...published].sort().reverse(), published);
  });

  it("leave out drafts and scheduled articles", () => {
    const titles = childrenOf(parseXml(fileAt(model, "/harbour/feed.xml").body), ATOM, "entry").map(
      (entry) => only(entry, ATOM, "title").text,
    );
    assert.equal(titles.length, 3);
    assert.ok(!titles.some((title) => /draft|Scheduled/i.test(title)));
  });

  it("give each entry its URL, dates, authors, tags, summary and full content with absolute links", () => {
    const entry = childrenOf(parseXml(fileAt(model, "/harbour/feed.xml").body), ATOM, "entry")[0]!;
    const url = `${NEWS_SITE_URL}/harbour/hostile/`;
    assert.equal(only(entry, ATOM, "id").text, url);
    assert.equal(only(entry, ATOM, "link").attributes.href, url);
    assert.equal(only(entry, ATOM, "title").text, HOSTILE_TITLE);
    assert.equal(only(entry, ATOM, "published").text, "2026-03-10T11:00:00Z");
    assert.equal(only(entry, ATOM, "updated").text, "2026-03-10T11:45:00Z", "the latest correction counts as an update");
    assert.deepEqual(
      childrenOf(entry, ATOM, "author").map((author) => only(author, ATOM, "name").text),
      ["Maren Okafor", "Ines Varga"],
    );
    assert.deepEqual(
      childrenOf(entry, ATOM, "category").map((category) => category.attributes.term),
      ["</script>", "fire & rescue"],
    );
    assert.equal(only(entry, ATOM, "summary").text, "A summary with </script> and ]]> in it.");
    const content = only(entry, ATOM, "content").text;
    assert.ok(content.includes(`href="${NEWS_SITE_URL}/harbour/window-start/"`), content);
    assert.ok(content.includes(`href="${NEWS_SITE_URL}/images/quay.png"`));
    assert.ok(content.includes(`href="${url}#notes"`));
    const body = parse(content);
    const urls = [
      ...body.querySelectorAll("[href], [src]").map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? ""),
      ...body
        .querySelectorAll("[srcset]")
        .flatMap((element) => (element.getAttribute("srcset") ?? "").split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")),
    ];
    assert.ok(body.querySelector("img"), "the body image is in the content");
    assert.deepEqual(
      urls.filter((value) => !value.startsWith(`${NEWS_SITE_URL}/`)),
      [],
    );
    assert.ok(content.includes('<h2 id="notes">'));
    assert.ok(!content.includes("<script"), "the sanitised body, not the raw Markdown");
  });
});
