import { describe, expect, it } from "vitest";
import type { Forum } from "@/db/schema";
import { assertSelfServiceOpen, selfServiceOpen } from "./book";

const forum = (over: Partial<Forum>) => ({ bookingMode: "both", scheduleLocked: false, selfBookingClosesAt: null, ...over }) as Forum;
const now = new Date("2026-12-01T10:00:00Z");

describe("self-service booking", () => {
  it("is open unless the organisers schedule alone, have locked the schedule, or its closing time has come, as the actions hold", () => {
    const cases: [Partial<Forum>, boolean][] = [
      [{}, true],
      [{ bookingMode: "self" }, true],
      [{ bookingMode: "organiser" }, false],
      [{ scheduleLocked: true }, false],
      [{ selfBookingClosesAt: new Date("2026-12-01T10:00:01Z") }, true],
      [{ selfBookingClosesAt: now }, false],
    ];
    for (const [over, open] of cases) {
      expect(selfServiceOpen(forum(over), now), JSON.stringify(over)).toBe(open);
      if (open) expect(() => assertSelfServiceOpen(forum(over), now)).not.toThrow();
      else expect(() => assertSelfServiceOpen(forum(over), now)).toThrow();
    }
  });
});
