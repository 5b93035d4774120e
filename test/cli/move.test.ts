import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixture, openSite, runCli, temporaryFolder } from "../helpers/site.ts";

const FERRY = "content/articles/world/2026-01-10-ferry-fares-rise.md";
const CUP = "content/articles/sport/2026-01-11-cup-final.md";

/** A working directory whose content/ is a copy of the aliases fixture, as in a newsroom's checkout. */
function checkout(): string {
  const root = temporaryFolder();
  cpSync(fixture("aliases"), path.join(root, "content"), { recursive: true });
  return root;
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), "utf8");

describe("npm run move", () => {
  it("changes the slug, keeps the old URL as an alias, and the built old URL redirects to the new one", () => {
    const root = checkout();
    const before = read(root, CUP);
    const result = runCli("src/cli/move.ts", [CUP, "--slug", "cup-final-tonight"], {}, root);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), `Moved ${CUP} to /sport/cup-final-tonight/; /sport/cup-final/ now redirects there.`);
    const added = "slug: cup-final-tonight\naliases: [/sport/cup-final/]\n";
    assert.equal(read(root, CUP), before.replace("\n---\n\nFans", `\n${added}---\n\nFans`), "two lines added, the rest unchanged");
    const build = runCli("src/cli/build.ts", [], {}, root);
    assert.equal(build.status, 0, build.stderr);
    const site = openSite(path.join(root, "_site"));
    assert.equal(site.page("/sport/cup-final-tonight/").querySelector("h1")?.text, "Cup final tonight");
    assert.equal(
      site.page("/sport/cup-final/").querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"),
      "0; url=/sport/cup-final-tonight/",
    );
    assert.match(site.read("/_redirects"), /^\/sport\/cup-final\/ \/sport\/cup-final-tonight\/ 301$/m);
  });

  it("moves an article filed by section into the new section's folder, adding to its block list of aliases", () => {
    const root = checkout();
    const before = read(root, FERRY);
    const result = runCli("src/cli/move.ts", [FERRY, "--section", "sport"], {}, root);
    assert.equal(result.status, 0, result.stderr);
    const moved = "content/articles/sport/2026-01-10-ferry-fares-rise.md";
    assert.ok(!existsSync(path.join(root, FERRY)));
    const expected = before
      .replace("section: world", "section: sport")
      .replace("  - /news/2026/ferry-fares/\n", "  - /news/2026/ferry-fares/\n  - /world/ferry-fares-rise/\n");
    assert.equal(read(root, moved), expected);
    const build = runCli("src/cli/build.ts", [], {}, root);
    assert.equal(build.status, 0, build.stderr);
    const site = openSite(path.join(root, "_site"));
    assert.ok(site.exists("/sport/ferry-fares-rise/"));
    for (const old of ["/world/ferry-fares-rise/", "/world/ferry-fares-to-rise/"]) {
      assert.equal(site.page(old).querySelector("main a")?.getAttribute("href"), "/sport/ferry-fares-rise/");
    }
  });

  it("refuses an unknown section with one line and changes nothing", () => {
    const root = checkout();
    const files = readdirSync(path.join(root, "content"), { recursive: true });
    const result = runCli("src/cli/move.ts", [CUP, "--section", "sprot"], {}, root);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'npm run move: --section: "sprot" is not in sections.json (expected one of: world, sport, culture)\n');
    assert.deepEqual(readdirSync(path.join(root, "content"), { recursive: true }), files);
  });

  it("refuses a slug whose URL another article has, or another article's alias", () => {
    const root = checkout();
    const before = read(root, FERRY);
    const taken = runCli("src/cli/move.ts", [FERRY, "--section", "sport", "--slug", "cup-final"], {}, root);
    assert.equal(taken.status, 1);
    assert.equal(taken.stderr, `npm run move: --slug: /sport/cup-final/ is taken by ${CUP} (expected a URL no page of this site has)\n`);
    const alias = runCli("src/cli/move.ts", [CUP, "--section", "world", "--slug", "ferry-fares-to-rise"], {}, root);
    assert.equal(alias.status, 1);
    assert.equal(
      alias.stderr,
      `npm run move: --slug: /world/ferry-fares-to-rise/ is taken by an alias of ${FERRY} (expected a URL no page of this site has)\n`,
    );
    assert.equal(read(root, FERRY), before);
  });

  it("refuses an invalid slug, and a move that changes nothing", () => {
    const root = checkout();
    assert.match(
      runCli("src/cli/move.ts", [CUP, "--slug", "Cup Final"], {}, root).stderr,
      /^npm run move: --slug: "Cup Final" is not a valid slug/,
    );
    assert.match(runCli("src/cli/move.ts", [CUP], {}, root).stderr, /^npm run move: nothing to change/);
    assert.match(
      runCli("src/cli/move.ts", [CUP, "--slug", "cup-final"], {}, root).stderr,
      /^npm run move: --slug: the article is already at \/sport\/cup-final\//,
    );
  });

  it("prints its usage in one line for an unknown flag or a missing file, and changes nothing", () => {
    const root = checkout();
    const files = readdirSync(path.join(root, "content"), { recursive: true });
    const usage = "(usage: npm run move -- <article file> [--slug=slug] [--section=section] [--input=content])";
    const unknown = runCli("src/cli/move.ts", [CUP, "--sektion", "world"], {}, root);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, `npm run move: Unknown option '--sektion' ${usage}\n`);
    const missing = runCli("src/cli/move.ts", ["--section", "world"], {}, root);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, `npm run move: expected <article file>, got nothing ${usage}\n`);
    assert.deepEqual(readdirSync(path.join(root, "content"), { recursive: true }), files);
  });
});
