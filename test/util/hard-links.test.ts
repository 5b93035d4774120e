import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { createLinker } from "../../src/util/hard-links.js";
import { temporaryFolder } from "../helpers/site.ts";

/** A folder on another file system than the temporary folder's, where one is mounted (tmpfs). */
function otherFileSystem(folder: string): string | undefined {
  if (!existsSync("/dev/shm") || statSync("/dev/shm").dev === statSync(folder).dev) return undefined;
  const other = mkdtempSync("/dev/shm/newsroom-links-");
  process.on("exit", () => rmSync(other, { recursive: true, force: true }));
  return other;
}

describe("createLinker", () => {
  for (const mode of ["sync", "put"] as const) {
    it(`gives a file a second name, the same file (${mode})`, async () => {
      const folder = temporaryFolder();
      const from = path.join(folder, "cached.webp");
      writeFileSync(from, "image bytes");
      const to = path.join(folder, "published.webp");
      await createLinker()[mode](from, to);
      assert.equal(statSync(to).ino, statSync(from).ino);
    });

    it(`replaces a stale file at the second name (${mode})`, async () => {
      const folder = temporaryFolder();
      const from = path.join(folder, "cached.webp");
      const to = path.join(folder, "published.webp");
      writeFileSync(from, "new bytes");
      writeFileSync(to, "stale bytes");
      await createLinker()[mode](from, to);
      assert.equal(statSync(to).ino, statSync(from).ino);
      assert.equal(readFileSync(to, "utf8"), "new bytes");
    });

    it(`copies where the second name is on another file system (${mode})`, async (t) => {
      const folder = temporaryFolder();
      const other = otherFileSystem(folder);
      if (!other) return t.skip("no second file system mounted at /dev/shm");
      const from = path.join(folder, "cached.webp");
      writeFileSync(from, "image bytes");
      const linker = createLinker();
      for (const name of ["a.webp", "b.webp"]) {
        await linker[mode](from, path.join(other, name));
        assert.equal(readFileSync(path.join(other, name), "utf8"), "image bytes");
      }
    });
  }

  it("throws what a copy would not mend: a source that is not there", async () => {
    const folder = temporaryFolder();
    const linker = createLinker();
    assert.throws(() => linker.sync(path.join(folder, "gone"), path.join(folder, "to")), { code: "ENOENT" });
    await assert.rejects(linker.put(path.join(folder, "gone"), path.join(folder, "to")), { code: "ENOENT" });
  });
});
