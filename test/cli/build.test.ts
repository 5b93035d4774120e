import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BUILD_MARKER } from "../../src/build/build-marker.ts";
import { fixture, previousOutput, runCli, temporaryFolder, type CliResult } from "../helpers/site.ts";

interface RejectedCase {
  name: string;
  fixture: string;
  /** `file:LINE: field: ` exactly as the editor reads it, then a part of the explanation. */
  expected: { location: string; explanation: string }[];
}

const at = (fixtureName: string, file: string) => `test/fixtures/${fixtureName}/articles/world/${file}`;

const CASES: RejectedCase[] = [
  {
    name: "a missing or empty title",
    fixture: "invalid-title",
    expected: [
      { location: `${at("invalid-title", "missing-title.md")}:1: title: `, explanation: "is missing (expected the headline as text)" },
      { location: `${at("invalid-title", "empty-title.md")}:2: title: `, explanation: "is empty (expected the headline as text)" },
    ],
  },
  {
    name: "a missing date or a date that does not exist",
    fixture: "invalid-date",
    expected: [
      { location: `${at("invalid-date", "missing-date.md")}:1: date: `, explanation: "is missing (expected the publication date" },
      { location: `${at("invalid-date", "february-30.md")}:3: date: `, explanation: '"2024-02-30" is not a real date' },
      { location: `${at("invalid-date", "month-13.md")}:4: date: `, explanation: '"2024-13-01" is not a real date' },
    ],
  },
  {
    name: "a section that is not in sections.json, with the closest slug suggested",
    fixture: "invalid-section",
    expected: [
      { location: `${at("invalid-section", "typo.md")}:4: section: `, explanation: '"wrold" is not in sections.json (did you mean world?' },
    ],
  },
  {
    name: "updated before date",
    fixture: "invalid-updated",
    expected: [{ location: `${at("invalid-updated", "updated-early.md")}:5: updated: `, explanation: "is before the publication date" }],
  },
  {
    name: "an image without alt",
    fixture: "invalid-image",
    expected: [{ location: `${at("invalid-image", "no-alt.md")}:5: image.alt: `, explanation: "is missing (expected a text description" }],
  },
  {
    name: "raw HTML that gives the page an id twice: one of the page's own, or a subheading's",
    fixture: "invalid-body-id",
    expected: [
      {
        location: `${at("invalid-body-id", "page-id.md")}:9: body: `,
        explanation: 'id "main" is one the article page itself uses (top, main,',
      },
      {
        location: `${at("invalid-body-id", "repeated-id.md")}:11: body: `,
        explanation: 'id "background" is used more than once in the body',
      },
    ],
  },
  {
    name: "a slug that is not lowercase letters, digits and hyphens",
    fixture: "invalid-slug",
    expected: [
      { location: `${at("invalid-slug", "bad-slug.md")}:5: slug: `, explanation: "(expected lowercase letters, digits and hyphens" },
    ],
  },
  {
    name: "malformed YAML, with line and column, and front matter that is never closed",
    fixture: "invalid-yaml",
    expected: [
      { location: `${at("invalid-yaml", "broken.md")}:4:10: front matter: `, explanation: "is not valid YAML: bad indentation" },
      { location: `${at("invalid-yaml", "unclosed.md")}:1: front matter: `, explanation: "is not closed" },
    ],
  },
  {
    name: "two articles with the same URL, naming both files",
    fixture: "invalid-duplicate-url",
    expected: [
      {
        location: `${at("invalid-duplicate-url", "2026-01-02-harbour-news.md")}:1: slug: `,
        explanation: `gives the URL /world/harbour-news/, which ${at("invalid-duplicate-url", "other-name.md")} also has`,
      },
      {
        location: `${at("invalid-duplicate-url", "other-name.md")}:5: slug: `,
        explanation: `gives the URL /world/harbour-news/, which ${at("invalid-duplicate-url", "2026-01-02-harbour-news.md")} also has`,
      },
    ],
  },
];

