/** schema.org structured data as plain objects; `jsonForScript` serialises them into the page. */
export type JsonLd = Record<string, unknown>;
