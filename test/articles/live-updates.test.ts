import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { parseIsoDate } from "../../src/articles/dates.ts";
import { parseLiveBody, visibleUpdates } from "../../src/articles/live-updates.ts";
import { checkContent } from "../../src/site/validate-content.ts";
import { fixture } from "../helpers/site.ts";
import { copyOfFixture, writeFiles } from "../security/payloads.ts";

const FILE = "articles/world/2026-11-30-storm-live.md";
const source = readFileSync(path.join(fixture("live-blog"), FILE), "utf8");
const body = source.slice(source.indexOf("---\n", 4) + 4);
const window = {
  date: parseIsoDate("2026-11-30T06:00:00Z")!,
  coverageStart: parseIsoDate("2026-11-30T06:00:00Z")!,
  coverageEnd: parseIsoDate("2026-12-01T18:00:00Z")!,
};
const at = (text: string) => parseIsoDate(text)!;

describe("live blog updates", () => {
  it("reads each update's time, headline and text, newest first, with the key points before them", () => {
    const live = parseLiveBody(body, window);
    assert.deepEqual(live.problems, []);
    assert.deepEqual(
      live.updates.map((update) => [update.id, update.headline]),
      [
        ["update-2026-12-01t0800z", "Crossings resume"],
        ["update-2026-11-30t1432z", "Ferry service suspended"],
        ["update-2026-11-30t0915z", "Harbour closed"],
      ],
    );
    assert.equal(live.summary, "- Ferries suspended across the bay.\n- Schools closed on the islands.");
    assert.match(live.updates[1]!.markdown, /^All crossings are cancelled until tomorrow\.\n\n```\n## 99:99/);
  });

  it("keeps every update's id when a newer update is added", () => {
    const before = parseLiveBody(body, window).updates.map((update) => update.id);
    const after = parseLiveBody(`${body}\n## 2026-12-01T09:30Z Queues at the pier\n\nLong queues.\n`, window).updates.map(
      (update) => update.id,
    );
    assert.deepEqual(after, ["update-2026-12-01t0930z", ...before]);
  });

  it("reads HH:MM as the wall-clock time in the site's time zone, summer and winter time alike", () => {
    const idOf = (date: string, timeZone?: string) =>
      parseLiveBody("## 14:32 Update\n\nText.\n", { date: at(date) }, timeZone).updates.map((update) => update.id);
    assert.deepEqual(idOf("2026-07-01", "Europe/Warsaw"), ["update-2026-07-01t1232z"], "CEST is UTC+2");
    assert.deepEqual(idOf("2026-12-01", "Europe/Warsaw"), ["update-2026-12-01t1332z"], "CET is UTC+1");
    assert.deepEqual(idOf("2026-07-01", "UTC"), ["update-2026-07-01t1432z"]);
    assert.deepEqual(idOf("2026-07-01"), ["update-2026-07-01t1432z"], "UTC when the site names no zone");
    assert.deepEqual(idOf("2026-07-01", "America/New_York"), ["update-2026-07-01t1832z"], "a day written as a date is that day");
  });

  it("reads HH:MM on the article's date as seen in the site's time zone", () => {
    // 23:30Z on 30 November is already 1 December in Warsaw.
    const late = parseLiveBody("## 08:00 Morning\n", { date: at("2026-11-30T23:30:00Z") }, "Europe/Warsaw");
    assert.deepEqual(
      late.updates.map((update) => update.id),
      ["update-2026-12-01t0700z"],
    );
    const parsed = parseLiveBody("## 9.15 Bad\n", { date: at("2026-11-30") }, "Europe/Warsaw");
    assert.match(parsed.problems[0]!.message, /in the site's time zone \(Europe\/Warsaw\)/);
  });

  it("hides an update until a build at or after its time", () => {
    const { updates } = parseLiveBody(body, window);
    assert.deepEqual(
      visibleUpdates(updates, at("2026-11-30T14:31:00Z")).map((update) => update.headline),
      ["Harbour closed"],
    );
    assert.equal(visibleUpdates(updates, at("2026-11-30T14:32:00Z")).length, 2);
    assert.equal(visibleUpdates(updates, at("2026-12-02T00:00:00Z")).length, 3);
  });

  it("reports malformed, repeated and out-of-window update times at their file lines", async () => {
    const input = copyOfFixture("live-blog");
    const broken = source
      .replace("## 09:15 Harbour closed", "## 9.15 Harbour closed")
      .replace("## 2026-12-01T08:00Z", "## 14:32")
      .concat("\n## 2026-12-02T08:00Z Too late\n\nText.\n");
    writeFiles(input, { [FILE]: broken });
    const issues = await checkContent({ inputDir: input, buildTime: at("2026-12-03T00:00:00Z") });
    const lines = issues
      .filter((issue) => issue.severity === "error")
      .map((issue) => formatIssue({ ...issue, file: path.relative(input, path.resolve(issue.file)) }));
    assert.deepEqual(lines, [
      `${FILE}:14: body: update time "9.15" is not a time (expected HH:MM on the article's date, in the site's time zone (UTC), or a date-time such as 2026-11-30T14:32Z)`,
      `${FILE}:26: body: update time 14:32 is also the time of an earlier update (expected one update per time, e.g. a minute later)`,
      `${FILE}:30: body: update time 2026-12-02T08:00Z is after coverageEnd 2026-12-01T18:00:00Z (expected a time within the coverage window)`,
    ]);
  });

  it("asks a live blog for its coverageStart", async () => {
    const input = copyOfFixture("live-blog");
    writeFiles(input, { [FILE]: source.replace("coverageStart: 2026-11-30T06:00:00Z\n", "") });
    const issues = await checkContent({ inputDir: input, buildTime: at("2026-12-03T00:00:00Z") });
    assert.match(
      issues.map(formatIssue).join("\n"),
      /storm-live\.md:1: coverageStart: is missing \(expected the time live coverage starts/,
    );
  });
});
