import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseFrontMatter } from "../../src/articles/front-matter.ts";
import { validateFrontMatter } from "../../src/articles/validate.ts";

const FILE = "articles/story.md";
const SECTIONS = ["world", "sport"];

function validate(fields: string) {
  const { frontMatter } = parseFrontMatter(FILE, `---\n${fields}\n---\n\nBody.\n`);
  assert.ok(frontMatter);
  return validateFrontMatter(FILE, frontMatter, SECTIONS);
}

/** `line field: message`, the parts an editor reads. */
const summary = (result: ReturnType<typeof validate>) =>
  result.issues.map((issue) => `${issue.severity} ${issue.line} ${issue.field}: ${issue.message}`);

describe("validateFrontMatter", () => {
  it("accepts a complete article and fills in the defaults", () => {
    const result = validate("title: Harbour\ndate: 2026-11-28T09:30:00Z\nsection: world\nauthor: Maren Okafor\nupdated: 2026-11-29");
    assert.deepEqual(result.issues, []);
    assert.equal(result.value?.date.toISOString(), "2026-11-28T09:30:00.000Z");
    assert.deepEqual(result.value?.author, ["Maren Okafor"]);
    assert.deepEqual(result.value?.tags, []);
    assert.equal(result.value?.draft, false);
  });

  it("reports every problem of the file at once, each at its own line", () => {
    const result = validate('title: ""\ndate: 2024-13-01\nsection: wrold\nslug: Not_OK\nimage:\n  src: a.jpg');
    assert.equal(result.value, undefined);
    assert.deepEqual(summary(result), [
      "error 2 title: is empty (expected the headline as text)",
      'error 3 date: "2024-13-01" is not a real date (expected the publication date, e.g. 2026-11-28 or 2026-11-28T09:30:00Z)',
      "error 5 slug: is not a valid slug (expected lowercase letters, digits and hyphens, e.g. ferry-fares-rise)",
      "error 6 image.alt: is missing (expected a text description of the image for readers who cannot see it)",
      'error 4 section: "wrold" is not in sections.json (did you mean world? expected one of: world, sport)',
    ]);
  });

  it("points a missing field at the top of the file", () => {
    assert.deepEqual(summary(validate("section: world")), [
      "error 1 title: is missing (expected the headline as text)",
      "error 1 date: is missing (expected the publication date, e.g. 2026-11-28 or 2026-11-28T09:30:00Z)",
    ]);
  });

  it("refuses a date whose zone offset is out of range, naming the offset and the range", () => {
    const result = validate("title: Harbour\ndate: 2026-11-30T10:00:00+25:00\nsection: world");
    assert.equal(result.value, undefined);
    assert.deepEqual(summary(result), ["error 3 date: offset +25:00 is out of range (expected -12:00 to +14:00)"]);
  });

  it("refuses updated before date", () => {
    assert.deepEqual(summary(validate("title: T\ndate: 2026-11-28T10:00:00Z\nupdated: 2026-11-28T09:59:59Z\nsection: world")), [
      "error 4 updated: is before the publication date (expected a date on or after date)",
    ]);
  });

  it("asks for quotes around a headline that YAML reads as a number", () => {
    assert.deepEqual(summary(validate("title: 1984\ndate: 2026-11-28\nsection: world")), [
      'error 2 title: is not text (expected the headline as text; put it in "quotes")',
    ]);
  });

  it("warns about an unknown field with the closest known one, and still accepts the article", () => {
    const result = validate("titel: Oops\ntitle: Harbour\ndate: 2026-11-28\nsection: world\nweather: sunny");
    assert.ok(result.value);
    assert.deepEqual(summary(result), [
      "warning 2 titel: is not a known field and is ignored (did you mean title?)",
      "warning 6 weather: is not a known field and is ignored",
    ]);
  });

  it("refuses fields that would choose where the page is written", () => {
    const result = validate("title: T\ndate: 2026-11-28\nsection: world\npermalink: /../../etc/x.html");
    assert.equal(result.value, undefined);
    assert.equal(result.issues[0]?.field, "permalink");
    assert.equal(result.issues[0]?.severity, "error");
  });

  it("gives back a day-first or month-first date in the form to write, or both readings when it could be either", () => {
    assert.deepEqual(summary(validate("title: Harbour\ndate: 30/11/2026\nsection: world\nupdated: 12/31/2026")), [
      'error 3 date: "30/11/2026" is not written year-month-day (write dates as 2026-11-30)',
      'error 5 updated: "12/31/2026" is not written year-month-day (write dates as 2026-12-31)',
    ]);
    assert.deepEqual(summary(validate("title: Harbour\ndate: 05.06.2026\nsection: world")), [
      'error 3 date: "05.06.2026" could be read two ways (write dates as year-month-day: 2026-06-05 or 2026-05-06)',
    ]);
  });

  it("warns that an author with a comma looks like several names, and keeps one author as written", () => {
    const result = validate("title: Harbour\ndate: 2026-11-28\nsection: world\nauthor: Maren Okafor, Tobias Lindqvist");
    assert.deepEqual(summary(result), ["warning 5 author: looks like two names (write [Maren Okafor, Tobias Lindqvist] for two authors)"]);
    assert.deepEqual(result.value?.author, ["Maren Okafor, Tobias Lindqvist"]);
    assert.deepEqual(summary(validate("title: Harbour\ndate: 2026-11-28\nsection: world\nauthor: [Maren Okafor, Tobias Lindqvist]")), []);
  });
});