function errorLines(result: CliResult): string[] {
  return result.stderr.split("\n").filter((line) => /^test\/fixtures\/.+:\d+(:\d+)?: /.test(line));
}

describe("npm run build on invalid content", () => {
  for (const rejected of CASES) {
    it(`rejects ${rejected.name}: one line per problem, exit 1, nothing written`, () => {
      const output = previousOutput();
      const result = runCli("src/cli/build.ts", [`--input=${fixture(rejected.fixture)}`, `--output=${output}`]);
      assert.equal(result.status, 1, result.stderr);
      const lines = errorLines(result);
      for (const { location, explanation } of rejected.expected) {
        const line = lines.find((candidate) => candidate.startsWith(location));
        assert.ok(line, `expected a line starting ${location} in:\n${result.stderr}`);
        assert.ok(line.includes(explanation), `${line} explains "${explanation}"`);
      }
      assert.equal(lines.length, rejected.expected.length, "the valid article in the fixture is not reported");
      assert.doesNotMatch(result.stderr + result.stdout, /^\s+at /m, "no stack trace");
      assert.deepEqual(readdirSync(output).sort(), [BUILD_MARKER, "index.html"]);
      assert.deepEqual(
        readdirSync(path.dirname(output)).filter((name) => name !== "site"),
        [],
        "no staging folder is left behind",
      );
    });
  }

  it("reports unknown fields as warnings with a suggestion and still builds", () => {
    const output = path.join(temporaryFolder(), "site");
    const result = runCli("src/cli/build.ts", [`--input=${fixture("warning-unknown-key")}`, `--output=${output}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stderr,
      /^test\/fixtures\/warning-unknown-key\/articles\/world\/typo-key\.md:5: warning: sumary: is not a known field and is ignored \(did you mean summary\?\)$/m,
    );
    assert.ok(existsSync(path.join(output, "world/typo-key/index.html")));
  });
});

describe("npm run build -- --timings", () => {
  it("prints each stage the build ran with its time, in the order the data flows", () => {
    const output = path.join(temporaryFolder(), "site");
    const cache = temporaryFolder();
    const run = () =>
      runCli("src/cli/build.ts", [`--input=${fixture("basic")}`, `--output=${output}`, "--timings"], { NEWSROOM_CACHE_DIR: cache });
    const stagesOf = (result: CliResult) => {
      assert.equal(result.status, 0, result.stderr);
      const lines = result.stdout.split("\n");
      const rows = lines.slice(lines.indexOf("Stages:") + 1).filter((line) => line.trim() !== "");
      return rows.map((row) => {
        const match = /^ {2}(.+?) +(\d+\.\d\d) s$/.exec(row);
        assert.ok(match, `a stage and its seconds: ${JSON.stringify(row)}`);
        return { stage: match[1] as string, seconds: Number(match[2]) };
      });
    };
    const built = run();
    const first = stagesOf(built);
    assert.deepEqual(
      first.map((row) => row.stage),
      [
        "unchanged-build check",
        "load Eleventy",
        "start Eleventy",
        "load and validate front matter and links",
        "derive articles (render bodies)",
        "validate bodies",
        "send the search documents",
        "article images",
        "plan pages, feeds and sitemaps",
        "Eleventy's templates (developer pages)",
        "render and write pages",
        "search index",
        "swap the new output in",
      ],
    );
    // The stages lie within the time the build reports, each rounded to a hundredth.
    const seconds = first.reduce((sum, row) => sum + row.seconds, 0);
    const total = Number(/ in (\d+\.\d\d) s\n/.exec(built.stdout)?.[1]);
    assert.ok(seconds > 0 && seconds <= total + first.length * 0.005, `${seconds} s of stages within ${total} s`);
    assert.deepEqual(
      stagesOf(run()).map((row) => row.stage),
      ["unchanged-build check"],
      "a build with nothing to change runs the check alone",
    );
  });

  it("prints no stages without the flag", () => {
    const output = path.join(temporaryFolder(), "site");
    const result = runCli("src/cli/build.ts", [`--input=${fixture("basic")}`, `--output=${output}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /Stages:/);
  });
});
