import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  formatDateline,
  formatDisplayDate,
  formatDisplayDateTime,
  isKnownTimeZone,
  isoDayIn,
  isoReadingsOf,
  parseIsoDate,
  resolveBuildTime,
  toIsoString,
} from "../../src/articles/dates.ts";

describe("parseIsoDate", () => {
  it("reads a date as midnight UTC and a date-time without a zone as UTC", () => {
    assert.equal(parseIsoDate("2026-11-28")?.toISOString(), "2026-11-28T00:00:00.000Z");
    assert.equal(parseIsoDate("2026-11-28T09:30")?.toISOString(), "2026-11-28T09:30:00.000Z");
    assert.equal(parseIsoDate("2026-11-28 09:30:15.25")?.toISOString(), "2026-11-28T09:30:15.250Z");
  });

  it("applies a written zone offset", () => {
    assert.equal(parseIsoDate("2026-11-28T09:30:00+01:00")?.toISOString(), "2026-11-28T08:30:00.000Z");
    assert.equal(parseIsoDate("2026-11-28T23:30:00-05:00")?.toISOString(), "2026-11-29T04:30:00.000Z");
  });

  it("rejects days, months and times that do not exist instead of rolling them over", () => {
    for (const impossible of [
      "2024-02-30",
      "2024-13-01",
      "2023-02-29",
      "2026-04-31",
      "2026-00-10",
      "2026-11-28T24:00",
      "2026-11-28T12:60",
      "2026-11-28T12:00:61",
    ]) {
      assert.equal(parseIsoDate(impossible), undefined, impossible);
    }
    assert.equal(parseIsoDate("2024-02-29")?.toISOString(), "2024-02-29T00:00:00.000Z", "a leap day is real");
  });

  it("rejects a zone offset outside -12:00 to +14:00 or with 60 minutes or more, and accepts the extremes", () => {
    for (const text of [
      "2026-11-30T10:00:00+25:00",
      "2026-11-30T10:00:00-12:30",
      "2026-11-30T10:00:00+14:01",
      "2026-11-30T10:00:00+05:60",
    ]) {
      assert.equal(parseIsoDate(text), undefined, text);
    }
    assert.equal(parseIsoDate("2026-11-30T10:00:00+14:00")?.toISOString(), "2026-11-29T20:00:00.000Z");
    assert.equal(parseIsoDate("2026-11-30T10:00:00-12:00")?.toISOString(), "2026-11-30T22:00:00.000Z");
  });

  it("rejects text that is not an ISO date", () => {
    for (const text of ["28/11/2026", "November 28, 2026", "2026-11", "2026-11-28T09", "20261128", ""]) {
      assert.equal(parseIsoDate(text), undefined, text);
    }
  });

  it("reads back every date it writes", () => {
    const seconds = fc.integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2200, 0, 1) / 1000 });
    fc.assert(fc.property(seconds, (second) => parseIsoDate(toIsoString(new Date(second * 1000)))?.getTime() === second * 1000));
  });
});

describe("formatDisplayDate", () => {
  it("shows the UTC calendar day whatever the machine's time zone", () => {
    assert.equal(formatDisplayDate(new Date("2026-11-29T04:30:00Z"), "en"), "November 29, 2026");
    assert.equal(formatDisplayDate(new Date("2026-11-29T04:30:00Z"), "de"), "29. November 2026");
  });

  it("formats a date again after it changed in place or in another language", () => {
    const date = new Date("2026-11-29T04:30:00Z");
    assert.equal(formatDisplayDate(date, "en"), "November 29, 2026");
    assert.equal(formatDisplayDate(date, "de"), "29. November 2026");
    assert.equal(toIsoString(date), "2026-11-29T04:30:00Z");
    date.setUTCDate(30);
    assert.equal(formatDisplayDate(date, "de"), "30. November 2026");
    assert.equal(toIsoString(date), "2026-11-30T04:30:00Z");
  });
});

