import { describe, expect, it } from "vitest";
import { summariseChanges, type ChangeRecord } from "./summary";

const at = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00Z`);
const change = (meetingId: string, kind: ChangeRecord["kind"], minute: number, previous?: string): ChangeRecord => ({
  meetingId,
  kind,
  previousStartsAt: previous ? at(previous) : null,
  createdAt: new Date(Date.UTC(2026, 11, 7, 10, minute)),
});

describe("summarising a delegate's changes", () => {
  it("says where a meeting moved twice ends up, from where it first was", () => {
    const lines = summariseChanges([change("a", "moved", 2, "10:00"), change("a", "moved", 1, "09:00")], [{ id: "a", status: "scheduled", startsAt: at("11:00") }]);
    expect(lines).toEqual([{ kind: "moved", meeting: { id: "a", status: "scheduled", startsAt: at("11:00") }, previousStartsAt: at("09:00"), byOrganiser: false }]);
  });

  it("says a meeting moved to another table at the same time changed table, and who did it", () => {
    const byOrganisers = (id: string, minute: number, time: string, table: number): ChangeRecord => ({ ...change(id, "moved", minute, time), previousTableNumber: table, byOrganiser: true });
    const lines = summariseChanges(
      [byOrganisers("a", 1, "10:00", 12), byOrganisers("b", 1, "11:00", 7)],
      [
        { id: "a", status: "scheduled", startsAt: at("10:00"), tableNumber: 50 },
        { id: "b", status: "scheduled", startsAt: at("11:00"), tableNumber: 7 },
      ],
    );
    // b is back where it was: nothing to say.
    expect(lines).toEqual([{ kind: "tableChanged", meeting: expect.objectContaining({ id: "a" }), previousStartsAt: null, previousTableNumber: 12, byOrganiser: true }]);
  });

  it("says only 'cancelled' for a meeting moved then cancelled, and nothing for one moved back", () => {
    const lines = summariseChanges(
      [change("a", "moved", 1, "09:00"), change("a", "cancelled", 2), change("b", "moved", 1, "14:00"), change("b", "moved", 2, "15:00")],
      [
        { id: "a", status: "cancelled", startsAt: at("10:00") },
        { id: "b", status: "scheduled", startsAt: at("14:00") },
      ],
    );
    expect(lines.map((l) => [l.meeting.id, l.kind])).toEqual([["a", "cancelled"]]);
  });

  it("lists a newly published meeting as new even if it moved after, in time order", () => {
    const lines = summariseChanges(
      [change("late", "published", 1), change("early", "published", 1), change("early", "moved", 3, "12:00")],
      [
        { id: "late", status: "scheduled", startsAt: at("16:00") },
        { id: "early", status: "scheduled", startsAt: at("09:30") },
      ],
    );
    expect(lines.map((l) => [l.meeting.id, l.kind])).toEqual([
      ["early", "published"],
      ["late", "published"],
    ]);
  });

  it("skips changes to meetings the delegate no longer sits at", () => {
    expect(summariseChanges([change("gone", "moved", 1, "09:00")], [])).toEqual([]);
  });

  it("names each person who took or gave up a seat, after the meeting's own line, unless they ended where they began", () => {
    const seat = (id: string, kind: "seated" | "unseated", minute: number, person: string): ChangeRecord => ({ ...change(id, kind, minute), seatUserId: person });
    const meetings = [
      { id: "a", status: "scheduled", startsAt: at("11:00") },
      { id: "b", status: "cancelled", startsAt: at("09:00") },
    ];
    const changes = [
      change("a", "moved", 1, "10:00"),
      seat("a", "seated", 2, "karim"),
      seat("a", "unseated", 3, "amina"),
      seat("a", "seated", 4, "samia"),
      seat("a", "unseated", 5, "samia"),
      seat("b", "seated", 1, "nadir"),
    ];
    const lines = summariseChanges(changes, meetings);
    // Samia came and went; the cancelled meeting says only that it is cancelled.
    expect(lines.map((l) => [l.meeting.id, l.kind, l.seatUserId])).toEqual([
      ["b", "cancelled", undefined],
      ["a", "moved", undefined],
      ["a", "seated", "karim"],
      ["a", "unseated", "amina"],
    ]);
    // Who sits there now has the last word: Karim has left and Samia come back meanwhile, by changes not yet told.
    const now = summariseChanges(changes, meetings, (meetingId, userId) => meetingId === "a" && userId === "samia");
    expect(now.filter((l) => l.seatUserId).map((l) => [l.kind, l.seatUserId])).toEqual([
      ["unseated", "amina"],
      ["seated", "samia"],
    ]);
  });
});
