import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "node-html-parser";
import { createSanitizer } from "../../src/markdown/sanitize.ts";
import { buildFixture } from "../helpers/site.ts";
import { parseXml } from "../helpers/xml.ts";
import { copyOfFixture, writeFiles } from "../security/payloads.ts";

const sanitize = createSanitizer(["www.youtube-nocookie.com"]);
const root = (html: string) => parse(sanitize(html));

describe("the raw-HTML allowlist", () => {
  it("keeps the structural HTML editors use: figures, tables, details, sub/sup, del/ins", () => {
    const html =
      '<figure><img src="https://cdn.example.org/a.jpg" alt="A" width="10" loading="lazy"><figcaption>Cap</figcaption></figure>' +
      '<table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>' +
      "<details><summary>More</summary>Hidden</details><p>H<sub>2</sub>O x<sup>2</sup> <del>old</del> <ins>new</ins></p>";
    // Unchanged, except that void elements are written self-closed.
    assert.equal(sanitize(html), html.replace('loading="lazy">', 'loading="lazy" />'));
  });

  it("drops script, style, forms, objects and embeds with their content where it could run", () => {
    const html = sanitize(
      "<script>alert(1)</script><style>p{}</style><form><input><button>go</button></form><object data=x></object><embed src=x><svg><script>1</script></svg><template><script>1</script></template>",
    );
    assert.doesNotMatch(html, /<(?:script|style|form|input|button|object|embed|svg|template)\b/i);
    assert.doesNotMatch(html, /alert/);
  });

  it("drops event handlers, style and class attributes but keeps the element", () => {
    const p = root('<p onclick="alert(1)" style="color:red" class="x" id="keep" lang="fr">t</p>').querySelector("p")!;
    assert.deepEqual(p.attributes, { id: "keep", lang: "fr" });
  });

  it("drops javascript:, vbscript:, data: and protocol-relative links however they are spelt", () => {
    for (const href of [
      "javascript:alert(1)",
      "jav&#x09;ascript:alert(1)",
      "&#106;avascript:alert(1)",
      " JAVASCRIPT:alert(1)",
      "vbscript:x",
      "data:text/html,x",
      "//evil.example/",
    ]) {
      assert.equal(root(`<a href="${href}">x</a>`).querySelector("a")?.getAttribute("href"), undefined, href);
    }
    for (const href of [
      "https://example.org/",
      "http://example.org/",
      "mailto:desk@example.org",
      "tel:+441234",
      "/local/page/",
      "#section",
    ]) {
      assert.equal(root(`<a href="${href}">x</a>`).querySelector("a")?.getAttribute("href"), href, href);
    }
  });

  it("allows data: images only in raster formats, never SVG", () => {
    assert.equal(
      root('<img src="data:image/png;base64,iVBOR" alt="">').querySelector("img")?.getAttribute("src"),
      "data:image/png;base64,iVBOR",
    );
    assert.equal(root('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="">').querySelector("img"), null);
    assert.equal(root('<img src="javascript:alert(1)" alt="">').querySelector("img")?.getAttribute("src"), undefined);
  });

  it("keeps iframes only from listed embed hosts, lazy and titled", () => {
    const listed = root('<iframe src="https://www.youtube-nocookie.com/embed/x" onload="alert(1)" srcdoc="x"></iframe>').querySelector(
      "iframe",
    )!;
    assert.deepEqual(listed.attributes, { src: "https://www.youtube-nocookie.com/embed/x", loading: "lazy", title: "Embedded content" });
    for (const src of [
      "https://evil.example/x",
      "https://www.youtube-nocookie.com.evil.example/x",
      "//www.youtube-nocookie.com/embed/x",
      "javascript:alert(1)",
      "/local",
      "http://www.youtube-nocookie.com/embed/x",
      "HTTP://www.youtube-nocookie.com/embed/x",
    ]) {
      assert.equal(root(`<iframe src="${src}"></iframe>`).querySelector("iframe"), null, src);
    }
    assert.equal(
      parse(createSanitizer([])('<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>')).querySelector("iframe"),
      null,
    );
  });
});

describe("embeds in the built site", () => {
  it("publish only the https embed from a listed host, alike on the page and in both feeds", async () => {
    const input = copyOfFixture("hardening-base");
    writeFiles(input, {
      "articles/news/2026-01-02-two-embeds.md": [
        "---\ntitle: Two embeds\ndate: 2026-01-02T09:00:00Z\nsection: news\n---\n",
        '<iframe src="https://www.youtube-nocookie.com/embed/secure"></iframe>\n',
        '<iframe src="http://www.youtube-nocookie.com/embed/plain"></iframe>\n',
      ].join("\n"),
    });
    const site = await buildFixture(input);
    const expected = ["https://www.youtube-nocookie.com/embed/secure"];
    const sources = (html: string) =>
      parse(html)
        .querySelectorAll("iframe")
        .map((iframe) => iframe.getAttribute("src"));
    assert.deepEqual(sources(site.page("/news/two-embeds/").querySelector(".article-body")!.innerHTML), expected);
    const jsonItem = (JSON.parse(site.read("/feed.json")) as { items: { url: string; content_html: string }[] }).items.find((item) =>
      item.url.endsWith("/news/two-embeds/"),
    );
    assert.deepEqual(sources(jsonItem?.content_html ?? ""), expected);
    const atomEntry = parseXml(site.read("/feed.xml")).children.find(
      (child) => child.local === "entry" && child.children.some((id) => id.local === "id" && id.text.endsWith("/news/two-embeds/")),
    );
    assert.deepEqual(sources(atomEntry?.children.find((child) => child.local === "content")?.text ?? ""), expected);
  });
});
