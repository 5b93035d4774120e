import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderRobots } from "../../src/distribution/robots.ts";

describe("robots.txt", () => {
  it("allows every crawler and names each sitemap by its absolute URL, one per line", () => {
    const lines = renderRobots("https://news.example", ["/sitemap.xml", "/news-sitemap.xml"]).split("\n");
    assert.deepEqual(lines, [
      "User-agent: *",
      "Allow: /",
      "",
      "Sitemap: https://news.example/sitemap.xml",
      "Sitemap: https://news.example/news-sitemap.xml",
      "",
    ]);
  });
});
