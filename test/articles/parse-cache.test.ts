import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/articles/load.ts";
import { ParseCache } from "../../src/articles/parse-cache.ts";
import { cacheIn } from "../helpers/build-cache.ts";
import { temporaryFolder } from "../helpers/site.ts";
import { SHARD_EXTENSION } from "../../src/cache/shard-store.ts";
import { FILE_HASHES } from "../../src/cache/build-cache.ts";
import { forgetVerifiedHashes, openFileHashes } from "../../src/cache/file-hashes.ts";
import { identityOf } from "../../src/articles/article-identity.ts";

const SECTIONS = ["world", "sport"];
const FILE = "content/articles/world/2026-01-01-harbour.md";
const SOURCE = `---
title: Harbour reopens
date: 2026-01-01T08:00:00Z
updated: 2026-01-02
section: world
summary: The harbour reopened.
author: [Maren Okafor, Lee Chan]
tags: [ports]
corrections:
  - date: 2026-01-03
    text: The ferry's name was wrong.
---

The harbour reopened on **Monday**.
`;

/** Results compared as a build would see them: JSON with dates, plus the dates' types. */
function assertSameResult(actual: ReturnType<typeof parseArticle>, expected: ReturnType<typeof parseArticle>): void {
  assert.equal(JSON.stringify(actual), JSON.stringify(expected));
  assert.ok(actual.article?.date instanceof Date && actual.article.updated instanceof Date);
  assert.ok(actual.article?.corrections[0]?.date instanceof Date);
}

