import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { publicationStatus } from "../../src/articles/status.ts";

describe("publicationStatus", () => {
  const buildTime = new Date("2026-06-01T12:00:00Z");

  it("publishes an article dated at or before the build time", () => {
    assert.equal(publicationStatus({ draft: false, date: new Date("2026-06-01T12:00:00Z") }, buildTime), "published");
    assert.equal(publicationStatus({ draft: false, date: new Date("2020-01-01T00:00:00Z") }, buildTime), "published");
  });

  it("schedules an article dated even a second after the build time", () => {
    assert.equal(publicationStatus({ draft: false, date: new Date("2026-06-01T12:00:01Z") }, buildTime), "scheduled");
  });

  it("keeps a draft a draft, whatever its date", () => {
    assert.equal(publicationStatus({ draft: true, date: new Date("2020-01-01T00:00:00Z") }, buildTime), "draft");
    assert.equal(publicationStatus({ draft: true, date: new Date("2030-01-01T00:00:00Z") }, buildTime), "draft");
  });
});
