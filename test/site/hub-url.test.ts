import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { siteSchema } from "../../src/site/schema.ts";

const site = (websub: unknown) => siteSchema.safeParse({ title: "T", url: "https://example.org", language: "en", websub });

describe("site.json websub", () => {
  it("accepts an https hub, and plain http only for a hub on this machine", () => {
    for (const hub of ["https://pubsubhubbub.appspot.com/", "http://127.0.0.1:8099/hub", "http://localhost/hub"])
      assert.ok(site(hub).success, hub);
  });

  it("refuses plain http elsewhere, other schemes, credentials and non-URLs, saying what is expected", () => {
    for (const hub of [
      "http://hub.example.org/",
      "javascript:alert(1)",
      "https://user:secret@hub.example.org/",
      "hub.example.org",
      "https://hub.example.org/ x",
    ]) {
      const result = site(hub);
      assert.ok(!result.success, hub);
      assert.match(result.error.issues[0]!.message, /is not an https:\/\/ URL \(expected the hub's address/);
    }
  });
});
