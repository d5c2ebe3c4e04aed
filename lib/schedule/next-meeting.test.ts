import { describe, expect, it } from "vitest";
import { nextMeetingToday } from "./next-meeting";

const meeting = (id: string, from: string, to: string, status = "scheduled") => ({ id, status, startsAt: new Date(from), endsAt: new Date(to) });
const day = [
  meeting("first", "2026-12-08T09:00:00Z", "2026-12-08T09:30:00Z"),
  meeting("cancelled", "2026-12-08T10:00:00Z", "2026-12-08T10:30:00Z", "cancelled"),
  meeting("second", "2026-12-08T11:00:00Z", "2026-12-08T11:30:00Z"),
  meeting("tomorrow", "2026-12-09T08:00:00Z", "2026-12-09T08:30:00Z"),
];
const zone = "Africa/Algiers";

describe("the next meeting today", () => {
  it("is the first one still to come, skipping cancelled ones", () => {
    expect(nextMeetingToday(day, new Date("2026-12-08T07:00:00Z"), zone)).toMatchObject({ meeting: { id: "first" }, underway: false });
    expect(nextMeetingToday(day, new Date("2026-12-08T09:40:00Z"), zone)).toMatchObject({ meeting: { id: "second" }, underway: false });
  });

  it("is the one under way while it lasts", () => {
    expect(nextMeetingToday(day, new Date("2026-12-08T09:10:00Z"), zone)).toMatchObject({ meeting: { id: "first" }, underway: true });
  });

  it("is none once the day's meetings are over, even with meetings tomorrow", () => {
    expect(nextMeetingToday(day, new Date("2026-12-08T12:00:00Z"), zone)).toBeNull();
    expect(nextMeetingToday(day, new Date("2026-12-07T18:00:00Z"), zone)).toBeNull();
  });

  it("counts days in the forum's zone, not in UTC", () => {
    // 23:30 UTC on the 8th is already the 9th in Algiers (UTC+1).
    expect(nextMeetingToday(day, new Date("2026-12-08T23:30:00Z"), zone)).toMatchObject({ meeting: { id: "tomorrow" } });
    expect(nextMeetingToday(day, new Date("2026-12-08T23:30:00Z"), "UTC")).toBeNull();
  });
});
