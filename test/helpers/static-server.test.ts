import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { temporaryFolder } from "./site.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

describe("the static server of the browser tests", () => {
  let root: string;
  let server: StaticServer;
  before(async () => {
    root = path.join(temporaryFolder("newsroom-static-"), "site");
    mkdirSync(path.join(root, "world", "story"), { recursive: true });
    mkdirSync(path.join(root, "empty"));
    writeFileSync(path.join(root, "index.html"), "<h1>Home</h1>");
    writeFileSync(path.join(root, "404.html"), "<h1>Not found</h1>");
    writeFileSync(path.join(root, "world", "story", "index.html"), "<h1>Story</h1>");
    writeFileSync(path.join(root, "site.css"), "body{}");
    writeFileSync(path.join(root, "search.js"), "export {};");
    writeFileSync(path.join(root, "..", "secret.txt"), "outside");
    server = await serveStatic(root);
  });
  after(() => server?.close());

  const get = (url: string) => fetch(`${server.origin}${url}`, { redirect: "manual" });

  it("listens on the loopback interface", () => {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves index.html for a folder, with the HTML content type", async () => {
    const response = await get("/world/story/");
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "text/html; charset=utf-8");
    assert.equal(await response.text(), "<h1>Story</h1>");
  });

  it("redirects a folder asked for without its slash", async () => {
    const response = await get("/world/story");
    assert.equal(response.status, 301);
    assert.equal(response.headers.get("location"), "/world/story/");
  });

  it("gives stylesheets and module scripts the types browsers insist on", async () => {
    assert.equal((await get("/site.css")).headers.get("content-type"), "text/css; charset=utf-8");
    assert.equal((await get("/search.js")).headers.get("content-type"), "text/javascript; charset=utf-8");
  });

  it("answers a missing file or a folder without index.html with 404.html and status 404", async () => {
    for (const url of ["/nothing/here/", "/missing.css", "/empty/"]) {
      const response = await get(url);
      assert.equal(response.status, 404, url);
      assert.equal(await response.text(), "<h1>Not found</h1>", url);
    }
  });

  it("never serves a file outside its folder", async () => {
    for (const url of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt"]) {
      const response = await get(url);
      assert.equal(response.status, 404, url);
      assert.doesNotMatch(await response.text(), /outside/, url);
    }
  });
});
