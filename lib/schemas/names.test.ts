import { describe, expect, it } from "vitest";
import { signUpSchema } from "./auth";
import { companyInputSchema } from "./company";

const codes = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  result.error?.issues.filter((i) => i.path[0] === field).map((i) => i.message) ?? [];

describe("a name left out and a name too short", () => {
  it("are told apart for a company", () => {
    const company = (name: string) => companyInputSchema.safeParse({ name, country: "DZ", city: "Oran", sectors: ["energy"], lookingFor: ["export"] });
    expect(codes(company(""), "name")).toEqual(["required"]);
    expect(codes(company("  "), "name")).toEqual(["required"]);
    expect(codes(company("A"), "name")).toEqual(["tooShort"]);
    expect(codes(company("AB"), "name")).toEqual([]);
  });

  it("are told apart at sign-up", () => {
    const signUp = (fullName: string) => signUpSchema.safeParse({ fullName, email: "a@example.org", password: "long enough password", locale: "fr" });
    expect(codes(signUp(""), "fullName")).toEqual(["required"]);
    expect(codes(signUp("A"), "fullName")).toEqual(["nameTooShort"]);
    expect(signUp("Al").success).toBe(true);
  });
});
