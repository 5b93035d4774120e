import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { formatterFactory, HtmlValidate } from "html-validate";
import { buildSampleSite, buildSampleSiteWithPagination, htmlUrlsOf } from "../helpers/sample-site.ts";
import { outputFileOf, type BuiltSite } from "../helpers/site.ts";

/**
 * The recommended preset with three exceptions. `void-style` is off because a page joins two
 * serialisers that are each valid HTML: preact-render-to-string writes `<meta />`, the sanitised
 * Markdown body and responsive images write `<img>`. `doctype-style` is set to the `<!doctype html>`
 * that render.tsx writes. `long-title` is off: it is a search-snippet heuristic, and an article's
 * <title> is its full headline (the editors' words) plus the site name, announced whole by screen readers.
 */
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    "void-style": "off",
    "doctype-style": ["error", { style: "lowercase" }],
    "long-title": "off",
  },
});
const stylish = formatterFactory("stylish");

async function errorsOf(site: BuiltSite): Promise<{ pages: number; report: string }> {
  const urls = htmlUrlsOf(site.output);
  const reports = await Promise.all(urls.map((url) => validator.validateString(readFileSync(outputFileOf(site.output, url), "utf8"), url)));
  const results = reports.flatMap((report) => report.results);
  return { pages: urls.length, report: results.length === 0 ? "" : stylish(results) };
}

describe("html-validate (recommended rules) over the built site", () => {
  let sample: BuiltSite;
  let paginated: BuiltSite;
  before(async () => {
    sample = await buildSampleSite();
    paginated = await buildSampleSiteWithPagination();
  });

  it("finds no error or warning on any page of the sample site", async () => {
    const { pages, report } = await errorsOf(sample);
    assert.ok(pages > 10, `validated ${pages} pages`);
    assert.equal(report, "", report);
  });

  it("finds no error or warning on any page once a section has a second page", async () => {
    const { pages, report } = await errorsOf(paginated);
    assert.ok(
      htmlUrlsOf(paginated.output).some((url) => /\/page\/2\/$/.test(url)),
      "a second listing page was built",
    );
    assert.ok(pages > 10, `validated ${pages} pages`);
    assert.equal(report, "", report);
  });
});
