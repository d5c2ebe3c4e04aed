import { describe, expect, it } from "vitest";
import { directoryQuerySchema, directorySearchParams } from "./directory";

const parse = (input: Record<string, unknown>) => directoryQuerySchema.safeParse(input);
const codes = (input: Record<string, unknown>) => {
  const result = parse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
};

describe("directoryQuerySchema", () => {
  it("gives defaults for an empty query string", () => {
    expect(parse({}).data).toEqual({ q: "", country: [], sector: [], lookingFor: [], page: 1, pageSize: 20 });
  });

  it("coerces strings: one value or several, trimmed, countries upper-cased, pages as numbers", () => {
    expect(parse({ q: "  агро  ", country: "dz", sector: ["energy", "agri_food"], lookingFor: "export", page: "3" }).data).toEqual({
      q: "агро",
      country: ["DZ"],
      sector: ["energy", "agri_food"],
      lookingFor: ["export"],
      page: 3,
      pageSize: 20,
    });
    // An empty select ("any") means no filter; a key given twice keeps the last page.
    expect(parse({ country: "", sector: "", lookingFor: "", page: ["2", "4"] }).data).toMatchObject({ country: [], sector: [], lookingFor: [], page: 4 });
  });

  it("refuses what it cannot search, with a message key per field", () => {
    expect(codes({ q: "x".repeat(101) })).toEqual({ q: "queryTooLong" });
    expect(codes({ page: "0" })).toEqual({ page: "invalidPage" });
    expect(codes({ page: "1001" })).toEqual({ page: "invalidPage" });
    expect(codes({ page: "deux" })).toEqual({ page: "invalidPage" });
    expect(codes({ pageSize: "500" })).toEqual({ pageSize: "invalidPageSize" });
    expect(codes({ country: "Algeria" })).toEqual({ country: "invalidCountry" });
    expect(codes({ sector: "Energy & more" })).toEqual({ sector: "invalidSector" });
    expect(codes({ lookingFor: "friends" })).toEqual({ lookingFor: "invalidLookingFor" });
    expect(codes({ sector: Array.from({ length: 21 }, (_, i) => `s${i}`) })).toEqual({ sector: "tooMany" });
  });

  it("writes a query back as a short URL search string", () => {
    const query = parse({ q: "solaire", country: "DZ", sector: ["energy", "logistics"], page: "2" }).data!;
    expect(directorySearchParams(query).toString()).toBe("q=solaire&country=DZ&sector=energy&sector=logistics&page=2");
    expect(directorySearchParams(parse({}).data!).toString()).toBe("");
  });
});
