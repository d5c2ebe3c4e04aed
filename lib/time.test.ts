import { afterAll, describe, expect, it } from "vitest";
import { formatTime, formatTimeRange, localDay, zoneLabel } from "./time";

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

// The device's zone must never leak into what is shown: rerun everything under several zones.
describe.each(["UTC", "Europe/Moscow", "Africa/Algiers", "America/Los_Angeles", "Asia/Vladivostok"])(
  "forum times when the process runs in %s",
  (zone) => {
    const nineUtc = new Date("2026-12-08T09:00:00Z");

    it("shows an instant in the forum's zone", () => {
      process.env.TZ = zone;
      expect(new Date("2026-12-08T09:00:00Z").getTime()).toBe(nineUtc.getTime());
      expect(formatTime(nineUtc, "fr", "Africa/Algiers")).toBe("10:00");
      expect(formatTime(nineUtc, "ru", "Africa/Algiers")).toBe("10:00");
      expect(formatTime(nineUtc, "en", "Europe/Moscow")).toBe("12:00");
    });

    it("names the zone with its offset", () => {
      process.env.TZ = zone;
      expect(zoneLabel("Alger", "Africa/Algiers", nineUtc)).toBe("Alger (UTC+1)");
      expect(zoneLabel("London", "Europe/London", nineUtc)).toBe("London (UTC+0)");
    });

    it("gives the forum's calendar day around midnight", () => {
      process.env.TZ = zone;
      expect(localDay(new Date("2026-12-08T23:30:00Z"), "Africa/Algiers")).toBe("2026-12-09");
      expect(localDay(new Date("2026-12-08T22:30:00Z"), "Africa/Algiers")).toBe("2026-12-08");
    });
  },
);

describe("a range of times", () => {
  const start = new Date("2026-12-08T11:00:00Z");
  const end = new Date("2026-12-08T11:30:00Z");

  it("reads start to end, and in Arabic is isolated left to right so that it does not run backwards", () => {
    expect(formatTimeRange(start, end, "fr", "Africa/Algiers")).toBe("12:00–12:30");
    expect(formatTimeRange(start, end, "ru", "Africa/Algiers")).toBe("12:00–12:30");
    const arabic = formatTimeRange(start, end, "ar", "Africa/Algiers");
    expect(arabic.startsWith("\u2066") && arabic.endsWith("\u2069")).toBe(true);
    expect(arabic.slice(1, -1)).toBe(`${formatTime(start, "ar", "Africa/Algiers")}–${formatTime(end, "ar", "Africa/Algiers")}`);
  });
});
