import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PARSE_TASK, parseArticles } from "../../src/articles/parse-task.ts";
import { internalLinkCandidates } from "../../src/markdown/body-links.ts";
import { parseArticle } from "../../src/articles/load.ts";
import { openThreadPool } from "../../src/util/thread-pool.ts";

const items = Array.from({ length: 40 }, (_, index) => ({
  file: `content/articles/world/2026-05-${String((index % 28) + 1).padStart(2, "0")}-story-${index}.md`,
  source:
    index % 7 === 3
      ? `---\ntitle: Missing section ${index}\ndate: 2026-05-01\n---\nBody`
      : `---\ntitle: "Story ${index}"\ndate: 2026-05-01T10:00:00Z\nsection: world\ntags: [port, council]\n---\n\n${"word ".repeat(30_000)}\n`,
}));

describe("parsing articles on the build's threads", () => {
  it("gives each file the article, dates and messages that parsing it here gives", async () => {
    const pool = openThreadPool({ threads: 1, threshold: 0 });
    try {
      const shared = await pool.map(PARSE_TASK, items, { sectionSlugs: ["world"] });
      assert.deepEqual(
        shared,
        items.map(({ file, source }) => ({ result: parseArticle(file, source, ["world"]) })),
      );
      assert.ok(shared[0]?.result.article?.date instanceof Date);
      assert.match(shared[3]?.result.issues[0]?.field ?? "", /section/);
    } finally {
      pool.close();
    }
  });
});

describe("parseArticles with the site's host", () => {
  it("scans each valid body for the links the link check scans it for, and no rejected one", () => {
    const linking = [
      {
        file: "content/articles/world/2026-05-01-a.md",
        source:
          "---\ntitle: A\ndate: 2026-05-01\nsection: world\n---\n\nSee [the port](/world/port/) and [elsewhere](https://other.example/x).\n",
      },
      { file: "content/articles/world/2026-05-02-b.md", source: "---\ntitle: B\ndate: 2026-05-02\n---\n\nSee [the port](/world/port/).\n" },
    ];
    const [valid, rejected] = parseArticles(linking, { sectionSlugs: ["world"], siteHost: "news.example" });
    const body = valid?.result.article?.body ?? "";
    assert.deepEqual(valid?.links, internalLinkCandidates(body, "news.example"));
    assert.deepEqual(
      valid?.links?.map((link) => link.href),
      ["/world/port/", "https://other.example/x"],
    );
    assert.equal(rejected?.result.article, undefined);
    assert.equal(rejected?.links, undefined);
  });
});
