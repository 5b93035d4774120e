import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import yaml from "js-yaml";
import { ARTICLE_TYPE_NAMES } from "../../src/articles/article-types.ts";
import { SLUG_PATTERN } from "../../src/urls/slug.ts";
import type { EditorCollection } from "../../src/editor/collections.ts";
import { type EditorConfigInputs, editorBackendPort, editorConfigYaml } from "../../src/editor/config.ts";
import { editorContentPath, editorRepositoryRoot } from "../../src/editor/content-path.ts";
import type { EditorField } from "../../src/editor/editor-field.ts";

const INPUTS: EditorConfigInputs = {
  contentPath: "content",
  sections: [
    { slug: "local", title: "Local", description: "" },
    { slug: "world", title: "World", description: "" },
  ],
  authors: [{ name: "Maren Okafor" }],
  backendPort: 8081,
};

interface Config {
  local_backend: { url: string };
  media_folder: string;
  public_folder: string;
  omit_empty_optional_fields: boolean;
  collections: EditorCollection[];
}

const load = (inputs: EditorConfigInputs = INPUTS) => yaml.load(editorConfigYaml(inputs)) as Config;
const articles = (config: Config) => config.collections.find((collection) => collection.name === "articles")!;
const field = (fields: readonly EditorField[] | undefined, name: string) => fields?.find((entry) => entry.name === name);

describe("the editor's generated config", () => {
  it("keeps articles where the content contract puts them, and uploads in images/", () => {
    const config = load();
    const collection = articles(config);
    assert.equal(collection.folder, "content/articles");
    assert.equal(collection.path, "{{section}}/{{year}}-{{month}}-{{day}}-{{slug}}");
    assert.equal(collection.media_folder, "/content/images");
    assert.equal(collection.public_folder, "/images");
    const pages = config.collections.find((entry) => entry.name === "pages");
    assert.deepEqual([pages?.folder, pages?.media_folder, pages?.public_folder], ["content/pages", "/content/images", "/images"]);
    assert.equal(config.media_folder, "content/images");
    assert.equal(config.omit_empty_optional_fields, true);
    assert.equal(config.local_backend.url, "http://127.0.0.1:8081/api/v1");
  });

  it("offers the sections of sections.json, the article types, and a relation to authors.json", () => {
    const fields = articles(load()).fields;
    assert.deepEqual(field(fields, "section")?.options, ["local", "world"]);
    assert.equal(field(fields, "section")?.required, true);
    assert.deepEqual(field(fields, "type")?.options, ARTICLE_TYPE_NAMES);
    assert.equal(field(fields, "type")?.default, "news");
    assert.equal(field(fields, "author")?.widget, "relation");
    assert.equal(field(fields, "author")?.file, "authors");
    assert.equal(field(fields, "date")?.widget, "datetime");
    assert.deepEqual(field(fields, "slug")?.pattern?.[0], SLUG_PATTERN.source);
    const image = field(fields, "image");
    assert.equal(image?.required, false);
    assert.equal(field(image?.fields, "src")?.widget, "image");
    assert.equal(field(image?.fields, "alt")?.required, true);
    assert.equal(field(fields, "body")?.widget, "markdown");
  });

  it("takes author names as free text when authors.json lists nobody", () => {
    const author = field(articles(load({ ...INPUTS, authors: [] })).fields, "author");
    assert.equal(author?.widget, "list");
    assert.equal(author?.field?.widget, "string");
  });

  it("names paths inside the content folder itself when it is its own repository", () => {
    const config = load({ ...INPUTS, contentPath: "" });
    assert.equal(articles(config).folder, "articles");
    assert.equal(articles(config).media_folder, "/images");
    const files = config.collections.find((collection) => collection.name === "data")?.files?.map((file) => file.file);
    assert.deepEqual(files, ["_data/site.json", "_data/sections.json", "_data/authors.json", "_data/navigation.json"]);
  });

  it("commits in production where site.json's editorBackend says, with the editorial workflow if asked", () => {
    const backend = {
      name: "github" as const,
      repo: "ledger/site",
      branch: "live",
      authUrl: "https://auth.example.org",
      editorialWorkflow: true,
    };
    const config = load({ ...INPUTS, backend }) as Config & { backend: unknown; publish_mode?: string };
    assert.deepEqual(config.backend, { name: "github", branch: "live", repo: "ledger/site", base_url: "https://auth.example.org" });
    assert.equal(config.publish_mode, "editorial_workflow");
    const fallback = load() as Config & { backend: unknown; publish_mode?: string };
    assert.deepEqual(fallback.backend, { name: "git-gateway", branch: "main" });
    assert.equal(fallback.publish_mode, undefined);
  });

  it("is YAML from a YAML library: data that looks like YAML stays one plain value", () => {
    const hostile = "world\n- name: injected\n  widget: hidden: true # ' \" {{x}}";
    const config = load({ ...INPUTS, sections: [{ slug: hostile, title: "x", description: "" }] });
    assert.deepEqual(field(articles(config).fields, "section")?.options, [hostile]);
  });
});

describe("where the editor writes", () => {
  it("is the working folder's repository for a content folder inside it", () => {
    assert.equal(editorContentPath("content", "/project"), "content");
    assert.equal(editorContentPath("/project/sites/gazette", "/project"), "sites/gazette");
    assert.equal(editorRepositoryRoot("content", "/project"), path.resolve("/project"));
  });

  it("is the content folder itself when it lies outside the working folder", () => {
    assert.equal(editorContentPath("/tmp/elsewhere/content", "/project"), "");
    assert.equal(editorRepositoryRoot("/tmp/elsewhere/content", "/project"), path.resolve("/tmp/elsewhere/content"));
  });

  it("reaches the local backend on EDITOR_BACKEND_PORT, or 8081", () => {
    assert.equal(editorBackendPort({ EDITOR_BACKEND_PORT: "9090" }), 9090);
    assert.equal(editorBackendPort({}), 8081);
    assert.equal(editorBackendPort({ EDITOR_BACKEND_PORT: "not a port" }), 8081);
  });
});
