import { describe, expect, it, vi } from "vitest";

// Only the list and its matching are under test here, not Next's router.
vi.mock("@/lib/i18n/navigation", () => ({ Link: () => null, usePathname: () => "/organiser" }));
vi.mock("next-intl", () => ({ useTranslations: () => (key: string) => key }));
import { consoleLinks, currentConsoleLink } from "./console-nav";

describe("the console's navigation", () => {
  it("lists every page of the console once", () => {
    const hrefs = consoleLinks.map((l) => l.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).toEqual(expect.arrayContaining(["/organiser/scheduler", "/organiser/meetings", "/organiser/check-in", "/organiser/report", "/organiser/audit", "/organiser/reminders"]));
  });

  it("marks the page shown, and the section of a page below it", () => {
    expect(currentConsoleLink("/organiser")).toBe("/organiser");
    expect(currentConsoleLink("/organiser/settings")).toBe("/organiser/settings");
    expect(currentConsoleLink("/organiser/meetings/print")).toBe("/organiser/meetings");
    expect(currentConsoleLink("/organisers")).toBeUndefined();
  });
});
