import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import v8 from "node:v8";
import { describe, it } from "node:test";
import { setTimeout as delay } from "node:timers/promises";
import { buildCacheAt, cacheFolder, openBuildCache } from "../../src/cache/build-cache.ts";
import { SETTLED_MS } from "../../src/cache/file-hashes.ts";
import { cacheIn } from "../helpers/build-cache.ts";
import { fixture, PROJECT_ROOT, runCli, temporaryFolder } from "../helpers/site.ts";
import { writeFiles } from "../security/payloads.ts";

/** Every file of a built site, path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, absolute), readFileSync(absolute)];
    }),
  );
}

function build(input: string, cache: string): string {
  const output = path.join(temporaryFolder(), "site");
  const result = runCli("src/cli/build.ts", [`--input=${input}`, `--output=${output}`], { NEWSROOM_CACHE_DIR: cache });
  assert.equal(result.status, 0, result.stderr);
  return output;
}

function assertSameSite(actual: string, expected: string): void {
  const [got, want] = [snapshot(actual), snapshot(expected)];
  assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort());
  for (const [file, bytes] of want) assert.ok(bytes.equals(got.get(file)!), `${file} differs from the cold build's`);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("the build cache", () => {
  it("gives byte-identical output to a cold build after one article changed, in a fresh process, reusing unchanged pages", () => {
    const input = path.join(temporaryFolder(), "content");
    cpSync(fixture("basic"), input, { recursive: true });
    const cache = path.join(temporaryFolder(), "cache");
    build(input, cache);
    const stores = readdirSync(cache, { recursive: true, encoding: "utf8" });
    for (const store of ["parsed-", "render-", "pages-", "search-"])
      assert.ok(
        stores.some((name) => name.includes(store)),
        `the first build fills the ${store} store`,
      );

    const article = path.join(input, "articles/world/2026-01-03-world-story-3.md");
    writeFileSync(
      article,
      readFileSync(article, "utf8").replace(
        /\n---\n/,
        "\n---\n\n## An added subheading\n\nA new paragraph with a [link](https://example.org/).\n",
      ),
    );
    const warm = build(input, cache);
    const cold = build(input, "off");
    assertSameSite(warm, cold);
    assert.match(readFileSync(path.join(warm, "world/world-story-3/index.html"), "utf8"), /id="an-added-subheading"/);
    // A page the edit does not touch comes from the page cache (a hard link), not from rendering.
    assert.ok(statSync(path.join(warm, "404.html")).nlink >= 2);
    assert.equal(statSync(path.join(cold, "404.html")).nlink, 1);
  });

  it("gives byte-identical output after an edit when the unchanged articles are known by their stamps and not read", async () => {
    const input = path.join(temporaryFolder(), "content");
    cpSync(fixture("basic"), input, { recursive: true });
    // A file is remembered by its stamp once it is older than the file system's clock can tell apart.
    await delay(SETTLED_MS + 100);
    const cache = path.join(temporaryFolder(), "cache");
    build(input, cache);
    const article = path.join(input, "articles/world/2026-01-03-world-story-3.md");
    writeFileSync(article, readFileSync(article, "utf8").replace(/\n---\n/, "\n---\n\nA paragraph added by the edit.\n"));
    assertSameSite(build(input, cache), build(input, "off"));
  });

  it("renders again a page that a tool rewrote in place in the last build's output", () => {
    const input = path.join(temporaryFolder(), "content");
    cpSync(fixture("basic"), input, { recursive: true });
    const cache = path.join(temporaryFolder(), "cache");
    const first = build(input, cache);
    writeFileSync(path.join(first, "world/world-story-1/index.html"), "<!doctype html><p>rewritten in place</p>");
    assertSameSite(build(input, cache), build(input, "off"));
  });

  it("lives in .cache/newsroom unless NEWSROOM_CACHE_DIR says otherwise, and can be turned off", () => {
    const folder = (env: NodeJS.ProcessEnv) => cacheFolder({ env, projectRoot: PROJECT_ROOT });
    assert.match(folder({}) ?? "", /\.cache[\\/]newsroom$/);
    assert.equal(folder({ NEWSROOM_CACHE_DIR: "/tmp/somewhere" }), path.resolve("/tmp/somewhere"));
    assert.equal(folder({ NEWSROOM_CACHE_DIR: "off" }), undefined);
  });
});

describe("openBuildCache", () => {
  const open = (env: NodeJS.ProcessEnv, contentDir = "content") =>
    openBuildCache({ env, projectRoot: PROJECT_ROOT, contentDir, mode: "once" });

  it("gives no cache at all when NEWSROOM_CACHE_DIR is off", () => {
    assert.equal(open({ NEWSROOM_CACHE_DIR: "off" }), undefined);
  });

  it("turns off only the stores NEWSROOM_CACHE_WITHOUT names: they answer nothing and write nothing", async () => {
    const dir = temporaryFolder();
    const cache = open({ NEWSROOM_CACHE_DIR: dir, NEWSROOM_CACHE_WITHOUT: "render,images" });
    assert.ok(cache);
    assert.deepEqual(
      (["parse", "render", "pages", "search-terms", "images"] as const).map((store) => cache.has(store)),
      [true, false, true, true, false],
    );
    const render = await cache.byteEntries("render");
    render.set(cache.key("render", "body"), { bytes: Buffer.from("<p>body</p>") });
    assert.equal(render.get(cache.key("render", "body")), undefined);
    await render.save();
    const parse = await cache.entries<string>("parse");
    parse.set(cache.key("parse", "file"), "parsed");
    await parse.save();
    const folders = readdirSync(dir, { recursive: true, encoding: "utf8" });
    assert.ok(folders.some((name) => path.basename(name).startsWith("parsed-")));
    assert.ok(!folders.some((name) => path.basename(name).startsWith("render-")));
  });

  it("keys an entry by its store and each of its parts, the same for the same content", () => {
    const cache = cacheIn(temporaryFolder());
    assert.equal(cache.key("parse", "a", "b"), cache.key("parse", "a", "b"));
    assert.notEqual(cache.key("parse", "a", "b"), cache.key("parse", "ab"));
    assert.notEqual(cache.key("parse", "a"), cache.key("render", "a"));
    assert.match(cache.key("pages", "a"), /^[0-9a-f]{64}$/);
  });

  it("gives each content folder its own stores, named by their code version, and shares the images", () => {
    const dir = temporaryFolder();
    const [first, second] = [cacheIn(dir, "content"), cacheIn(dir, "other-content")];
    assert.notEqual(first.folder("parse"), second.folder("parse"));
    assert.equal(first.folder("images"), path.join(dir, "images"));
    assert.equal(first.folder("images"), second.folder("images"));
    assert.match(path.basename(first.folder("render")), /^render-[0-9a-f]{16}$/);
    assert.match(path.basename(first.folder("parse")), /^parsed-[0-9a-f]{16}$/);
  });

  it("keeps the images' keys when the cache's own code changes, and the rendered bodies' only while it does not", () => {
    // A process reads its code's version once: each state of the code is a project folder of its own.
    const keys = (cacheCode: string, renderCode: string) => {
      const root = temporaryFolder();
      writeFiles(root, { "package-lock.json": "{}", "src/cache/shard-store.ts": cacheCode, "src/markdown/render.ts": renderCode });
      const cache = buildCacheAt({ dir: temporaryFolder(), contentDir: "content", projectRoot: root, mode: "once", without: [] });
      return { images: cache.key("images", "photo"), render: cache.key("render", "body") };
    };
    const before = keys("export const format = 1;", "export const renderer = 1;");
    assert.deepEqual(keys("export const format = 1;", "export const renderer = 1;"), before, "the same code, the same keys");
    const after = keys("export const format = 2;", "export const renderer = 1;");
    assert.equal(after.images, before.images, "no photo is encoded again for a change to the cache's code");
    assert.notEqual(after.render, before.render);
    assert.notEqual(keys("export const format = 2;", "export const renderer = 2;").render, after.render);
  });

  it("remembers a photo's hash in the images' folder once saved, and reads the photo again once it changed", async () => {
    const dir = temporaryFolder();
    const photo = path.join(temporaryFolder(), "photo.jpg");
    writeFileSync(photo, "pixels");
    // A file changed within the last two seconds is not remembered (file-hashes.ts).
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const first = cacheIn(dir);
    const hash = first.fileHash("images", photo);
    first.saveFileHashes();
    const memo = path.join(first.folder("images"), "source-hashes.v8");
    const stored = v8.deserialize(readFileSync(memo)) as Map<string, { stamp: string; hash: string }>;
    assert.equal(stored.get(photo)?.hash, hash);
    stored.set(photo, { stamp: stored.get(photo)?.stamp ?? "", hash: "remembered" });
    writeFileSync(memo, v8.serialize(stored));
    assert.equal(cacheIn(dir).fileHash("images", photo), "remembered", "read from the memo, not from the photo");
    writeFileSync(photo, "other pixels");
    assert.equal(cacheIn(dir).fileHash("images", photo), sha256("other pixels"));
  });

  it("drops the entries a one-off build did not use, and keeps them in the preview, which reuses its open store", async () => {
    const once = cacheIn(temporaryFolder());
    const first = await once.entries<string>("parse");
    first.set("aa", "old");
    await first.save();
    const second = await once.entries<string>("parse");
    second.set("bb", "new");
    await second.save();
    const third = await once.entries<string>("parse");
    assert.deepEqual([third.get("aa"), third.get("bb")], [undefined, "new"]);

    const dir = temporaryFolder();
    const preview = cacheIn(dir, "content", "preview");
    const before = await preview.entries<string>("parse");
    before.set("aa", "old");
    await before.save();
    const after = await preview.entries<string>("parse");
    after.set("bb", "new");
    await after.save();
    const reread = await cacheIn(dir, "content", "once").entries<string>("parse");
    assert.deepEqual([reread.get("aa"), reread.get("bb")], ["old", "new"]);
  });
});
