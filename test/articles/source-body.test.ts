import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BodyInSourceFile } from "../../src/articles/source-body.ts";
import { textHash } from "../../src/util/text-store.ts";
import { temporaryFolder } from "../helpers/site.ts";

const HEAD = "---\ntitle: Ferry\n---\n";
const BODY = "The ferry runs again. Ça va.\n";

function setUp() {
  const file = path.join(temporaryFolder(), "ferry.md");
  writeFileSync(file, HEAD + BODY);
  return { file, body: new BodyInSourceFile(textHash(BODY), { path: file, shown: "articles/ferry.md" }, HEAD.length) };
}

describe("a body left in its source file", () => {
  it("is read from the file only when asked for, and fingerprints by its hash", () => {
    const { body } = setUp();
    assert.equal(body.text(), BODY);
    assert.equal(JSON.stringify({ body }), JSON.stringify({ body: textHash(BODY) }));
  });

  it("fails, naming the file, when the file no longer holds the body it was known by", () => {
    const { file, body } = setUp();
    writeFileSync(file, `${HEAD}Changed while the build ran.\n`);
    assert.throws(() => body.text(), /^Error: articles\/ferry\.md changed while the build was reading it; build again$/);
  });
});
