import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { authorProfileSchema, RESERVED_SECTION_SLUGS, sectionsSchema, siteSchema } from "../../src/site/schema.ts";

describe("sectionsSchema", () => {
  it("refuses a section whose slug the build uses for its own pages", () => {
    for (const slug of RESERVED_SECTION_SLUGS) {
      const result = sectionsSchema.safeParse([{ slug, title: "Clash" }]);
      assert.equal(result.success, false, slug);
      assert.match(result.error?.issues[0]?.message ?? "", new RegExp(`"${slug}" is used by the site's own pages`));
    }
    assert.equal(sectionsSchema.safeParse([{ slug: "tagsandmore", title: "Fine" }]).success, true);
  });
});

const HOSTILE_URLS = [
  "javascript:alert(1)",
  "data:image/png;base64,iVBORw0KGgo=",
  "http://example.org/a.png",
  "//evil.example/a.png",
  "/\\evil.example/a.png",
];

describe("URLs of data files", () => {
  it("refuses javascript:, data:, http: and protocol-relative URLs for the logo, author links and avatars", () => {
    for (const value of HOSTILE_URLS) {
      const logo = siteSchema.safeParse({
        title: "G",
        url: "https://gazette.example.com",
        language: "en",
        publisher: { name: "G", logo: value },
      });
      assert.deepEqual(
        logo.error?.issues.map((issue) => issue.path.join(".")),
        ["publisher.logo"],
        value,
      );
      assert.equal(
        logo.error?.issues[0]?.message,
        `"${value}" is not an https:// URL or a path on this site (expected e.g. https://example.org/assets/logo.png or /assets/logo.png)`,
      );
      for (const field of ["url", "avatar"]) {
        assert.equal(authorProfileSchema.safeParse({ name: "A", [field]: value }).success, false, `${field}: ${value}`);
      }
    }
  });

  it("accepts https URLs and paths on the site", () => {
    const site = siteSchema.parse({
      title: "G",
      url: "https://gazette.example.com",
      language: "en",
      publisher: { name: "G", logo: "https://cdn.example.org/logo.png" },
    });
    assert.equal(site.publisher?.logo, "https://cdn.example.org/logo.png");
    assert.equal(authorProfileSchema.safeParse({ name: "A", url: "https://example.org/a", avatar: "/assets/a.png" }).success, true);
  });
});

describe("authorProfileSchema", () => {
  it("accepts only https or site-path profile links and avatars", () => {
    assert.equal(authorProfileSchema.safeParse({ name: "A", url: "https://example.org/a", avatar: "/assets/a.png" }).success, true);
    assert.equal(authorProfileSchema.safeParse({ name: "A", url: "javascript:alert(1)" }).success, false);
    assert.equal(authorProfileSchema.safeParse({ name: "A", avatar: "javascript:alert(1)" }).success, false);
    assert.equal(authorProfileSchema.safeParse({ name: "A", avatar: "//evil.example/a.png" }).success, false);
  });
});

describe("siteSchema", () => {
  const site = { title: "Gazette", url: "https://gazette.example.com/" };

  it("accepts language tags that dates can be formatted in", () => {
    for (const language of ["en", "en-GB", "pl", "zh-Hant-TW"]) {
      assert.equal(siteSchema.safeParse({ ...site, language }).success, true, language);
    }
  });

  it("refuses language tags that look right but that Intl rejects", () => {
    const result = siteSchema.safeParse({ ...site, language: "de-1996-1996" });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ["language"]);
    assert.match(result.error?.issues[0]?.message ?? "", /not a well-formed language tag/);
  });

  it("refuses a url with a path, a query or a fragment, naming what it has", () => {
    const messages = (url: string) =>
      siteSchema.safeParse({ ...site, url, language: "en" }).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    const origin = "expected the site's origin, e.g. https://example.org";
    assert.deepEqual(messages("https://example.org/news/"), [
      `url: has a path "/news/" (${origin}; the site must be served from the root of its host)`,
    ]);
    assert.deepEqual(messages("https://example.org/?edition=uk"), [`url: has a query "?edition=uk" (${origin})`]);
    assert.deepEqual(messages("https://example.org/#top"), [`url: has a fragment "#top" (${origin})`]);
    assert.equal(messages("https://example.org/"), undefined);
  });

  it("drops the trailing slash of the base URL", () => {
    assert.equal(siteSchema.parse({ ...site, language: "en" }).url, "https://gazette.example.com");
  });
});

describe("site.json's timeZone", () => {
  const site = { title: "Gazette", url: "https://gazette.example", language: "en-GB" };

  it("is UTC unless site.json names a zone Intl knows", () => {
    assert.equal(siteSchema.parse(site).timeZone, "UTC");
    assert.equal(siteSchema.parse({ ...site, timeZone: "Europe/Warsaw" }).timeZone, "Europe/Warsaw");
  });

  it("refuses a zone Intl does not know, saying what is expected", () => {
    const result = siteSchema.safeParse({ ...site, timeZone: "Europe/Atlantis" });
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
      ['timeZone: "Europe/Atlantis" is not a time zone (expected an IANA name such as Europe/London or America/New_York, or UTC)'],
    );
  });
});

describe("author profiles' role", () => {
  it("is optional text shown after the name", () => {
    assert.equal(authorProfileSchema.parse({ name: "Ana Lima", role: " Harbour correspondent " }).role, "Harbour correspondent");
    assert.equal(authorProfileSchema.parse({ name: "Ana Lima" }).role, undefined);
  });
});
