import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { assertSafeUrl, isInside, pageFile } from "../../src/urls/output-paths.ts";

describe("assertSafeUrl", () => {
  it("accepts the URLs the build makes", () => {
    for (const url of ["/", "/news/", "/news/harbour-strike-ends/", "/404.html", "/news/page/2/", "/feed.xml"]) {
      assert.equal(assertSafeUrl(url), url);
    }
  });

  it("refuses a URL that could resolve outside the output folder, quoting it", () => {
    const unsafe = [
      "../../x.html",
      "/../x.html",
      "/news/../../x.html",
      "/news/..",
      "/./x.html",
      "news/x/",
      "/news\\..\\..\\x.html",
      "/news/x\0.html",
      "",
    ];
    for (const url of unsafe) {
      assert.throws(
        () => assertSafeUrl(url),
        (error: Error) => error.message.includes(JSON.stringify(url)) && /outside the output folder/.test(error.message),
        url,
      );
    }
  });
});

describe("isInside", () => {
  const output = path.join(path.sep, "srv", "site.staging-1");

  it("accepts files and folders below the folder", () => {
    assert.ok(isInside(output, path.join(output, "index.html")));
    assert.ok(isInside(output, path.join(output, "news", "a", "index.html")));
    assert.ok(isInside(output, path.join(output, "news", "..", "index.html")), "after resolving, it is still inside");
    assert.ok(isInside(output, path.join(output, "..foo", "index.html")), "a name that merely starts with two dots");
  });

  it("refuses the folder itself, its parents, siblings sharing its name as a prefix and other roots", () => {
    assert.ok(!isInside(output, output));
    assert.ok(!isInside(output, path.join(output, "..", "x.html")));
    assert.ok(!isInside(output, path.join(output, "news", "..", "..", "x.html")));
    assert.ok(!isInside(output, `${output}-other${path.sep}index.html`));
    assert.ok(!isInside(output, path.join(path.sep, "etc", "passwd")));
  });

  it("judges relative paths against the working directory, as the file system does", () => {
    assert.ok(isInside("site", path.join("site", "index.html")));
    assert.ok(!isInside("site", path.join("site", "..", "content", "a.md")));
  });
});

describe("pageFile", () => {
  it("writes a page URL as the index.html of its folder and a file URL as itself", () => {
    assert.equal(pageFile("/site", "/world/story/"), path.join("/site", "world/story/index.html"));
    assert.equal(pageFile("/site", "/feed.xml"), path.join("/site", "feed.xml"));
  });

  it("refuses a URL that could leave the output folder", () => {
    assert.throws(() => pageFile("/site", "/../etc/"), /outside the output folder/);
  });
});
