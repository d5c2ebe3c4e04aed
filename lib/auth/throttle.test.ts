import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createAccount } from "@/lib/accounts";
import { authenticate } from "./authenticate";
import { changePassword } from "./change-password";
import { clientAddress, FAILURES_PER_EMAIL } from "./throttle";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const password = "the right password";
const account = (email: string) => createAccount({ email, password, fullName: "Elena Smirnova", locale: "en" }, "participant", t.db);
const hitsOf = async (key: string) => (await t.db.select().from(rateLimits).where(eq(rateLimits.key, key)))[0]?.hits ?? 0;
const codes = (results: PromiseSettledResult<unknown>[]) => results.map((r) => (r.status === "rejected" ? (r.reason as { code?: string }).code : "ok"));

describe("guesses sent at once", () => {
  it("check no more current passwords than the limit allows", async () => {
    const user = await account("change.at.once@example.org");
    const results = await Promise.allSettled(
      Array.from({ length: FAILURES_PER_EMAIL * 2 }, (_, i) => changePassword(user, { currentPassword: `guess ${i}`, password: "a brand new password" }, null, t.db)),
    );
    const checked = codes(results).filter((code) => code === "wrongCurrentPassword");
    expect(checked.length).toBeLessThanOrEqual(FAILURES_PER_EMAIL);
    expect(codes(results).filter((code) => code === "tooManyAttempts").length).toBeGreaterThanOrEqual(FAILURES_PER_EMAIL);
  });

  it("check no more sign-in passwords than the limit allows", async () => {
    const user = await account("sign.in.at.once@example.org");
    const results = await Promise.allSettled(
      Array.from({ length: FAILURES_PER_EMAIL * 2 }, (_, i) => authenticate({ email: user.email, password: `guess ${i}` }, t.db, "192.0.2.44")),
    );
    // A wrong password answers null; a refusal before any check throws tooManyAttempts.
    const checked = results.filter((r) => r.status === "fulfilled");
    expect(checked.length).toBeLessThanOrEqual(FAILURES_PER_EMAIL);
  });
});

describe("a right password", () => {
  it("leaves no count on its e-mail nor on its address", async () => {
    const user = await account("right.first.time@example.org");
    const address = "192.0.2.45";
    expect((await authenticate({ email: user.email, password }, t.db, address))?.id).toBe(user.id);
    expect(await hitsOf(`sign-in:email:${user.email}`)).toBe(0);
    expect(await hitsOf(`sign-in:address:${address}`)).toBe(0);
    expect(await authenticate({ email: user.email, password: "a wrong one" }, t.db, address)).toBeNull();
    expect((await authenticate({ email: user.email, password }, t.db, address))?.id).toBe(user.id);
    // The wrong one still counts against the address; the right ones do not.
    expect(await hitsOf(`sign-in:address:${address}`)).toBe(1);
  });
});

describe("the client's address", () => {
  it("is the one the proxy in front saw, not what the client wrote before it", () => {
    // The proxy appends the address it saw to whatever X-Forwarded-For the client sent.
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.9.8.7, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-real-ip": "203.0.113.6" }))).toBe("203.0.113.6");
    // Behind a CDN and a load balancer (TRUSTED_PROXIES=2): the address the CDN saw.
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.9.8.7, 203.0.113.5, 198.51.100.1" }), 2)).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5" }), 2)).toBe("203.0.113.5");
    expect(clientAddress(new Headers())).toBeNull();
  });
});