describe("the parse cache", () => {
  it("gives what parsing gives, dates as dates and the body whole, also after being reopened", async () => {
    const dir = temporaryFolder();
    const first = await ParseCache.open(cacheIn(dir));
    assertSameResult(first.parse(FILE, SOURCE, SECTIONS), parseArticle(FILE, SOURCE, SECTIONS));
    await first.save();
    const second = await ParseCache.open(cacheIn(dir));
    const cached = second.parse(FILE, SOURCE, SECTIONS);
    assertSameResult(cached, parseArticle(FILE, SOURCE, SECTIONS));
    assert.equal(cached.article?.body, parseArticle(FILE, SOURCE, SECTIONS).article?.body);
  });

  it("answers from its store, and parses again when the text or the sections change", async () => {
    const dir = temporaryFolder();
    const cache = await ParseCache.open(cacheIn(dir));
    cache.parse(FILE, SOURCE, SECTIONS);
    await cache.save();
    // Proof that the store is read: an entry changed on disk comes back as changed.
    const shard = readdirSync(dir, { recursive: true, encoding: "utf8" }).find((name) => name.endsWith(SHARD_EXTENSION));
    const shardFile = path.join(dir, shard ?? "");
    const stored = JSON.stringify([...(v8.deserialize(readFileSync(shardFile)) as Map<string, unknown>)]);
    writeFileSync(
      shardFile,
      v8.serialize(new Map(JSON.parse(stored.replace("Harbour reopens", "Read from the store")) as [string, unknown][])),
    );

    const reopened = await ParseCache.open(cacheIn(dir));
    assert.equal(reopened.parse(FILE, SOURCE, SECTIONS).article?.title, "Read from the store");
    assert.equal(reopened.parse(FILE, SOURCE.replace("Harbour reopens", "Harbour closes"), SECTIONS).article?.title, "Harbour closes");
    assert.equal(reopened.parse(FILE, SOURCE, ["sport"]).article, undefined, "world is no longer a section");
  });

  it("parses the text it is given after being asked about another text of the same file", async () => {
    const cache = await ParseCache.open(cacheIn(temporaryFolder()));
    cache.parse(FILE, SOURCE, SECTIONS);
    assert.equal(cache.has(FILE, SOURCE, SECTIONS), true);
    const edited = SOURCE.replace("Harbour reopens", "Harbour closes");
    assert.equal(cache.parse(FILE, edited, SECTIONS).article?.title, "Harbour closes");
    assert.equal(cache.has(FILE, edited, SECTIONS), true);
    assert.equal(cache.has(FILE, edited, ["sport"]), false, "other sections are another key");
    assert.equal(cache.parse(FILE, edited, ["sport"]).article, undefined);
  });

  it("keeps errors and warnings as parsing reports them", async () => {
    const dir = temporaryFolder();
    const broken = SOURCE.replace("date: 2026-01-01T08:00:00Z", "date: 2026-02-30");
    const first = await ParseCache.open(cacheIn(dir));
    first.parse(FILE, broken, SECTIONS);
    await first.save();
    const reopened = await ParseCache.open(cacheIn(dir));
    assert.deepEqual(reopened.parse(FILE, broken, SECTIONS), parseArticle(FILE, broken, SECTIONS));
    assert.match(JSON.stringify(reopened.parse(FILE, broken, SECTIONS).issues), /not a real date/);
  });

  it("knows a parsed file that has not changed since the unchanged-build check hashed it, without reading it", async () => {
    const dir = temporaryFolder();
    const absolute = path.join(temporaryFolder(), "harbour.md");
    writeFileSync(absolute, SOURCE);
    const first = await ParseCache.open(cacheIn(dir));
    first.parse(FILE, SOURCE, SECTIONS);
    await first.save();
    assert.equal((await ParseCache.open(cacheIn(dir))).known(absolute, FILE, SECTIONS), undefined, "not before the check hashed it");

    // What the unchanged-build check leaves beside the manifests (with a clock at which the file has settled).
    const memo = path.join(cacheIn(dir).folder("manifest"), FILE_HASHES);
    mkdirSync(path.dirname(memo), { recursive: true });
    const hashes = openFileHashes(memo, Date.now() + 60_000);
    hashes.hashOf(absolute);
    hashes.save();
    const known = (await ParseCache.open(cacheIn(dir))).known(absolute, FILE, SECTIONS);
    const parsed = parseArticle(FILE, SOURCE, SECTIONS);
    const { body, ...fields } = parsed.article ?? { body: "" };
    assert.deepEqual({ ...known?.result.article, body: undefined }, { ...fields, body: undefined });
    assert.equal(known?.bodyLength, body.length);
    assert.equal(typeof known?.body === "string" ? known.body : known?.body.text(), body, "the body, read from the file when asked for");
    assert.equal((await ParseCache.open(cacheIn(dir))).known(absolute, FILE, ["sport"]), undefined, "other sections, another key");
    const identity = known && identityOf(known.result.article);
    assert.ok(identity, "a known source is named by its key");
    assert.equal(
      identityOf((await ParseCache.open(cacheIn(dir))).parse(FILE, SOURCE, SECTIONS).article ?? {}),
      identity,
      "as when it is parsed",
    );

    // The next build, after an edit.
    forgetVerifiedHashes();
    writeFileSync(absolute, SOURCE.replace("Harbour reopens", "Harbour closes"));
    assert.equal((await ParseCache.open(cacheIn(dir))).known(absolute, FILE, SECTIONS), undefined, "a changed file is read again");
  });

  it("names each source it gives by its file's path and text and the sections", async () => {
    const cache = await ParseCache.open(cacheIn(temporaryFolder()));
    const identity = (file: string, source: string, sections: string[]) => identityOf(cache.parse(file, source, sections).article ?? {});
    const first = identity(FILE, SOURCE, SECTIONS);
    assert.ok(first);
    assert.equal(identity(FILE, SOURCE, SECTIONS), first, "the same file again, from the store");
    assert.notEqual(identity(FILE, SOURCE.replace("Monday", "Tuesday"), SECTIONS), first, "another text");
    assert.notEqual(identity(FILE.replace("harbour", "port"), SOURCE, SECTIONS), first, "another path");
    assert.notEqual(identity(FILE, SOURCE, [...SECTIONS, "culture"]), first, "other sections");
  });
});
