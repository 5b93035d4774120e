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

describe("authorProfileSchema", () => {
  it("accepts only http(s) profile links and http(s) or site-path avatars", () => {
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

  it("drops the trailing slash of the base URL", () => {
    assert.equal(siteSchema.parse({ ...site, language: "en" }).url, "https://gazette.example.com");
  });
});
