import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import yaml from "js-yaml";
import { z } from "zod";
import { articleFrontMatterSchema } from "../../src/articles/schema.ts";
import { pageFrontMatterSchema } from "../../src/content-pages/schema.ts";
import type { EditorCollection } from "../../src/editor/collections.ts";
import { editorConfigYaml } from "../../src/editor/config.ts";
import type { EditorField } from "../../src/editor/editor-field.ts";
import { parityProblems } from "../../src/editor/parity.ts";
import { navigationSchema } from "../../src/navigation/schema.ts";
import { authorProfileSchema, sectionSchema, siteSchema } from "../../src/site/schema.ts";
import { PROJECT_ROOT } from "../helpers/site.ts";

const data = (name: string) => JSON.parse(readFileSync(path.join(PROJECT_ROOT, "content/_data", `${name}.json`), "utf8"));

/** The configuration as Decap reads it: the YAML the build writes, parsed again. */
function generatedCollections(): EditorCollection[] {
  const text = editorConfigYaml({ contentPath: "content", sections: data("sections"), authors: data("authors"), backendPort: 8081 });
  return (yaml.load(text) as { collections: EditorCollection[] }).collections;
}

const collection = (name: string) => generatedCollections().find((entry) => entry.name === name)!;
const dataFile = (name: string) => collection("data").files!.find((file) => file.name === name)!;
const ARTICLES = { extraFields: ["body"], dataChoices: ["section"] };

function articleFields(): EditorField[] {
  return collection("articles").fields!;
}

function withField(fields: EditorField[], name: string, change: (field: EditorField) => EditorField): EditorField[] {
  return fields.map((field) => (field.name === name ? change(field) : field));
}

describe("the editor's fields and the schemas", () => {
  it("agree for articles, pages and every data file", () => {
    assert.deepEqual(parityProblems(articleFrontMatterSchema, articleFields(), ARTICLES), []);
    assert.deepEqual(parityProblems(pageFrontMatterSchema, collection("pages").fields!, { extraFields: ["body"] }), []);
    assert.deepEqual(parityProblems(siteSchema, dataFile("site").fields), []);
    assert.deepEqual(parityProblems(navigationSchema, dataFile("navigation").fields), []);
    assert.deepEqual(parityProblems(z.object({ entries: z.array(sectionSchema).min(1) }), dataFile("sections").fields), []);
    assert.deepEqual(parityProblems(z.object({ entries: z.array(authorProfileSchema).default([]) }), dataFile("authors").fields), []);
  });

  it("differ when a schema field has no editor field", () => {
    const fields = articleFields().filter((field) => field.name !== "tags");
    assert.deepEqual(parityProblems(articleFrontMatterSchema, fields, ARTICLES), ["tags: is in the schema but has no editor field"]);
    const extended = articleFrontMatterSchema.innerType().extend({ kicker: z.string().optional() });
    assert.deepEqual(parityProblems(extended, articleFields(), ARTICLES), ["kicker: is in the schema but has no editor field"]);
  });

  it("differ when an editor field is not in the schema, at any depth", () => {
    const extra: EditorField = { name: "subtitle", label: "Subtitle", widget: "string", required: false };
    assert.deepEqual(parityProblems(articleFrontMatterSchema, [...articleFields(), extra], ARTICLES), [
      "subtitle: is an editor field the schema does not have",
    ]);
    const image = withField(articleFields(), "image", (field) => ({ ...field, fields: [...field.fields!, extra] }));
    assert.deepEqual(parityProblems(articleFrontMatterSchema, image, ARTICLES), [
      "image.subtitle: is an editor field the schema does not have",
    ]);
  });

  it("differ when a field's required, pattern or choices differ from the schema's", () => {
    const optionalTitle = withField(articleFields(), "title", (field) => ({ ...field, required: false }));
    assert.deepEqual(parityProblems(articleFrontMatterSchema, optionalTitle, ARTICLES), [
      "title: required is false in the editor, true in the schema",
    ]);
    const loosePattern = withField(articleFields(), "slug", (field) => ({ ...field, pattern: [".*", "anything"] }));
    assert.match(parityProblems(articleFrontMatterSchema, loosePattern, ARTICLES).join("\n"), /^slug: pattern is \.\* in the editor/);
    const fewerTypes = withField(articleFields(), "type", (field) => ({ ...field, options: field.options!.slice(1) }));
    assert.match(parityProblems(articleFrontMatterSchema, fewerTypes, ARTICLES).join("\n"), /^type: choices are /);
    const optionalAlt = withField(articleFields(), "image", (field) => ({
      ...field,
      fields: field.fields!.map((inner) => (inner.name === "alt" ? { ...inner, required: false } : inner)),
    }));
    assert.deepEqual(parityProblems(articleFrontMatterSchema, optionalAlt, ARTICLES), [
      "image.alt: required is false in the editor, true in the schema",
    ]);
  });
});
