import { articleFrontMatterSchema } from "../articles/schema.ts";
import { pageFrontMatterSchema } from "../content-pages/schema.ts";
import { navigationSchema } from "../navigation/schema.ts";
import type { AuthorProfile, Section } from "../site/schema.ts";
import { authorProfileSchema, sectionSchema, siteSchema } from "../site/schema.ts";
import type { EditorField } from "./editor-field.ts";
import { fieldsOf } from "./schema-fields.ts";

/** The custom format (registered by admin/editor.js) for JSON files whose top level is a list. */
export const JSON_LIST_FORMAT = "json-list";
/** The one field a `json-list` file shows: the file's list. */
export const JSON_LIST_FIELD = "entries";

export interface EditorCollection {
  name: string;
  label: string;
  label_singular?: string;
  folder?: string;
  create?: boolean;
  extension?: string;
  format?: string;
  path?: string;
  slug?: string;
  summary?: string;
  media_folder?: string;
  public_folder?: string;
  sortable_fields?: string[];
  fields?: EditorField[];
  files?: { name: string; label: string; file: string; format?: string; fields: EditorField[] }[];
}

/** What the collections are made from besides the schemas: where the content folder is, and its data. */
export interface CollectionInputs {
  /** The content folder's path inside the repository, "" when it is the repository's root. */
  contentPath: string;
  sections: readonly Section[];
  authors: readonly AuthorProfile[];
}

/** The Markdown body, which is not front matter and so has no schema field. */
export const BODY_FIELD: EditorField = { name: "body", label: "Body", widget: "markdown", required: false };

export function editorCollections(inputs: CollectionInputs): EditorCollection[] {
  return [articlesCollection(inputs), pagesCollection(inputs), dataCollection(inputs)];
}

/** Articles live at `articles/<section>/<YYYY-MM-DD>-<slug>.md`, as `npm run new` writes them. */
function articlesCollection(inputs: CollectionInputs): EditorCollection {
  const fields = fieldsOf(articleFrontMatterSchema, "articles").map((field) => articleField(field, inputs));
  return {
    name: "articles",
    label: "Articles",
    label_singular: "Article",
    folder: inside(inputs.contentPath, "articles"),
    create: true,
    extension: "md",
    format: "yaml-frontmatter",
    path: "{{section}}/{{year}}-{{month}}-{{day}}-{{slug}}",
    slug: "{{slug}}",
    summary: "{{title}} ({{section}}, {{year}}-{{month}}-{{day}})",
    ...mediaFolders(inputs),
    sortable_fields: ["date", "title", "section"],
    fields: [...fields, BODY_FIELD],
  };
}

/** The schema's field, with the widgets that fit its data: sections to choose from, authors to pick, an image to upload. */
function articleField(field: EditorField, inputs: CollectionInputs): EditorField {
  switch (field.name) {
    case "section":
      return { ...field, widget: "select", options: inputs.sections.map((section) => section.slug) };
    case "author":
      return inputs.authors.length === 0 ? field : authorRelation(field);
    case "title":
      return { ...field, label: "Headline" };
    case "summary":
      return { ...field, widget: "text" };
    case "image":
      return { ...field, label: "Lead image", fields: field.fields?.map(imageField) };
    default:
      return field;
  }
}

function imageField(field: EditorField): EditorField {
  if (field.name === "src") return { ...field, label: "Image file", widget: "image" };
  if (field.name === "alt") return { ...field, label: "Alt text", hint: "What the image shows, for readers who cannot see it" };
  return field;
}

function authorRelation(field: EditorField): EditorField {
  const names = `${JSON_LIST_FIELD}.*.name`;
  return {
    name: field.name,
    label: field.label,
    required: field.required,
    widget: "relation",
    collection: "data",
    file: "authors",
    search_fields: [names],
    value_field: names,
    display_fields: [names],
    multiple: true,
  };
}

function pagesCollection(inputs: CollectionInputs): EditorCollection {
  return {
    name: "pages",
    label: "Pages",
    label_singular: "Page",
    folder: inside(inputs.contentPath, "pages"),
    create: true,
    extension: "md",
    format: "yaml-frontmatter",
    slug: "{{slug}}",
    ...mediaFolders(inputs),
    fields: [...fieldsOf(pageFrontMatterSchema, "pages"), BODY_FIELD],
  };
}

function dataCollection(inputs: CollectionInputs): EditorCollection {
  const file = (name: string) => inside(inputs.contentPath, `_data/${name}.json`);
  const list = (label: string, element: EditorField[], min?: number): EditorField[] => [
    { name: JSON_LIST_FIELD, label, widget: "list", required: min !== undefined, fields: element, ...(min ? { min } : {}) },
  ];
  return {
    name: "data",
    label: "Site settings",
    files: [
      { name: "site", label: "Site", file: file("site"), format: "json", fields: fieldsOf(siteSchema, "site") },
      {
        name: "sections",
        label: "Sections",
        file: file("sections"),
        format: JSON_LIST_FORMAT,
        fields: list("Sections", fieldsOf(sectionSchema), 1),
      },
      {
        name: "authors",
        label: "Authors",
        file: file("authors"),
        format: JSON_LIST_FORMAT,
        fields: list("Authors", fieldsOf(authorProfileSchema)),
      },
      {
        name: "navigation",
        label: "Navigation",
        file: file("navigation"),
        format: "json",
        fields: fieldsOf(navigationSchema, "navigation"),
      },
    ],
  };
}

/** Without these Decap puts an entry's uploads beside it, where the build does not look for images. */
function mediaFolders(inputs: CollectionInputs): Pick<EditorCollection, "media_folder" | "public_folder"> {
  return { media_folder: `/${inside(inputs.contentPath, "images")}`, public_folder: "/images" };
}

export function inside(contentPath: string, relative: string): string {
  return contentPath === "" ? relative : `${contentPath}/${relative}`;
}
