import { describe, expect, it } from "vitest";
import { buildSlots } from "./build";
import { subtract } from "./ranges";

const at = (hhmm: string, day = "2026-12-08") => new Date(`${day}T${hhmm}:00+01:00`);
const times = (slots: { startsAt: Date }[]) =>
  slots.map((s) => new Intl.DateTimeFormat("fr", { timeZone: "Africa/Algiers", hour: "2-digit", minute: "2-digit" }).format(s.startsAt));

describe("subtract", () => {
  it("cuts holes out of a range", () => {
    expect(subtract({ start: 0, end: 10 }, [{ start: 2, end: 4 }, { start: 8, end: 12 }])).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 8 },
    ]);
    expect(subtract({ start: 0, end: 10 }, [{ start: -5, end: 20 }])).toEqual([]);
  });
});

describe("buildSlots", () => {
  const day = { day: "2026-12-08", b2bStartsAt: at("10:00"), b2bEndsAt: at("12:00") };

  it("cuts B2B hours into slots of the forum's length", () => {
    expect(times(buildSlots([day], [], 30))).toEqual(["10:00", "10:30", "11:00", "11:30"]);
    expect(times(buildSlots([day], [], 45))).toEqual(["10:00", "10:45"]);
  });

  it("skips a blocking session and restarts at its end, never straddling it", () => {
    const plenary = { startsAt: at("10:45"), endsAt: at("11:15") };
    expect(times(buildSlots([day], [plenary], 30))).toEqual(["10:00", "11:15"]);
  });

  it("keeps days apart and in order", () => {
    const second = { day: "2026-12-09", b2bStartsAt: at("09:30", "2026-12-09"), b2bEndsAt: at("10:30", "2026-12-09") };
    const slots = buildSlots([second, day], [], 30);
    expect(slots.map((s) => s.day)).toEqual(["2026-12-08", "2026-12-08", "2026-12-08", "2026-12-08", "2026-12-09", "2026-12-09"]);
  });
});
