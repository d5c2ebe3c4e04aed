import { describe, expect, it } from "vitest";
import { daysBetween, isTimeZone, utcToZoned, zonedToUtc } from "./time-input";

describe("times typed in the forum's zone", () => {
  it("reads a wall-clock time in the forum's zone, whatever the machine's zone", () => {
    expect(zonedToUtc("2026-12-08", "10:00", "Africa/Algiers").toISOString()).toBe("2026-12-08T09:00:00.000Z");
    expect(zonedToUtc("2026-12-08", "10:00", "Europe/Moscow").toISOString()).toBe("2026-12-08T07:00:00.000Z");
    expect(zonedToUtc("2026-12-08", "00:30", "UTC").toISOString()).toBe("2026-12-08T00:30:00.000Z");
  });

  it("follows a clock change", () => {
    expect(zonedToUtc("2026-03-29", "09:00", "Europe/Paris").toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(zonedToUtc("2026-03-28", "09:00", "Europe/Paris").toISOString()).toBe("2026-03-28T08:00:00.000Z");
  });

  it("shows an instant back as the day and time the form holds", () => {
    expect(utcToZoned(new Date("2026-12-08T23:30:00Z"), "Africa/Algiers")).toEqual({ day: "2026-12-09", time: "00:30" });
    const at = zonedToUtc("2026-12-09", "16:45", "Asia/Kolkata");
    expect(utcToZoned(at, "Asia/Kolkata")).toEqual({ day: "2026-12-09", time: "16:45" });
  });

  it("accepts IANA zones only", () => {
    expect(isTimeZone("Africa/Algiers")).toBe(true);
    expect(isTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("+01:00")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("lists the days of a range", () => {
    expect(daysBetween("2026-12-30", "2027-01-01")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01"]);
    expect(daysBetween("2026-12-09", "2026-12-08")).toEqual([]);
  });
});
