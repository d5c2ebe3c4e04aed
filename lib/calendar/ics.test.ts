import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, meetingUid, type CalendarMeeting, type CalendarWords } from "./ics";

type Sample = CalendarMeeting & { company: string; table: number };

const base: Sample = {
  id: "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
  status: "scheduled",
  sequence: 0,
  startsAt: new Date("2026-12-08T09:00:00Z"),
  endsAt: new Date("2026-12-08T09:30:00Z"),
  createdAt: new Date("2026-11-01T10:00:00Z"),
  updatedAt: new Date("2026-11-02T10:00:00Z"),
  // Long, multi-byte names: folding must cut by octets, never inside a character.
  company: "АО «ВолгаФарм» — Поволжская фармацевтическая дистрибуторская компания",
  table: 12,
};

const words: CalendarWords<Sample> = {
  calendarName: "Форум — моё расписание",
  summary: (m) => `Встреча: ${m.company}`,
  location: (m) => `Стол ${m.table}, Зал B2B-встреч; вход с улицы`,
  description: (m) => `8 декабря, 10:00–10:30 (Алжир, UTC+1)\nС компанией ${m.company}\nУчастники:\n- مريم بن علي، المديرة العامة (العربية، الفرنسية)\nНужен переводчик: да`,
  alarm: (m) => `Через 10 минут встреча с ${m.company}`,
};

// libical checks required properties too; used where Debian's gir1.2-ical-3.0 is installed.
const libicalCheck = `
import sys, gi
gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I
c = I.Component.new_from_string(sys.stdin.read())
c.check_restrictions()
print(c.count_errors(), c.count_components(I.ComponentKind.VEVENT_COMPONENT))
`;
// Errors, events, and alarms inside events, after libical's own checks.
const libicalAlarms = `
import sys, gi
gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I
c = I.Component.new_from_string(sys.stdin.read())
c.check_restrictions()
alarms = 0
ev = c.get_first_component(I.ComponentKind.VEVENT_COMPONENT)
while ev is not None:
    alarms += ev.count_components(I.ComponentKind.VALARM_COMPONENT)
    ev = c.get_next_component(I.ComponentKind.VEVENT_COMPONENT)
print(c.count_errors(), c.count_components(I.ComponentKind.VEVENT_COMPONENT), alarms)
`;
const python = "/usr/bin/python3";
const hasLibical = existsSync(python) && spawnSync(python, ["-c", 'import gi; gi.require_version("ICalGLib", "3.0")']).status === 0;

