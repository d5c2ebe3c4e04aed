import { describe, expect, it } from "vitest";
import { currentForumDay, interleave, todayFirst } from "./days";

const days = ["2026-12-08", "2026-12-09"];
const at = (iso: string) => new Date(iso);

describe("the day shown first", () => {
  it("is today in the forum's zone while the forum is on, else the first day", () => {
    expect(currentForumDay(days, at("2026-12-09T08:00:00Z"), "Africa/Algiers")).toBe("2026-12-09");
    expect(currentForumDay(days, at("2026-11-29T08:00:00Z"), "Africa/Algiers")).toBe("2026-12-08");
    expect(currentForumDay([], at("2026-11-29T08:00:00Z"), "Africa/Algiers")).toBeNull();
  });

  it("counts the day in the forum's zone, not UTC nor the device's", () => {
    // 23:30 UTC on the 8th is already the 9th in Algiers (UTC+1), and in Moscow too.
    expect(currentForumDay(days, at("2026-12-08T23:30:00Z"), "Africa/Algiers")).toBe("2026-12-09");
    // 22:30 UTC on the 8th is still the 8th in Algiers, though the 9th in Moscow (UTC+3).
    expect(currentForumDay(days, at("2026-12-08T22:30:00Z"), "Africa/Algiers")).toBe("2026-12-08");
  });

  it("puts today first and the other days after, in order", () => {
    expect(todayFirst([...days, "2026-12-10"], at("2026-12-09T12:00:00Z"), "Africa/Algiers")).toEqual(["2026-12-09", "2026-12-08", "2026-12-10"]);
    expect(todayFirst(["2026-12-09", "2026-12-08"], at("2026-01-01T12:00:00Z"), "Africa/Algiers")).toEqual(["2026-12-08", "2026-12-09"]);
  });
});

describe("one time line", () => {
  it("interleaves meetings and sessions by start, then end, a meeting first at a tie", () => {
    const m = (id: string, from: string, to: string) => ({ id, startsAt: at(from), endsAt: at(to) });
    const line = interleave(
      [m("m1", "2026-12-08T09:00:00Z", "2026-12-08T09:30:00Z"), m("m2", "2026-12-08T10:30:00Z", "2026-12-08T11:00:00Z")],
      [m("s1", "2026-12-08T08:15:00Z", "2026-12-08T09:00:00Z"), m("s2", "2026-12-08T10:30:00Z", "2026-12-08T11:15:00Z"), m("s3", "2026-12-08T09:00:00Z", "2026-12-08T09:30:00Z")],
    );
    expect(line.map((e) => e.item.id)).toEqual(["s1", "m1", "s3", "m2", "s2"]);
  });
});
