import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { lazily } from "../../src/util/lazy-require.ts";

const require = createRequire(import.meta.url);

test("a lazily required package is loaded on its first use, not before, and only once", () => {
  const file = require.resolve("reading-time");
  const load = lazily<(text: string) => { words: number }>("reading-time");
  assert.equal(require.cache[file], undefined, "asking for the loader must not load the package");
  const first = load();
  assert.ok(require.cache[file], "the first use loads it");
  assert.equal(load(), first);
  assert.equal(first("two words").words, 2);
});
