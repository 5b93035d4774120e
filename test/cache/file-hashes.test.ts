import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { describe, it } from "node:test";
import { forgetVerifiedHashes, openFileHashes, rememberedHashes } from "../../src/cache/file-hashes.ts";
import { contentDigest } from "../../src/util/folder-digest.ts";
import { temporaryFolder } from "../helpers/site.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** A clock a minute after now: every file written by the test has settled. */
const later = () => Date.now() + 60_000;

function setUp() {
  const dir = temporaryFolder();
  const file = path.join(dir, "photo.jpg");
  writeFileSync(file, "first bytes");
  return { dir, file, memo: path.join(dir, "cache", "file-hashes.v8") };
}

describe("file hashes remembered by stamp", () => {
  it("give the SHA-256 of the file's bytes", () => {
    const { file, memo } = setUp();
    assert.equal(openFileHashes(memo, later()).hashOf(file), sha256("first bytes"));
    assert.equal(openFileHashes(undefined).hashOf(file), sha256("first bytes"));
  });

  it("answer an unchanged file from the memo the last opening saved, without reading it", () => {
    const { file, memo } = setUp();
    const first = openFileHashes(memo, later());
    first.hashOf(file);
    first.save();
    // Proof that the memo is read: an entry changed on disk comes back as changed.
    const stored = v8.deserialize(readFileSync(memo)) as Map<string, { stamp: string; hash: string }>;
    for (const entry of stored.values()) entry.hash = "from the memo";
    writeFileSync(memo, v8.serialize(stored));
    assert.equal(openFileHashes(memo, later()).hashOf(file), "from the memo");
  });

  it("read a file again once it was rewritten, even with its size and modification time put back", () => {
    const { file, memo } = setUp();
    // Whole seconds, which the file system keeps exactly.
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const first = openFileHashes(memo, later());
    first.hashOf(file);
    first.save();
    writeFileSync(file, "other bytes");
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    assert.equal(statSync(file).mtimeMs, 1_700_000_000_000);
    assert.equal(openFileHashes(memo, later()).hashOf(file), sha256("other bytes"));
  });

  it("do not remember a file changed moments ago, which could change again within one tick", () => {
    const { file, memo } = setUp();
    const now = openFileHashes(memo, Date.now());
    assert.equal(now.hashOf(file), sha256("first bytes"));
    now.save();
    assert.equal(existsSync(memo), false);
  });

  it("keep only the files asked for at the last opening", () => {
    const { dir, file, memo } = setUp();
    const other = path.join(dir, "other.jpg");
    writeFileSync(other, "other");
    const first = openFileHashes(memo, later());
    first.hashOf(file);
    first.hashOf(other);
    first.save();
    const second = openFileHashes(memo, later());
    second.hashOf(file);
    second.save();
    assert.deepEqual([...(v8.deserialize(readFileSync(memo)) as Map<string, unknown>).keys()], [file]);
  });

  it("give contentDigest the digest it makes by reading every file", () => {
    const { dir, memo } = setUp();
    const hashes = openFileHashes(memo, later());
    assert.equal(contentDigest(dir, hashes.hashOf), contentDigest(dir));
    hashes.save();
    assert.equal(contentDigest(dir, openFileHashes(memo, later()).hashOf), contentDigest(dir));
  });
});

describe("rememberedHashes", () => {
  it("answers a file whose stamp is unchanged from the memo, never reading it, and forgets nothing", () => {
    const { file, memo } = setUp();
    const hashes = openFileHashes(memo, later());
    hashes.hashOf(file);
    hashes.save();
    const before = readFileSync(memo);
    // As the next build's load finds it, in another process.
    forgetVerifiedHashes();
    const remembered = rememberedHashes(memo);
    assert.equal(remembered(file), sha256("first bytes"));
    assert.equal(remembered(path.join(path.dirname(file), "never-hashed.jpg")), undefined);
    assert.ok(readFileSync(memo).equals(before), "asking writes nothing");
  });

  it("answers nothing for a file changed since it was hashed, nor when there is no memo", () => {
    const { file, memo } = setUp();
    const hashes = openFileHashes(memo, later());
    hashes.hashOf(file);
    hashes.save();
    writeFileSync(file, "other bytes");
    forgetVerifiedHashes();
    assert.equal(rememberedHashes(memo)(file), undefined);
    assert.equal(rememberedHashes(path.join(path.dirname(memo), "missing.v8"))(file), undefined);
  });

  it("answers, until the build ends, what that build's check verified, as the check saw it", () => {
    const { file, memo } = setUp();
    const hashes = openFileHashes(memo, later());
    hashes.hashOf(file);
    hashes.save();
    // An edit after the check: the build goes on with the content its key was taken from.
    writeFileSync(file, "other bytes");
    assert.equal(rememberedHashes(memo)(file), sha256("first bytes"));
    forgetVerifiedHashes();
    assert.equal(rememberedHashes(memo)(file), undefined, "the next build stamps the file again");
  });
});
