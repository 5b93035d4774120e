import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { findContentError, formatIssue } from "../../src/articles/content-issue.ts";
import { navigationSchema } from "../../src/navigation/schema.ts";
import { checkContent } from "../../src/site/load-site.ts";
import { buildFixture, fixture, PROJECT_ROOT, type BuiltSite } from "../helpers/site.ts";

describe("the navigation of _data/navigation.json", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("pages"));
  });

  it("adds its header links after the sections", () => {
    const links = site
      .page("/")
      .querySelectorAll(".section-nav a")
      .map((link) => [link.textContent, link.getAttribute("href")]);
    assert.deepEqual(links, [
      ["News", "/news/"],
      ["About", "/about/"],
    ]);
  });

  it("shows its footer groups, then the site's feeds, on every page", () => {
    for (const url of ["/", "/news/mill-reopens/", "/about/"]) {
      const footer = site.page(url).querySelector("footer.site-footer")!;
      const groups = footer.querySelectorAll(".footer-group").map((group) => ({
        title: group.querySelector("h2")?.textContent,
        links: group.querySelectorAll("a").map((link) => `${link.textContent} ${link.getAttribute("href")}`),
      }));
      assert.deepEqual(groups, [
        {
          title: "About the Echo",
          links: ["Masthead /masthead/", "Corrections /corrections-policy/#how", "Press council https://press.example.org/"],
        },
        {
          title: "Our standards",
          links: [
            "About us /about/",
            "Masthead /masthead/",
            "Ethics policy https://press.example.org/code",
            "Corrections policy /corrections-policy/",
            "All corrections /corrections/",
          ],
        },
        { title: "Follow", links: ["Atom feed /feed.xml", "JSON feed /feed.json"] },
      ]);
    }
  });

  it("refuses an internal link to no page of the build, in the navigation or the policies, in check and build alike", async () => {
    const expected = [
      'test/fixtures/invalid-navigation/_data/navigation.json: header.0.url: "/abuot/" is not a page of this site (expected the URL of a page this build writes: an article, section, tag, author, content page or feed)',
      'test/fixtures/invalid-navigation/_data/navigation.json: footer.0.links.2.url: "/news/not-yet/" is not a page of this site (expected the URL of a page this build writes: an article, section, tag, author, content page or feed)',
      'test/fixtures/invalid-navigation/_data/site.json: policies.feedback: "/feedbak/" is not a page of this site (expected the URL of a page this build writes: an article, section, tag, author, content page or feed)',
    ];
    assert.deepEqual((await checkContent({ inputDir: fixture("invalid-navigation"), cwd: PROJECT_ROOT })).map(formatIssue), expected);
    const error = await buildFixture(fixture("invalid-navigation")).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    assert.deepEqual(findContentError(error)?.issues.map(formatIssue), expected);
  });

  it("refuses external links that are not https://, and script URLs", () => {
    for (const url of [
      "http://old.example.org/",
      "javascript:alert(1)",
      "//evil.example/",
      "data:text/html,x",
      "/\\evil.example",
      "mailto:x@example.org",
    ]) {
      const result = navigationSchema.safeParse({ footer: [{ title: "X", links: [{ text: "x", url }] }] });
      assert.equal(result.success, false, url);
      assert.match(result.error?.issues[0]?.message ?? "", /is not a path on this site or an https:\/\/ address/, url);
    }
  });
});
