import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSampleSite, buildSampleSiteWithPagination, SAMPLE_CONTENT } from "../helpers/sample-site.ts";
import { temporaryFolder, type BuiltSite } from "../helpers/site.ts";
import { brokenReferences, internalReferences, type Reference } from "../helpers/site-links.ts";

const siteUrl = (JSON.parse(readFileSync(path.join(SAMPLE_CONTENT, "_data", "site.json"), "utf8")) as { url: string }).url;
const describeBroken = (broken: ReturnType<typeof brokenReferences>) =>
  broken.map((reference) => `${reference.from}: ${reference.element} ${reference.url}: ${reference.problem}`).join("\n");
const kinds = (references: Reference[]) => new Set(references.map((reference) => reference.element));

describe("internal links, images and stylesheets of the built site", () => {
  let sample: BuiltSite;
  let paginated: BuiltSite;
  before(async () => {
    sample = await buildSampleSite();
    paginated = await buildSampleSiteWithPagination();
  });

  it("all resolve to built files and existing ids on the sample site", () => {
    const references = internalReferences(sample.output, siteUrl);
    for (const kind of ["<a href>", "<link href>"]) assert.ok(kinds(references).has(kind), `the crawler found ${kind} references`);
    assert.ok(
      references.some((reference) => reference.url === "/assets/site.css"),
      "the stylesheet is among them",
    );
    const broken = brokenReferences(sample.output, references);
    assert.equal(describeBroken(broken), "", `${broken.length} broken of ${references.length}`);
  });

  it("all resolve once a section has a second listing page", () => {
    const references = internalReferences(paginated.output, siteUrl);
    assert.ok(
      references.some((reference) => /\/page\/2\/$/.test(reference.url)),
      "a link to a second page is checked",
    );
    const broken = brokenReferences(paginated.output, references);
    assert.equal(describeBroken(broken), "", `${broken.length} broken of ${references.length}`);
  });
});

describe("the reference checker", () => {
  it("reports a missing page, image, stylesheet, CSS url() and fragment, and accepts what exists", () => {
    const output = temporaryFolder("newsroom-links-");
    mkdirSync(path.join(output, "a"), { recursive: true });
    writeFileSync(path.join(output, "a", "index.html"), '<h2 id="here">Here</h2>');
    writeFileSync(path.join(output, "style.css"), "body { background: url(missing.png) }");
    writeFileSync(
      path.join(output, "index.html"),
      [
        '<link rel="stylesheet" href="/style.css"><link rel="stylesheet" href="/gone.css">',
        '<a href="/a/">ok</a><a href="a/#here">ok</a><a href="/a">ok</a><a href="/b/">missing</a><a href="/a/#nowhere">bad id</a>',
        `<a href="https://elsewhere.example/x">external</a><a href="${siteUrl}/c/">own origin</a>`,
        '<img src="/img/x.png" alt=""><img srcset="/a/ 1x, /img/y.png 2x" alt="">',
      ].join(""),
    );
    const broken = brokenReferences(output, internalReferences(output, siteUrl)).map((reference) => `${reference.from} ${reference.url}`);
    assert.deepEqual(broken.sort(), [
      "/index.html /a/#nowhere",
      "/index.html /b/",
      "/index.html /c/",
      "/index.html /gone.css",
      "/index.html /img/x.png",
      "/index.html /img/y.png",
      "/style.css /missing.png",
    ]);
  });
});
