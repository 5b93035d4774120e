import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { absoluteUrl, absolutizeHtml } from "../../src/urls/absolute.ts";

describe("absolute URLs", () => {
  it("prefixes site paths with the site URL and leaves absolute URLs alone", () => {
    assert.equal(absoluteUrl("https://news.example", "/world/"), "https://news.example/world/");
    assert.equal(absoluteUrl("https://news.example", "images/a.jpg"), "https://news.example/images/a.jpg");
    assert.equal(absoluteUrl("https://news.example", "https://cdn.example/a.jpg"), "https://cdn.example/a.jpg");
  });

  it("resolves links, images and srcsets in article HTML against the article's URL", () => {
    const html =
      '<p><a href="../other/">o</a> <a href="#notes">n</a> <a href="mailto:desk@news.example">m</a></p>' +
      '<picture><source srcset="/img/a-400.webp 400w, /img/a-800.webp 800w"><img src="/img/a-800.jpeg" alt="x"></picture>';
    const result = absolutizeHtml(html, "https://news.example/world/story/");
    assert.ok(result.includes('href="https://news.example/world/other/"'));
    assert.ok(result.includes('href="https://news.example/world/story/#notes"'));
    assert.ok(result.includes('href="mailto:desk@news.example"'));
    assert.ok(result.includes('srcset="https://news.example/img/a-400.webp 400w, https://news.example/img/a-800.webp 800w"'));
    assert.ok(result.includes('src="https://news.example/img/a-800.jpeg"'));
  });

  it("does not touch text that merely looks like an attribute", () => {
    const html = '<p>write href="/x" in your HTML</p>';
    assert.equal(absolutizeHtml(html, "https://news.example/a/"), html);
  });
});
