import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createFixtureForum } from "@/db/testing/directory-fixtures";
import { openApiDocument } from "@/lib/api/openapi";
import { directoryQuerySchema } from "@/lib/schemas/directory";
import { GET as openApi } from "../openapi.json/route";

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

let t: TestDatabase;
let GET: typeof import("./route").GET;
const delegate = { id: "00000000-0000-4000-8000-000000000001", role: "participant", companyId: null } as unknown as User;
const organiser = { id: "00000000-0000-4000-8000-000000000002", role: "organiser", companyId: null } as unknown as User;
let waiting: User;
let loner: User;

beforeAll(async () => {
  t = await createTestDatabase();
  // The route reads the process-wide database: this file's copy.
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  const forum = await createFixtureForum(t.db);
  delegate.companyId = await forum.add({ name: "Saidal Atlas Pharma", sectors: ["pharma_health"], lookingFor: ["export"], offers: ["médicaments génériques"] });
  await forum.add({ name: "АО «ВолгаФарм»", country: "RU", sectors: ["pharma_health", "logistics"], description: "Дистрибуция лекарств" });
  waiting = { ...delegate, id: "00000000-0000-4000-8000-000000000003", companyId: await forum.add({ name: "Agro Mitidja", status: "pending", sectors: ["agri_food"] }) };
  loner = { ...delegate, id: "00000000-0000-4000-8000-000000000004", companyId: null };
  ({ GET } = await import("./route"));
});

afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});

const get = (search: string) => GET(new Request(`http://localhost/api/v1/companies${search}`));

describe("GET /api/v1/companies", () => {
  it("is for signed-in users: 401 in JSON otherwise", async () => {
    session.user = null;
    const response = await get("?q=pharma");
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("signInRequired");
  });

  it("searches as the directory page does: typos, filters, facets, approved companies only", async () => {
    session.user = delegate;
    const response = await get("?q=medicaments%20generiqes&country=dz");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ page: 1, pageSize: 20, total: 1, pageCount: 1 });
    expect(body.data).toEqual([
      expect.objectContaining({ name: "Saidal Atlas Pharma", country: "DZ", sectors: ["pharma_health"], lookingFor: ["export"] }),
    ]);
    const all = await (await get("?sector=pharma_health&sector=agri_food")).json();
    expect(all.data.map((c: { name: string }) => c.name)).toEqual(["Saidal Atlas Pharma", "АО «ВолгаФарм»"]);
    expect(all.facets.country).toEqual([
      { value: "DZ", count: 1 },
      { value: "RU", count: 1 },
    ]);
    expect(all.facets.sector.find((s: { value: string }) => s.value === "agri_food").count).toBe(0);
  });

  it("is for organisers and approved companies' delegates: 403 with the reason for a delegate without one", async () => {
    session.user = waiting;
    const pending = await get("?q=pharma");
    expect(pending.status).toBe(403);
    expect((await pending.json()).error).toEqual({
      code: "companyNotApproved",
      message: "Your company is waiting for the organisers' approval. The directory of companies opens as soon as it is approved.",
    });
    session.user = loner;
    const none = await get("?q=pharma");
    expect(none.status).toBe(403);
    expect((await none.json()).error.code).toBe("noCompany");
    session.user = organiser;
    expect((await get("?q=pharma")).status).toBe(200);
  });

  it("answers 400 with the invalid fields named, in English", async () => {
    session.user = delegate;
    const response = await get(`?q=${"x".repeat(101)}&page=0&lookingFor=everything`);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalidInput");
    expect(error.fields).toEqual({
      q: { code: "queryTooLong", message: "The search text can be at most 100 characters long." },
      page: { code: "invalidPage", message: "The page must be a number from 1 to 1000." },
      lookingFor: { code: "invalidLookingFor", message: "This is not one of the options of “Looking for”." },
    });
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes the companies search with exactly the parameters the schema reads", async () => {
    const response = openApi();
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    const parameters = openApiDocument.paths["/api/v1/companies"].get.parameters.map((p) => p.name).sort();
    expect(parameters).toEqual(Object.keys(directoryQuerySchema.shape).sort());
    expect(document.paths["/api/v1/companies"].get.responses).toHaveProperty("401");
    expect(document.paths["/api/v1/companies"].get.responses).toHaveProperty("403");
  });
});
