import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { writeSearchIndex } from "../../src/search/write-index.ts";
import { temporaryFolder } from "../helpers/site.ts";

describe("writing the search index", () => {
  it("writes every file under the site folder, making its folders", async () => {
    const site = temporaryFolder();
    await writeSearchIndex(
      [
        { url: "/search/index/meta.json", body: "{}" },
        { url: "/search/index/terms/61-62.json", body: '{"ab":[0,1]}' },
      ],
      site,
    );
    assert.deepEqual(readdirSync(path.join(site, "search/index"), { recursive: true, encoding: "utf8" }).sort(), [
      "meta.json",
      "terms",
      path.join("terms", "61-62.json"),
    ]);
    assert.equal(readFileSync(path.join(site, "search/index/terms/61-62.json"), "utf8"), '{"ab":[0,1]}');
  });

  it("refuses a file outside the site folder", async () => {
    const site = temporaryFolder();
    await assert.rejects(writeSearchIndex([{ url: "/../escaped.json", body: "{}" }], site), /outside the output folder/);
    assert.deepEqual(readdirSync(site), []);
  });
});
