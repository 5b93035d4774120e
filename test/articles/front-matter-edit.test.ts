import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addAlias, frontMatterLines, joinLines, setField } from "../../src/articles/front-matter-edit.ts";

function edit(text: string, change: (matter: NonNullable<ReturnType<typeof frontMatterLines>>) => void): string {
  const matter = frontMatterLines(text);
  assert.ok(matter);
  change(matter);
  return joinLines(matter);
}

describe("front matter edits", () => {
  it("replaces a field's value, keeping its comment, and leaves the body alone", () => {
    const text = "---\ntitle: A\nsection: world   # where it goes\n---\n\nsection: world\n";
    assert.equal(
      edit(text, (matter) => setField(matter, "section", "sport")),
      "---\ntitle: A\nsection: sport   # where it goes\n---\n\nsection: world\n",
    );
  });

  it("adds to a one-line list of aliases and to a list written at the left margin", () => {
    assert.equal(
      edit("---\naliases: [/a/]\n---\n", (matter) => addAlias(matter, "/b/")),
      "---\naliases: [/a/, /b/]\n---\n",
    );
    assert.equal(
      edit("---\naliases: []\n---\n", (matter) => addAlias(matter, "/b/")),
      "---\naliases: [/b/]\n---\n",
    );
    assert.equal(
      edit("---\naliases:\n- /a/\ntitle: T\n---\n", (matter) => addAlias(matter, "/b/")),
      "---\naliases:\n- /a/\n- /b/\ntitle: T\n---\n",
    );
  });

  it("keeps Windows line ends in the lines it adds", () => {
    const text = "---\r\ntitle: A\r\n---\r\nBody\r\n";
    assert.equal(
      edit(text, (matter) => addAlias(matter, "/b/")),
      "---\r\ntitle: A\r\naliases: [/b/]\r\n---\r\nBody\r\n",
    );
  });

  it("refuses a shape of aliases it cannot extend", () => {
    assert.equal(frontMatterLines("---\naliases: /a/\n---\n") && addAlias(frontMatterLines("---\naliases: /a/\n---\n")!, "/b/"), false);
  });
});
