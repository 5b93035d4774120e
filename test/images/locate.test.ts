import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { locateImage } from "../../src/images/locate.ts";

const input = path.resolve("/site/content");

describe("locateImage", () => {
  it("finds /images/ paths in the content folder's images folder", () => {
    assert.deepEqual(locateImage("/images/harbour%20at%20dawn.jpg", input, "content"), {
      kind: "local",
      file: path.join(input, "images/harbour at dawn.jpg"),
    });
  });

  it("passes http and https URLs through without processing", () => {
    assert.deepEqual(locateImage("https://cdn.example.org/a.jpg", input, "content"), {
      kind: "remote",
      url: "https://cdn.example.org/a.jpg",
    });
  });

  it("refuses paths outside the images folder and other URL schemes", () => {
    for (const src of [
      "/images/../_data/site.json",
      "/../../etc/passwd",
      "/assets/logo.png",
      "file:///etc/passwd",
      "//evil.example/x.jpg",
    ]) {
      const location = locateImage(src, input, "content");
      assert.equal(location.kind, "invalid", src);
      if (location.kind === "invalid") assert.match(location.message, /expected a file under content\/images\//);
    }
  });
});
