import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cssProblems, svgProblems } from "../../src/theme/file-checks.ts";

const lines = (problems: { line: number }[]) => [...new Set(problems.map((problem) => problem.line))];

describe("a content folder's custom stylesheet", () => {
  it("may restyle anything and load https:// files, site paths and data: images", () => {
    const css = [
      '.site-title { font-family: Georgia, serif; content: "\\201C"; }',
      '@font-face { src: url("https://fonts.example.net/a.woff2"); }',
      ".x { background: url(/images/paper.png), url('data:image/png;base64,iVBO'); }",
      '@import "/assets/brand/more.css";',
    ].join("\n");
    assert.deepEqual(cssProblems(css), []);
  });

  it("refuses everything that could end the style or run or load script, with its line", () => {
    const hostile = [
      "</style><script>alert(1)</script>",
      ".a { background: url(javascript:alert(1)); }",
      ".b { width: expression(alert(1)); }",
      '@import url("https://evil.example/x.css");',
      ".c { behavior: url(/x.htc); }",
      ".d { -moz-binding: url(/x.xml#x); }",
      ".e { background: url(http://plain.example/x.png); }",
      '.f { background: url("\\6a avascript:alert(1)"); }',
      ".g { width: expr/**/ession(alert(1)); }",
      "@import 'https://evil.example/y.css';",
      ".h { background: url(//evil.example/x.png); }",
    ].join("\n");
    assert.deepEqual(lines(cssProblems(hostile)), [1, 2, 3, 4, 5, 6, 7, 8, 10, 11]);
  });
});

describe("a content folder's SVG logo or favicon", () => {
  it("may be a plain drawing", () => {
    assert.deepEqual(svgProblems('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><use href="#a"/></svg>'), []);
  });

  it("refuses scripts, handlers, script URLs, embedded content and links elsewhere", () => {
    const hostile = [
      '<svg xmlns="http://www.w3.org/2000/svg">',
      "<script>alert(1)</script>",
      '<rect onload="alert(1)"/>',
      '<a href="&#106;avascript:alert(1)"><text>x</text></a>',
      "<foreignObject><iframe/></foreignObject>",
      '<image xlink:href="https://evil.example/x.svg"/>',
      "</svg>",
    ].join("\n");
    assert.deepEqual(lines(svgProblems(hostile)), [2, 3, 4, 5, 6]);
    assert.match(svgProblems("<html></html>")[0]?.message ?? "", /is not an SVG image/);
  });
});
