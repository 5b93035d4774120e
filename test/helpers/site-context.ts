import type { SiteContext } from "../../src/pages/types.ts";
import { siteSchema } from "../../src/site/schema.ts";

/** A small site's context, as pages see it: the "Fixture Gazette", built on 1 June 2026. */
export const FIXTURE_CONTEXT: SiteContext = {
  site: siteSchema.parse({ title: "Fixture Gazette", url: "https://gazette.example.com/", language: "en" }),
  sections: [],
  authors: [],
  buildTime: new Date("2026-06-01T00:00:00Z"),
  preview: false,
};
