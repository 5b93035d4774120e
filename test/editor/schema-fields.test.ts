import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { fieldsOf } from "../../src/editor/schema-fields.ts";

describe("editor fields from a zod schema", () => {
  it("marks optional and defaulted fields as not required and keeps defaults, patterns and choices", () => {
    const schema = z.object({
      code: z.string().regex(/^[a-z]+$/, "is not lowercase"),
      note: z.string().optional(),
      kind: z.enum(["a", "b"]).default("b"),
      on: z.boolean().default(false),
    });
    assert.deepEqual(fieldsOf(schema), [
      { name: "code", label: "Code", widget: "string", required: true, pattern: ["^[a-z]+$", "is not lowercase"] },
      { name: "note", label: "Note", widget: "string", required: false },
      { name: "kind", label: "Kind", widget: "select", required: false, options: ["a", "b"], default: "b" },
      { name: "on", label: "On", widget: "boolean", required: false, default: false },
    ]);
  });

  it("makes lists of values, lists of objects and nested objects, optional ones with the editor's own widget", () => {
    const [tags, links, place, owner] = fieldsOf(
      z.object({
        tags: z.array(z.string()).default([]),
        links: z.array(z.object({ url: z.string() })).min(1),
        place: z.object({ city: z.string() }).optional(),
        owner: z.object({ name: z.string() }),
      }),
    );
    assert.equal(tags?.widget, "list");
    assert.equal(tags?.field?.name, "tag");
    assert.equal(links?.min, 1);
    assert.deepEqual(
      links?.fields?.map((field) => field.name),
      ["url"],
    );
    assert.equal(place?.widget, "optional-object", "an optional group's required fields apply only once it is filled in");
    assert.equal(place?.required, false);
    assert.equal(owner?.widget, "object");
  });

  it("stops at a type the editor has no widget for, naming the field", () => {
    assert.throws(() => fieldsOf(z.object({ lookup: z.map(z.string(), z.string()) }), "site"), /site\.lookup: has no editor widget/);
  });
});