describe("dates in the site's language and time zone", () => {
  const nearMidnight = new Date("2026-11-30T23:30:00Z");

  it("writes the date as the language does", () => {
    const date = new Date("2026-11-30T14:30:00Z");
    assert.equal(formatDisplayDate(date, "en-GB"), "30 November 2026");
    assert.equal(formatDisplayDate(date, "en-US"), "November 30, 2026");
    assert.equal(formatDisplayDate(date, "pl"), "30 listopada 2026");
  });

  it("shows a moment near midnight UTC on the day it is in the site's time zone", () => {
    assert.equal(formatDisplayDate(nearMidnight, "en-GB", "Europe/Warsaw"), "1 December 2026");
    assert.equal(formatDisplayDate(nearMidnight, "en-US", "America/New_York"), "November 30, 2026");
    assert.equal(formatDisplayDate(nearMidnight, "en-GB", "UTC"), "30 November 2026");
  });

  it("adds the time of day with the zone's abbreviation", () => {
    assert.equal(formatDisplayDateTime(nearMidnight, "en-GB", "Europe/Warsaw"), "1 December 2026, 00:30 CET");
    assert.equal(formatDisplayDateTime(nearMidnight, "en-US", "America/New_York"), "November 30, 2026, 6:30 PM EST");
    assert.equal(formatDisplayDateTime(nearMidnight, "pl", "Europe/Warsaw"), "1 grudnia 2026, 00:30 CET");
  });

  it("shows a date written without a time as that day, with no time, in every zone", () => {
    const day = parseIsoDate("2026-10-03")!;
    assert.equal(formatDisplayDateTime(day, "en-US", "America/New_York"), "October 3, 2026");
    assert.equal(formatDisplayDate(day, "en-GB", "Pacific/Auckland"), "3 October 2026");
  });

  it("gives the dateline's day and its calendar date in the zone", () => {
    assert.equal(formatDateline(nearMidnight, "pl", "Europe/Warsaw"), "wtorek, 1 grudnia 2026");
    assert.equal(isoDayIn(nearMidnight, "Europe/Warsaw"), "2026-12-01");
    assert.equal(isoDayIn(nearMidnight, "America/New_York"), "2026-11-30");
  });

  it("knows IANA zones and refuses made-up ones", () => {
    assert.ok(isKnownTimeZone("Europe/Warsaw"));
    assert.ok(isKnownTimeZone("UTC"));
    assert.ok(!isKnownTimeZone("Mars/Olympus_Mons"));
    assert.ok(!isKnownTimeZone("CET+25"));
  });
});

describe("resolveBuildTime", () => {
  const clock = () => new Date("2030-01-01T00:00:00Z");

  it("uses BUILD_NOW when set and the clock otherwise", () => {
    assert.equal(resolveBuildTime("2026-06-01T12:00:00Z", clock).toISOString(), "2026-06-01T12:00:00.000Z");
    assert.equal(resolveBuildTime(undefined, clock).toISOString(), "2030-01-01T00:00:00.000Z");
    assert.equal(resolveBuildTime("  ", clock).toISOString(), "2030-01-01T00:00:00.000Z");
  });

  it("names BUILD_NOW and the expected form when it is not a date", () => {
    assert.throws(
      () => resolveBuildTime("tomorrow", clock),
      /^Error: BUILD_NOW: "tomorrow" is not a valid date \(expected an ISO date-time/,
    );
  });
});

describe("isoReadingsOf", () => {
  it("reads day-first and month-first dates as year-month-day, once when only one reading is a real date", () => {
    assert.deepEqual(isoReadingsOf("30/11/2026"), ["2026-11-30"]);
    assert.deepEqual(isoReadingsOf("11/30/2026"), ["2026-11-30"]);
    assert.deepEqual(isoReadingsOf("5.5.2026"), ["2026-05-05"]);
    assert.deepEqual(isoReadingsOf("05-06-2026"), ["2026-06-05", "2026-05-06"]);
    assert.deepEqual(isoReadingsOf("31/31/2026"), []);
    assert.deepEqual(isoReadingsOf("30/11-2026"), []);
    assert.deepEqual(isoReadingsOf("2026-11-30"), []);
  });
});
