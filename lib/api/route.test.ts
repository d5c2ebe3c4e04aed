import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { jsonRoute, queryObject } from "./route";

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const participant = { id: "u1", role: "participant", companyId: "c1" } as User;
const organiser = { id: "u2", role: "organiser", companyId: null } as User;

const query = z.object({
  n: z.coerce.number({ error: "invalidPage" }).int({ error: "invalidPage" }).min(1, { error: "invalidPage" }),
  tag: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string())),
});

const call = (handler: (request: Request) => Promise<Response>, search = "") => handler(new Request(`http://localhost/api/v1/test${search}`));

describe("jsonRoute", () => {
  const echo = jsonRoute({ access: "user", query, messages: "directory" }, async ({ query, user }) => ({ query, user: user.id }));

  it("answers a signed-out caller 401 in JSON, never a redirect", async () => {
    session.user = null;
    const response = await call(echo, "?n=1");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: { code: "signInRequired", message: "Please sign in first." } });
  });

  it("parses and coerces the query, repeated keys as lists", async () => {
    session.user = participant;
    const response = await call(echo, "?n=3&tag=a&tag=b");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ query: { n: 3, tag: ["a", "b"] }, user: "u1" });
  });

  it("answers 400 with every invalid field, its code and its English message", async () => {
    session.user = participant;
    const response = await call(echo, "?n=zero");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "invalidInput",
        message: "Some fields need your attention.",
        fields: { n: { code: "invalidPage", message: "The page must be a number from 1 to 1000." } },
      },
    });
  });

  it("keeps organiser routes to organisers: 403 for anyone else", async () => {
    const route = jsonRoute({ access: "organiser" }, async () => ({ ok: true }));
    session.user = participant;
    expect((await call(route)).status).toBe(403);
    expect((await (await call(route)).json()).error.code).toBe("forbidden");
    session.user = organiser;
    expect(await (await call(route)).json()).toEqual({ ok: true });
  });

  it("turns a PublicError into its status, and anything else into a 500 without details", async () => {
    session.user = participant;
    const notFound = jsonRoute({ access: "user" }, async () => {
      throw new PublicError("notFound", 404);
    });
    expect((await call(notFound)).status).toBe(404);
    const conflict = jsonRoute({ access: "public" }, async () => {
      throw new PublicError("emailTaken", 409, "email");
    });
    const body = await (await call(conflict)).json();
    expect(body.error).toMatchObject({ code: "emailTaken", fields: { email: { code: "emailTaken" } } });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = jsonRoute({ access: "public" }, async () => {
      throw new Error("secret connection string in a stack trace");
    });
    const response = await call(broken);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/secret|stack|Error:/);
    expect(JSON.parse(text).error.code).toBe("unexpected");
    log.mockRestore();
  });

  it("writes messages in the language the request asks for, else the user's own; the codes stay", async () => {
    session.user = null;
    const asked = await echo(new Request("http://localhost/api/v1/test?n=1", { headers: { "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5" } }));
    expect(asked.headers.get("content-language")).toBe("ru");
    expect(asked.headers.get("vary")).toMatch(/Accept-Language/);
    expect(await asked.json()).toEqual({ error: { code: "signInRequired", message: "Сначала войдите в систему." } });

    session.user = { ...participant, locale: "ar" } as User;
    const own = await call(echo, "?n=zero");
    expect(own.headers.get("content-language")).toBe("ar");
    expect((await own.json()).error).toMatchObject({ code: "invalidInput", message: "بعض الحقول تحتاج إلى تصحيح." });

    // A language the forum does not speak falls back to the user's.
    const unknown = await echo(new Request("http://localhost/api/v1/test?n=zero", { headers: { "Accept-Language": "de-DE" } }));
    expect((await unknown.json()).error.fields.n).toEqual({ code: "invalidPage", message: "يجب أن تكون الصفحة رقمًا من 1 إلى 1000." });
  });

  it("passes a Response from the handler through as it is", async () => {
    const route = jsonRoute({ access: "public" }, async () => new Response("plain", { status: 202 }));
    const response = await call(route);
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("plain");
  });
});

describe("queryObject", () => {
  it("keeps single values as strings and repeated ones as lists", () => {
    expect(queryObject(new URLSearchParams("q=a&x=1&x=2&e="))).toEqual({ q: "a", x: ["1", "2"], e: "" });
  });
});