const lines = (text: string) => text.split("\r\n").slice(0, -1);
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe("the meetings calendar", () => {
  it("is valid iCalendar that ical.js reads back, one event per meeting", () => {
    const text = buildCalendar([base, { ...base, id: "7f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", table: 3 }], words);
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(2);
    const [event] = events;
    expect(event!.uid).toBe(`${base.id}@passerelle.local`);
    expect(event!.summary).toBe(`Встреча: ${base.company}`);
    expect(event!.location).toBe("Стол 12, Зал B2B-встреч; вход с улицы");
    expect(event!.description).toContain("Нужен переводчик: да");
    expect(event!.description).toContain("مريم بن علي");
    expect(event!.startDate.toJSDate().toISOString()).toBe("2026-12-08T09:00:00.000Z");
    expect(event!.endDate.toJSDate().toISOString()).toBe("2026-12-08T09:30:00.000Z");
    expect(event!.sequence).toBe(0);
    expect(event!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    const alarm = event!.component.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm.getFirstPropertyValue("trigger"))).toBe("-PT10M");
  });

  it("ends every line with CRLF and keeps lines within 75 octets", () => {
    const text = buildCalendar([base], words);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of lines(text)) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    // Folding never splits a character: every line is whole UTF-8.
    for (const line of lines(text)) expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
    expect(lines(text).some((l) => l.startsWith(" "))).toBe(true);
  });

  it("has a VTIMEZONE for every TZID it uses (it writes UTC, so none is needed)", () => {
    const text = buildCalendar([base], words);
    const tzids = new Set([...text.matchAll(/TZID=([^:;]+)/g)].map((m) => m[1]));
    const calendar = parse(text);
    const defined = new Set(calendar.getAllSubcomponents("vtimezone").map((c) => c.getFirstPropertyValue("tzid")));
    for (const tzid of tzids) expect(defined.has(tzid!)).toBe(true);
    expect(lines(text).filter((l) => l.startsWith("DTSTART") || l.startsWith("DTEND")).every((l) => /:\d{8}T\d{6}Z$/.test(l))).toBe(true);
  });

  it("gives the same UID and bytes for the same meeting, and a higher SEQUENCE after a move", () => {
    const first = buildCalendar([base], words);
    expect(buildCalendar([base], words)).toBe(first);
    const moved = { ...base, sequence: 1, startsAt: new Date("2026-12-08T10:00:00Z"), endsAt: new Date("2026-12-08T10:30:00Z"), updatedAt: new Date("2026-11-03T08:00:00Z") };
    const [before, after] = [first, buildCalendar([moved], words)].map((t) => new ICAL.Event(parse(t).getFirstSubcomponent("vevent")!));
    expect(after!.uid).toBe(before!.uid);
    expect(after!.uid).toBe(meetingUid(base.id));
    expect(after!.sequence).toBeGreaterThan(before!.sequence);
  });

  it("marks a cancelled meeting CANCELLED, without an alarm, and can ask apps to refresh", () => {
    const text = buildCalendar([{ ...base, status: "cancelled", sequence: 2 }], words, { refreshSeconds: 3600 });
    const calendar = parse(text);
    const event = calendar.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.getFirstPropertyValue("sequence")).toBe(2);
    expect(event.getFirstSubcomponent("valarm")).toBeNull();
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
  });

  it("gives each live meeting a display alarm 10 minutes before, with what libical requires of one", () => {
    const text = buildCalendar([base], words);
    const alarmLines = text.slice(text.indexOf("BEGIN:VALARM"), text.indexOf("END:VALARM"));
    expect(alarmLines).toMatch(/\r\nACTION:DISPLAY\r\n/);
    expect(alarmLines).toMatch(/\r\nTRIGGER(;RELATED=START)?:-PT10M\r\n/);
    // RFC 5545 requires a DESCRIPTION in a DISPLAY alarm; it names the partner and the table.
    const alarm = parse(text).getFirstSubcomponent("vevent")!.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("description")).toBe(`Через 10 минут встреча с ${base.company}`);
    // The alarm sits inside its event, and the event's times are UTC (no TZID, so no VTIMEZONE needed).
    expect(text.indexOf("BEGIN:VALARM")).toBeGreaterThan(text.indexOf("BEGIN:VEVENT"));
    expect(text.indexOf("END:VALARM")).toBeLessThan(text.indexOf("END:VEVENT"));
    expect(text).not.toContain("TZID");
  });

  it.skipIf(!hasLibical)("passes libical's checks, alarms included: one per live meeting, none on a cancelled one", () => {
    const text = buildCalendar(
      [base, { ...base, id: "9f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", table: 4 }, { ...base, id: "af1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", status: "cancelled", sequence: 3 }],
      words,
      { refreshSeconds: 3600 },
    );
    const result = spawnSync(python, ["-c", libicalAlarms], { input: text, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("0 3 2");
  });

  it.skipIf(!hasLibical)("passes libical's checks of required properties", () => {
    const text = buildCalendar([base, { ...base, id: "8f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", status: "cancelled", sequence: 1 }], words, { refreshSeconds: 3600 });
    const result = spawnSync(python, ["-c", libicalCheck], { input: text, encoding: "utf8" });
    expect(result.stdout.trim()).toBe("0 2");
  });
});
