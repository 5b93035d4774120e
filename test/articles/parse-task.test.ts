import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PARSE_TASK } from "../../src/articles/parse-task.ts";
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
        items.map(({ file, source }) => parseArticle(file, source, ["world"])),
      );
      assert.ok(shared[0]?.article?.date instanceof Date);
      assert.match(shared[3]?.issues[0]?.field ?? "", /section/);
    } finally {
      pool.close();
    }
  });
});
