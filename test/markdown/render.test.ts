import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readingWordCount } from "../../src/articles/reading-time.ts";
import { parse } from "node-html-parser";
import fc from "fast-check";
import { collapseSpaces, createMarkdownRenderer } from "../../src/markdown/render.ts";

describe("the Markdown renderer", () => {
  const render = createMarkdownRenderer({ embedHosts: [] });

  it("renders subheadings with ids made from their text, repeated ones numbered", () => {
    const { html, headings } = render("## Match report\n\ntext\n\n### Zaż\u00f3łć gęślą\n\n## Match report\n");
    const ids = parse(html)
      .querySelectorAll("h2, h3")
      .map((heading) => heading.id);
    assert.deepEqual(ids, ["match-report", "zazolc-gesla", "match-report-2"]);
    assert.deepEqual(
      headings.map((heading) => heading.level),
      [2, 3, 2],
    );
  });

  it("never gives two subheadings one id, even when a text looks like a numbered repeat", () => {
    const ids = parse(render("## Results\n\n## Results\n\n## Results 2\n").html)
      .querySelectorAll("h2")
      .map((heading) => heading.id);
    assert.deepEqual(ids, ["results", "results-2", "results-2-2"]);
  });

  it("numbers a subheading whose text would take one of the article page's own ids", () => {
    const { html, idConflicts } = render("## Main\n\n## Top\n");
    assert.deepEqual(
      parse(html)
        .querySelectorAll("h2")
        .map((heading) => heading.id),
      ["main-2", "top-2"],
    );
    assert.deepEqual(idConflicts, []);
  });

  it("reports ids that editors' raw HTML gives the page twice, and no others", () => {
    assert.deepEqual(render('<p id="top">Anchor.</p>\n\n<p id="quote">Fine.</p>\n').idConflicts, ["top"]);
    assert.deepEqual(render('## Background\n\n<div id="background">Note.</div>\n').idConflicts, ["background"]);
    assert.deepEqual(render('<span id="a">1</span> <span id="a">2</span> <span id="b">3</span>\n').idConflicts, ["a"]);
    assert.deepEqual(render("## Background\n\n<em>raw HTML without ids</em>\n").idConflicts, []);
    assert.deepEqual(
      render('<p>Give the box id="main" and id="main" again.</p>\n\nOr `<a id="top">`.\n').idConflicts,
      [],
      "text about ids",
    );
  });

  it("turns a body h1 into h2, since the headline is the page's only h1", () => {
    const root = parse(render("# Not the headline\n").html);
    assert.equal(root.querySelectorAll("h1").length, 0);
    assert.equal(root.querySelector("h2")?.text, "Not the headline");
  });

  it("gives plain text without markup for reading time and descriptions", () => {
    const { text } = render("Intro with a [link](https://example.org) and **bold**.\n\n- one\n- two\n");
    assert.equal(text, "Intro with a link and bold.\none\ntwo");
  });

  it("counts the body's words as reading-time does, for the reading time and JSON-LD", () => {
    const { text, words } = render("## Heading here\n\nOne two three, [four](https://example.org) **five**.\n");
    assert.equal(words, readingWordCount(text));
    assert.equal(words, 7);
  });

  it("keeps template syntax as literal text", () => {
    const root = parse(render("{{ 6 | times: 7 }} and {% raw %}").html);
    assert.equal(root.querySelector("p")?.text, "{{ 6 | times: 7 }} and {% raw %}");
  });
});

describe("collapseSpaces", () => {
  it("turns every run of spaces and tabs into one space, as /[ \\t]+/g would (property)", () => {
    const text = fc.array(fc.constantFrom(" ", "\t", "\n", "a", "’"), { maxLength: 40 }).map((units) => units.join(""));
    fc.assert(fc.property(text, (value) => assert.equal(collapseSpaces(value), value.replace(/[ \t]+/g, " "))));
  });
});
