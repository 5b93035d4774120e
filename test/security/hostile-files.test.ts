import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixture, openSite, runCli, temporaryFolder } from "../helpers/site.ts";

function contentFolder(): { root: string; content: string } {
  const root = temporaryFolder("newsroom-hostile-");
  const content = path.join(root, "content");
  cpSync(fixture("hardening-base"), content, { recursive: true });
  return { root, content };
}

/** Runs `check` and `build`: each must stop with exactly `expected` as its one error, print no stack trace and write nothing. */
function assertOneError(root: string, expected: string): void {
  for (const [command, args] of [
    ["check", ["--input=content"]],
    ["build", ["--input=content", "--output=site"]],
  ] as const) {
    const result = runCli(`src/cli/${command}.ts`, [...args], {}, root);
    assert.equal(result.status, 1, `${command} fails (status null: it hung and was killed): ${result.stderr}`);
    assert.deepEqual(
      result.stderr.split("\n").filter((line) => line.startsWith("content/")),
      [expected],
      `${command}: ${result.stderr}`,
    );
    assert.doesNotMatch(result.stderr, /\n\s+at /, `${command} prints no stack trace`);
  }
  assert.ok(!existsSync(path.join(root, "site")), "nothing is written");
}

const article = (fields: string) => `---\ntitle: A story\ndate: 2026-01-02T09:00:00Z\nsection: news\n${fields}---\n\nText.\n`;
const deeply = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

describe("files that cannot be read as content", () => {
  it("refuses a folder named like an article", () => {
    const { root, content } = contentFolder();
    mkdirSync(path.join(content, "articles/news/folder.md"));
    writeFileSync(path.join(content, "articles/news/folder.md/notes.txt"), "notes");
    assertOneError(
      root,
      "content/articles/news/folder.md: is a folder (expected a Markdown file: rename it so that its name does not end in .md)",
    );
  });

  it("refuses a named pipe named like an article without opening it", () => {
    const { root, content } = contentFolder();
    execFileSync("mkfifo", [path.join(content, "articles/news/pipe.md")]);
    assertOneError(root, "content/articles/news/pipe.md: is a named pipe, not a regular file (expected a Markdown file: remove it)");
  });

  it("refuses a named pipe as a data file without opening it", () => {
    const { root, content } = contentFolder();
    execFileSync("mkfifo", [path.join(content, "_data/authors.json")]);
    assertOneError(root, "content/_data/authors.json: is a named pipe, not a regular file (expected a JSON file: remove it)");
  });
});

describe("names too long to be a folder in the output", () => {
  it("refuses a slug field longer than 80 characters", () => {
    const { root, content } = contentFolder();
    writeFileSync(path.join(content, "articles/news/long.md"), article(`slug: ${"word-".repeat(60)}end\n`));
    assertOneError(
      root,
      "content/articles/news/long.md:5: slug: is longer than 80 characters (expected a slug of at most 80 characters, e.g. ferry-fares-rise)",
    );
  });

  it("refuses a section slug longer than 80 characters", () => {
    const { root, content } = contentFolder();
    writeFileSync(
      path.join(content, "_data/sections.json"),
      JSON.stringify([
        { slug: "w".repeat(300), title: "Long" },
        { slug: "news", title: "News" },
      ]),
    );
    assertOneError(
      root,
      "content/_data/sections.json: 0.slug: is longer than 80 characters (expected a slug of at most 80 characters, e.g. world)",
    );
  });

  it("cuts slugs made from long tag and author names and file names at a word boundary", () => {
    const { root, content } = contentFolder();
    const long = "Harbour authority publishes its long awaited report on the dredging of the eastern channel and the future of the ferry";
    const fileName = `2026-01-02-${"extraordinarily-long-file-name-".repeat(7)}end.md`;
    writeFileSync(path.join(content, "articles/news", fileName), article(`author: ${long}\ntags: ["${long} (tag)"]\n`));
    const result = runCli("src/cli/build.ts", ["--input=content", "--output=site"], {}, root);
    assert.equal(result.status, 0, result.stderr);
    const site = openSite(path.join(root, "site"));
    const cut = "harbour-authority-publishes-its-long-awaited-report-on-the-dredging-of-the";
    assert.ok(cut.length <= 80);
    assert.ok(site.exists(`/tags/${cut}/`) && site.exists(`/authors/${cut}/`), "term pages at the cut slug");
    const slug = "extraordinarily-long-file-name-extraordinarily-long-file-name-extraordinarily";
    assert.ok(site.exists(`/news/${slug}/`), readFileSync(path.join(root, "site/sitemap.xml"), "utf8"));
  });

  it("reports two long file names cut to the same slug as a duplicate URL", () => {
    const { root, content } = contentFolder();
    const stem = "extraordinarily-long-file-name-".repeat(3);
    writeFileSync(path.join(content, `articles/news/${stem}first-ending.md`), article(""));
    writeFileSync(path.join(content, `articles/news/${stem}second-ending.md`), article(""));
    const result = runCli("src/cli/check.ts", ["--input=content"], {}, root);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /first-ending\.md:1: slug: gives the URL \/news\/extraordinarily-long-file-name-extraordinarily-long-file-name-extraordinarily\/, which .*second-ending\.md also has/,
    );
  });
});

describe("data files nested thousands of levels deep", () => {
  it("reports site.json nested too deeply as one error", () => {
    const { root, content } = contentFolder();
    const site = readFileSync(path.join(content, "_data/site.json"), "utf8").trim();
    writeFileSync(path.join(content, "_data/site.json"), `${site.slice(0, -1)}, "extra": ${deeply(5000)}}`);
    assertOneError(root, "content/_data/site.json: extra.0: is nested more than 100 levels deep (expected plain values)");
  });

  it("reports authors.json nested too deeply as one error", () => {
    const { root, content } = contentFolder();
    writeFileSync(path.join(content, "_data/authors.json"), `[{ "name": "Ada Reporter", "bio": ${deeply(5000)} }]`);
    assertOneError(root, "content/_data/authors.json: 0.bio: is nested more than 100 levels deep (expected plain values)");
  });
});
