import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { Analytics } from "../../layouts/components/Analytics.tsx";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { analyticsSchema } from "../../src/site/analytics.ts";
import { loadSiteData } from "../../src/site/load-data.ts";
import { PROVIDERS, shape, TOKEN } from "../helpers/analytics.ts";
import { buildFixture, fixture, temporaryFolder } from "../helpers/site.ts";
import { copyOfFixture, writeFiles } from "../security/payloads.ts";

const BASE_SITE = JSON.parse(readFileSync(fixture("basic/_data/site.json"), "utf8"));

async function buildWithAnalytics(analytics: object) {
  const input = copyOfFixture("basic");
  writeFiles(input, { "_data/site.json": JSON.stringify({ ...BASE_SITE, analytics }) });
  return buildFixture(input);
}

async function issuesFor(analytics: unknown): Promise<string[]> {
  const folder = temporaryFolder();
  writeFiles(folder, {
    "site.json": JSON.stringify({ ...BASE_SITE, analytics }),
    "sections.json": JSON.stringify([{ slug: "world", title: "World" }]),
  });
  const { data, issues } = await loadSiteData(folder, (absolute) => `_data/${path.basename(absolute)}`);
  assert.equal(data, undefined, `${JSON.stringify(analytics)} is refused`);
  return issues.map(formatIssue);
}

describe("analytics", () => {
  for (const { name, analytics, where, tag } of PROVIDERS) {
    it(`${name} puts exactly its documented tag in every page`, async () => {
      const site = await buildWithAnalytics(analytics);
      const page = site.page("/");
      const other = where === "head" ? "body" : "head";
      const found = page.querySelectorAll(`${where} script, ${where} img[width="1"]`);
      assert.deepEqual(
        found.map((element) => shape(element.outerHTML)),
        [shape(tag)],
      );
      assert.equal(page.querySelectorAll(`${other} script[src], ${other} img[width="1"]`).length, 0);
      assert.equal(site.page("/world/").querySelectorAll(`${where} script[src], ${where} img[width="1"]`).length, 1);
    });
  }

  it("is off by default: the sample fixture has no analytics tag", async () => {
    const site = await buildFixture(fixture("basic"));
    assert.equal(site.page("/").querySelectorAll("script[src], img[width='1']").length, 0);
  });

  it("is never in the preview", () => {
    for (const { analytics } of PROVIDERS) {
      const settings = analyticsSchema.parse(analytics);
      for (const at of ["head", "body"] as const) {
        assert.equal(renderToString(h(Analytics, { analytics: settings, preview: true, at })), "");
      }
      const published = ["head", "body"].map((at) =>
        renderToString(h(Analytics, { analytics: settings, preview: false, at: at as "head" | "body" })),
      );
      assert.equal(published.filter((html) => html !== "").length, 1);
    }
  });

  it("refuses values outside each field's pattern, naming the field", async () => {
    const cases: [object, string][] = [
      [{ provider: "plausible", domain: 'news.example.org"' }, "analytics.domain"],
      [{ provider: "plausible", domain: "news example.org" }, "analytics.domain"],
      [{ provider: "plausible", domain: "News.Example.org" }, "analytics.domain"],
      [{ provider: "plausible", domain: "news.example.org", host: "http://stats.example.org" }, "analytics.host"],
      [{ provider: "plausible", domain: "news.example.org", host: "https://stats.example.org/js" }, "analytics.host"],
      [{ provider: "plausible", domain: "news.example.org", host: "https://stats.example.org?x=1" }, "analytics.host"],
      [{ provider: "plausible", domain: "news.example.org", host: "https://stats.example.org<" }, "analytics.host"],
      [{ provider: "goatcounter", code: "gaz ette" }, "analytics.code"],
      [{ provider: "goatcounter", code: '"><script>' }, "analytics.code"],
      [{ provider: "matomo", host: "https://m.example.org", siteId: "1 " }, "analytics.siteId"],
      [{ provider: "matomo", host: "https://m.example.org/matomo", siteId: "1" }, "analytics.host"],
      [{ provider: "cloudflare", token: `${TOKEN.slice(1)}"` }, "analytics.token"],
    ];
    for (const [analytics, field] of cases) {
      const issues = await issuesFor(analytics);
      assert.equal(issues.length, 1, issues.join("\n"));
      assert.match(issues[0]!, new RegExp(`^_data/site\\.json: ${field.replace(".", "\\.")}: .*\\(expected `), issues[0]);
    }
  });

  it("refuses unknown keys and unknown providers", async () => {
    const unknownKey = await issuesFor({ provider: "goatcounter", code: "gazette", script: "alert(1)" });
    assert.match(unknownKey.join("\n"), /^_data\/site\.json: analytics: .*script/);
    const unknownProvider = await issuesFor({ provider: "tracker", code: "gazette" });
    assert.match(unknownProvider.join("\n"), /^_data\/site\.json: analytics\.provider: /);
  });
});
