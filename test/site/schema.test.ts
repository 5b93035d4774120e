import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { authorProfileSchema, RESERVED_SECTION_SLUGS, sectionsSchema } from "../../src/site/schema.ts";

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
