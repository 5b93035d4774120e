import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { findContentError, type ContentError } from "../../src/articles/content-issue.ts";
import { buildFixture, temporaryFolder } from "../helpers/site.ts";
import { copyOfFixture, writeFiles } from "./payloads.ts";

const VALID = "date: 2026-01-05T09:00:00Z\nsection: news\n";

async function failedBuild(input: string, output: string): Promise<ContentError> {
  const { buildSite } = await import("../../src/build/build-site.ts");
  const error = await buildSite({ input, output }).then(
    () => assert.fail("the build succeeded"),
    (thrown: unknown) => thrown,
  );
  const contentError = findContentError(error);
  assert.ok(contentError, `a content error, not ${String(error)}`);
  return contentError;
}

describe("output stays inside the site", () => {
  it("refuses permalink and permalinkBypassOutputDir in front matter, naming file and field, and writes nothing", async () => {
    const input = copyOfFixture("hardening-base");
    const output = path.join(temporaryFolder(), "deep", "er", "site");
    writeFiles(input, {
      "articles/news/escape.md": `---\ntitle: Escape\n${VALID}permalink: ../../escaped.html\n---\n\nBody.\n`,
      "articles/news/bypass.md": `---\ntitle: Bypass\n${VALID}permalink: /bypassed.html\npermalinkBypassOutputDir: true\n---\n\nBody.\n`,
    });

    const error = await failedBuild(input, output);
    const fieldsOf = (file: string) => error.issues.filter((issue) => issue.file.endsWith(file)).map((issue) => issue.field);
    assert.deepEqual(fieldsOf("escape.md"), ["permalink"]);
    assert.deepEqual(fieldsOf("bypass.md").sort(), ["permalink", "permalinkBypassOutputDir"]);
    assert.match(error.message, /escape\.md:\d+: permalink: cannot be set in an article/);
    for (const written of [
      path.resolve(output, "../../escaped.html"),
      path.resolve(output, "escaped.html"),
      path.resolve("bypassed.html"),
      path.join(input, "bypassed.html"),
    ]) {
      assert.ok(!existsSync(written), `${written} was not written`);
    }
    assert.ok(!existsSync(output), "no output at all");
    // The content is refused before anything is written, so the output's parent may never have been made.
    const parent = path.dirname(output);
    assert.deepEqual(existsSync(parent) ? readdirSync(parent) : [], [], "no staging folder is left behind");
  });

  it("ignores Eleventy's computed data keys, which articles cannot reach", async () => {
    const input = copyOfFixture("hardening-base");
    writeFiles(input, {
      "articles/news/computed.md": `---\ntitle: Computed\n${VALID}eleventyComputed:\n  permalink: ../../computed-escape.html\n---\n\nBody.\n`,
    });
    const site = await buildFixture(input);
    assert.ok(site.exists("/news/computed/"), "the article is at its own URL");
    assert.ok(!existsSync(path.resolve(site.output, "../../computed-escape.html")));
    assert.ok(!existsSync(path.resolve(site.output, "computed-escape.html")));
  });

  it("rejects __proto__, constructor and prototype at any depth with a clear error and leaves Object.prototype clean", async () => {
    const input = copyOfFixture("hardening-base");
    const output = path.join(temporaryFolder(), "site");
    writeFiles(input, {
      "articles/news/proto.md": `---\ntitle: Proto\n${VALID}__proto__:\n  polluted: yes\n---\n\nBody.\n`,
      "articles/news/nested-proto.md": `---\ntitle: Nested\n${VALID}corrections:\n  - date: 2026-01-06\n    text: fixed\n    __proto__: { polluted: yes }\n---\n\nBody.\n`,
      "articles/news/constructor.md": `---\ntitle: Constructor\n${VALID}constructor:\n  prototype:\n    polluted: yes\n---\n\nBody.\n`,
      "articles/news/prototype.md": `---\ntitle: Prototype\n${VALID}image: { src: /x.jpg, alt: x, prototype: { polluted: yes } }\n---\n\nBody.\n`,
    });

    const error = await failedBuild(input, output);
    const byFile = (file: string) => error.issues.find((issue) => path.basename(issue.file) === file);
    assert.equal(byFile("proto.md")?.field, "__proto__");
    assert.equal(byFile("nested-proto.md")?.field, "corrections.0.__proto__");
    assert.equal(byFile("constructor.md")?.field, "constructor");
    assert.equal(byFile("prototype.md")?.field, "image.prototype");
    for (const issue of error.issues) assert.match(issue.message, /is a reserved name/);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(!existsSync(output));
  });
});
