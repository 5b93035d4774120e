import { parseIsoDate } from "../../src/articles/dates.ts";
import { loadSite, type SiteModel } from "../../src/site/load-site.ts";
import type { FilePage } from "../../src/pages/types.ts";
import { fixture } from "./site.ts";

/** Build time of the distribution fixtures: their articles are dated around it. */
export const NEWS_BUILD_NOW = "2026-03-10T12:00:00Z";
export const NEWS_SITE_URL = "https://courier.example.net";

/** The real content pipeline on test/fixtures/distribution-news, without Eleventy writing files. */
export async function loadNewsFixture(buildNow = NEWS_BUILD_NOW, preview = false): Promise<SiteModel> {
  return loadSite({ inputDir: fixture("distribution-news"), buildTime: parseIsoDate(buildNow)!, preview });
}

export function fileAt(model: SiteModel, url: string): FilePage {
  const page = model.pages.find((candidate): candidate is FilePage => candidate.kind === "file" && candidate.url === url);
  if (!page) throw new Error(`no generated file at ${url}`);
  return page;
}

/** The headline of test/fixtures/distribution-news/articles/harbour/hostile.md, as YAML decodes it. */
export const HOSTILE_TITLE = "Quay fire </script><script>alert(1)</script> <!-- ]]> & \u2028 \u2029 ends";
