import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { watchContentFolders } from "../../src/site/content-watch.ts";
import { fixture, PROJECT_ROOT, runCli, temporaryFolder, type CliResult } from "../helpers/site.ts";

const OUTSIDE = "is a symbolic link to a place outside the content folder (expected a file or folder inside content)";

/** A throw-away copy of a fixture as `<root>/content`, and `<root>/outside` holding a secret no page or log may show. */
function contentWithSecret(name = "hardening-base"): { root: string; content: string; outside: string; secret: string } {
  const root = temporaryFolder("newsroom-links-");
  const content = path.join(root, "content");
  cpSync(fixture(name), content, { recursive: true });
  const outside = path.join(root, "outside");
  mkdirSync(outside);
  const secret = `CANARY-${randomUUID()}`;
  writeFileSync(path.join(outside, "secret.txt"), `${secret}:x:0:0:root:/root:/bin/bash\n`);
  writeFileSync(
    path.join(outside, "2026-01-05-leaked.md"),
    `---\ntitle: ${secret}\ndate: 2026-01-05T09:00:00Z\nsection: news\n---\n\n${secret}\n`,
  );
  writeFileSync(path.join(outside, "sections.json"), JSON.stringify([{ slug: "news", title: secret }]));
  return { root, content, outside, secret };
}

function everythingWritten(folder: string): string {
  if (!existsSync(folder)) return "";
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), "latin1"))
    .join("\n");
}

/** `npm run check` and `npm run build` on `<root>/content`; both must fail, and neither may show the secret. */
function checkAndBuild(root: string, secret: string): { check: CliResult; build: CliResult } {
  const check = runCli("src/cli/check.ts", ["--input=content"], {}, root);
  const build = runCli("src/cli/build.ts", ["--input=content", "--output=site"], {}, root);
  for (const [name, result] of Object.entries({ check, build })) {
    assert.equal(result.status, 1, `${name} fails: ${result.stderr}`);
    assert.ok(!`${result.stdout}${result.stderr}`.includes(secret), `${name} shows nothing of the target`);
    assert.doesNotMatch(result.stderr, /\n\s+at /, `${name} prints no stack trace`);
  }
  assert.ok(!everythingWritten(path.join(root, "site")).includes(secret), "nothing of the target is published");
  return { check, build };
}

function errorLines(result: CliResult): string[] {
  return result.stderr.split("\n").filter((line) => line.startsWith("content/"));
}

describe("symbolic links in the content folder", () => {
  it("refuses a linked articles/ subfolder that leads outside, naming the link", () => {
    const { root, content, outside, secret } = contentWithSecret();
    symlinkSync(outside, path.join(content, "articles/leak"));
    const { check, build } = checkAndBuild(root, secret);
    assert.deepEqual(errorLines(check), [`content/articles/leak: ${OUTSIDE}`]);
    assert.deepEqual(errorLines(build), [`content/articles/leak: ${OUTSIDE}`]);
  });

  it("refuses a linked data file, and site.json linked to a system file shows none of that file", () => {
    const { root, content, outside, secret } = contentWithSecret();
    for (const [name, target] of [
      ["sections.json", "sections.json"],
      ["site.json", "secret.txt"],
    ] as const) {
      rmSync(path.join(content, "_data", name));
      symlinkSync(path.join(outside, target), path.join(content, "_data", name));
    }
    const { check } = checkAndBuild(root, secret);
    assert.deepEqual(errorLines(check).sort(), [`content/_data/sections.json: ${OUTSIDE}`, `content/_data/site.json: ${OUTSIDE}`]);
  });

  it("refuses a linked image file that leads outside", () => {
    const { root, content, outside, secret } = contentWithSecret();
    cpSync(path.join(PROJECT_ROOT, "content/images/harbour-dredger.jpg"), path.join(outside, "photo.jpg"));
    mkdirSync(path.join(content, "images"));
    symlinkSync(path.join(outside, "photo.jpg"), path.join(content, "images/photo.jpg"));
    const article = (name: string, src: string) =>
      writeFileSync(
        path.join(content, `articles/news/${name}.md`),
        `---\ntitle: ${name}\ndate: 2026-01-02T09:00:00Z\nsection: news\nimage:\n  src: ${src}\n  alt: A photo\n---\n\n![A photo](${src})\n`,
      );
    article("lead", "/images/photo.jpg");
    const { build } = checkAndBuild(root, secret);
    assert.ok(
      errorLines(build).includes(`content/articles/news/lead.md:6: image.src: "/images/photo.jpg": content/images/photo.jpg ${OUTSIDE}`),
      build.stderr,
    );
  });

  it("refuses a linked images/ folder that leads outside", () => {
    const { root, content, outside, secret } = contentWithSecret();
    mkdirSync(path.join(outside, "pictures"));
    cpSync(path.join(PROJECT_ROOT, "content/images/harbour-dredger.jpg"), path.join(outside, "pictures/photo.jpg"));
    symlinkSync(path.join(outside, "pictures"), path.join(content, "images"));
    writeFileSync(
      path.join(content, "articles/news/body.md"),
      `---\ntitle: Body\ndate: 2026-01-02T09:00:00Z\nsection: news\nimage:\n  src: /images/photo.jpg\n  alt: A photo\n---\n\n![A photo](/images/photo.jpg)\n`,
    );
    const { check, build } = checkAndBuild(root, secret);
    const refused = `"/images/photo.jpg": content/images ${OUTSIDE}`;
    const both = [`content/articles/news/body.md:6: image.src: ${refused}`, `content/articles/news/body.md:10: body: image ${refused}`];
    assert.deepEqual(errorLines(check), both);
    assert.deepEqual(errorLines(build), both);
  });

  it("reports each link of a branching loop once instead of following it", () => {
    const { root, content, secret } = contentWithSecret();
    symlinkSync("..", path.join(content, "articles/news/again"));
    symlinkSync("..", path.join(content, "articles/news/and-again"));
    const { check } = checkAndBuild(root, secret);
    const loop = "is a symbolic link to a folder that contains it, a loop (expected a file or folder inside content, not a link)";
    assert.deepEqual(errorLines(check), [`content/articles/news/again: ${loop}`, `content/articles/news/and-again: ${loop}`]);
  });

  it("refuses a link that stays inside the content folder too", () => {
    const { root, content, secret } = contentWithSecret();
    symlinkSync("2026-01-01-plain-story.md", path.join(content, "articles/news/copy.md"));
    const { check } = checkAndBuild(root, secret);
    assert.deepEqual(errorLines(check), [
      "content/articles/news/copy.md: is a symbolic link (expected a file or folder inside content itself, not a link to it: move or copy it here)",
    ]);
  });

  it("does not let the preview's watcher follow a link out of the content folder", async () => {
    const { content, outside } = contentWithSecret();
    symlinkSync(outside, path.join(content, "articles/leak"));
    let changes = 0;
    const watchers = await watchContentFolders(content, () => (changes += 1));
    try {
      writeFileSync(path.join(outside, "2026-01-06-other.md"), "---\ntitle: Other\n---\n");
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(changes, 0);
    } finally {
      for (const watcher of watchers) watcher.close();
    }
  });
});
