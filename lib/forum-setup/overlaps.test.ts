import { describe, expect, it } from "vitest";
import { roomOverlaps } from "./overlaps";

const at = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00+01:00`);
const s = (id: string, roomId: string | null, from: string, to: string) => ({ id, roomId, startsAt: at(from), endsAt: at(to) });

describe("overlap warnings per room", () => {
  it("pairs sessions of one room that overlap, both ways", () => {
    const result = roomOverlaps([s("a", "r1", "09:00", "10:00"), s("b", "r1", "09:30", "11:00"), s("c", "r1", "10:30", "12:00")]);
    expect(result.get("a")).toEqual(["b"]);
    expect(result.get("b")?.sort()).toEqual(["a", "c"]);
    expect(result.get("c")).toEqual(["b"]);
  });

  it("ignores back-to-back sessions, other rooms and sessions without a room", () => {
    const result = roomOverlaps([s("a", "r1", "09:00", "10:00"), s("b", "r1", "10:00", "11:00"), s("c", "r2", "09:00", "11:00"), s("d", null, "09:00", "11:00"), s("e", null, "09:00", "11:00")]);
    expect(result.size).toBe(0);
  });
});
