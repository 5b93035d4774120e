import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BuildFolderError, checkBuildFolders } from "../../src/build/build-folders.ts";
import { BUILD_MARKER, BUILD_SIGNATURE } from "../../src/build/build-marker.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { DEFAULT_BUILD_NOW, fixture, openSite, PROJECT_ROOT, temporaryFolder } from "../helpers/site.ts";

const CANARY = "canary: this file must survive";

/** Every entry under a folder: files with the hash of their bytes, folders and links by kind. */
function snapshot(root: string): Record<string, string> {
  const entries = readdirSync(root, { recursive: true, encoding: "utf8" }).sort();
  return Object.fromEntries(
    entries.map((entry) => {
      const file = path.join(root, entry);
      const stats = lstatSync(file);
      if (stats.isSymbolicLink()) return [entry, "link"];
      if (stats.isDirectory()) return [entry, "folder"];
      return [entry, createHash("sha256").update(readFileSync(file)).digest("hex")];
    }),
  );
}

/** A throw-away project: `content/` (a copy of the basic fixture) with a canary file in it. */
function workspace(): { root: string; content: string } {
  const root = temporaryFolder("newsroom-folders-");
  const content = path.join(root, "content");
  cpSync(fixture("basic"), content, { recursive: true });
  writeFileSync(path.join(content, "canary.txt"), CANARY);
  return { root, content };
}

function folderWithCanary(folder: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "canary.txt"), CANARY);
  return folder;
}

async function build(input: string, output: string): Promise<void> {
  const previous = process.env.BUILD_NOW;
  process.env.BUILD_NOW = DEFAULT_BUILD_NOW;
  try {
    await buildSite({ input, output });
  } finally {
    if (previous === undefined) delete process.env.BUILD_NOW;
    else process.env.BUILD_NOW = previous;
  }
}

/** The build refuses with one line naming the flag, and nothing under `root` changes. */
async function assertRefused(root: string, input: string, output: string, problem: RegExp): Promise<void> {
  const before = snapshot(root);
  const error = await build(input, output).then(
    () => assert.fail(`the build into ${output} succeeded`),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof BuildFolderError, String(error));
  assert.match(error.message, /^--output=.+ \(expected .+\)$/);
  assert.doesNotMatch(error.message, /\n/);
  assert.match(error.message, problem);
  assert.deepEqual(snapshot(root), before, "nothing was written, moved or deleted");
}

describe("the folders a build is given", () => {
  it("refuses an output that is the content folder", async () => {
    const { root, content } = workspace();
    await assertRefused(root, content, content, /: is the content folder .+ \(expected a folder outside it\)$/);
  });

  it("refuses an output inside the content folder", async () => {
    const { root, content } = workspace();
    await assertRefused(root, content, path.join(content, "_site"), /: is inside the content folder .+ \(expected a folder outside it\)$/);
  });

  it("refuses an output that contains the content folder", async () => {
    const { root, content } = workspace();
    await assertRefused(root, content, root, /: contains the content folder /);
  });

  it("refuses an output that reaches the content folder through a symbolic link", async () => {
    const { root, content } = workspace();
    symlinkSync(content, path.join(root, "link-to-content"));
    await assertRefused(root, content, path.join(root, "link-to-content", "site"), /: is inside the content folder /);
  });

  it("refuses an output that is a symbolic link, and leaves the link and its folder as they were", async () => {
    const { root, content } = workspace();
    folderWithCanary(path.join(root, "elsewhere"));
    symlinkSync(path.join(root, "elsewhere"), path.join(root, "site"));
    await assertRefused(root, content, path.join(root, "site"), /: is a symbolic link /);
  });

  it("refuses an output that is an existing file", async () => {
    const { root, content } = workspace();
    writeFileSync(path.join(root, "notes.txt"), CANARY);
    await assertRefused(root, content, path.join(root, "notes.txt"), /: is a file, not a folder /);
  });

  it("refuses a non-empty folder that no build made", async () => {
    const { root, content } = workspace();
    const mine = folderWithCanary(path.join(root, "mine"));
    await assertRefused(
      root,
      content,
      mine,
      new RegExp(
        `: holds files but no build ${BUILD_MARKER.replace(".", "\\.")} marker, so no build made it \\(expected a new or empty folder, or one an earlier build made\\)$`,
      ),
    );
  });

  it("refuses a marker that is not the build's signature", async () => {
    const { root, content } = workspace();
    const mine = folderWithCanary(path.join(root, "mine"));
    writeFileSync(path.join(mine, BUILD_MARKER), "my own notes\n");
    await assertRefused(root, content, mine, /: holds files but no /);
  });

  it("refuses the current folder and any folder holding it", async () => {
    const { root, content } = workspace();
    const work = folderWithCanary(path.join(root, "work", "here"));
    const cwd = process.cwd();
    process.chdir(work);
    try {
      await assertRefused(root, content, ".", /^--output=\.: is the current folder /);
      await assertRefused(root, content, "..", /^--output=\.\.: contains the current folder /);
    } finally {
      process.chdir(cwd);
    }
  });

  it("refuses the project folder, the home folder, the file-system root and their ancestors", async () => {
    const { root, content } = workspace();
    const project = folderWithCanary(path.join(root, "project"));
    const home = folderWithCanary(path.join(root, "home", "editor"));
    const check = (output: string) => checkBuildFolders({ input: content, output, projectRoot: project, cwd: content, home });
    await assert.rejects(check(project), /: is the project folder /);
    await assert.rejects(check(home), /: is the home folder /);
    await assert.rejects(check(path.dirname(home)), /: contains the home folder /);
    await assert.rejects(check("/"), /--output=\/: is the file-system root \(expected /);
    await check(path.join(project, "_site"));
    await assert.rejects(
      checkBuildFolders({ input: content, output: PROJECT_ROOT, projectRoot: PROJECT_ROOT }),
      /: is the project folder /,
    );
  });

  it("refuses a missing content folder in one line", async () => {
    const { root } = workspace();
    await assert.rejects(build(path.join(root, "missing"), path.join(root, "site")), {
      message: `--input=${path.join(root, "missing")}: no such folder (expected a content folder with _data/ and articles/)`,
    });
  });

  it("builds into a new or empty folder, marks it, and replaces it on the next build", async () => {
    const { root, content } = workspace();
    const output = path.join(root, "empty");
    mkdirSync(output);
    await build(content, output);
    assert.equal(readFileSync(path.join(output, BUILD_MARKER), "utf8"), BUILD_SIGNATURE);
    await build(content, output);
    assert.ok(openSite(output).exists("/world/world-story-1/"));
    assert.deepEqual(readdirSync(root).sort(), ["content", "empty"], "no staging or previous folder is left");
    assert.equal(readFileSync(path.join(content, "canary.txt"), "utf8"), CANARY);
  });
});
