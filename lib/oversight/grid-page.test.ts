import { describe, expect, it } from "vitest";
import { gridPage } from "./grid-page";

const columns = Array.from({ length: 20 }, (_, i) => ({ id: `t${i + 1}` }));

describe("the meetings grid's page", () => {
  it("opens on the first page holding a meeting", () => {
    expect(gridPage(columns, new Set(["t11", "t19"]), 8, undefined)).toBe(2);
    expect(gridPage(columns, new Set(["t3"]), 8, undefined)).toBe(1);
    expect(gridPage(columns, new Set(["t17"]), 8, undefined)).toBe(3);
  });

  it("opens on the first page of a day without meetings", () => {
    expect(gridPage(columns, new Set(), 8, undefined)).toBe(1);
    expect(gridPage([], new Set(), 8, undefined)).toBe(1);
  });

  it("keeps the page asked for, within the pages there are", () => {
    expect(gridPage(columns, new Set(["t19"]), 8, 1)).toBe(1);
    expect(gridPage(columns, new Set(), 8, 9)).toBe(3);
  });
});
