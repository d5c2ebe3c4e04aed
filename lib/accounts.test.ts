import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { countHit, forgetStaleHits } from "@/db/rate-limits";
import { rateLimits, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createAccount } from "./accounts";
import { authenticate } from "./auth/authenticate";
import { countSignUp, FAILURES_PER_ADDRESS, FAILURES_PER_EMAIL, SIGN_UPS_PER_ADDRESS } from "./auth/throttle";
import { PublicError } from "./errors";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const input = (email: string) => ({ email, password: "correct horse battery", fullName: "Amina Benali", locale: "fr" as const });

describe("createAccount", () => {
  it("stores a participant with a hashed password and a lower-cased e-mail", async () => {
    const user = await createAccount(input("amina@example.org"), "participant", t.db);
    expect(user.role).toBe("participant");
    expect(user.email).toBe("amina@example.org");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("correct horse");
  });

  it("refuses a second account with the same e-mail, whatever its case", async () => {
    await createAccount(input("karim@example.org"), "participant", t.db);
    const again = createAccount(input("KARIM@example.org".toLowerCase()), "participant", t.db);
    await expect(again).rejects.toBeInstanceOf(PublicError);
    await expect(again).rejects.toMatchObject({ code: "emailTaken", field: "email" });
  });

  it("lets exactly one of two simultaneous sign-ups with one e-mail through", async () => {
    const results = await Promise.allSettled([
      createAccount(input("race@example.org"), "participant", t.db),
      createAccount(input("race@example.org"), "participant", t.db),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "emailTaken" });
    const [row] = await t.db.select({ n: count() }).from(users).where(eq(users.email, "race@example.org"));
    expect(row?.n).toBe(1);
  });

  it("is refused by the database when the e-mail is not lower-case", async () => {
    await expect(t.db.insert(users).values({ email: "Mixed@Example.org", fullName: "X Y" })).rejects.toThrow();
  });
});

describe("authenticate", () => {
  it("accepts the right password and refuses a wrong one or an unknown e-mail alike", async () => {
    await createAccount(input("ivan@example.org"), "participant", t.db);
    expect((await authenticate({ email: "Ivan@Example.org", password: "correct horse battery" }, t.db))?.email).toBe("ivan@example.org");
    expect(await authenticate({ email: "ivan@example.org", password: "wrong password!" }, t.db)).toBeNull();
    expect(await authenticate({ email: "nobody@example.org", password: "correct horse battery" }, t.db)).toBeNull();
    expect(await authenticate({ email: "not an email", password: "x" }, t.db)).toBeNull();
  });
});

describe("sign-in throttling", () => {
  const right = (email: string) => ({ email, password: "correct horse battery" });
  const wrong = (email: string) => ({ email, password: "wrong password!" });

  it("stops checking passwords after too many failures for an e-mail, until its quarter of an hour is over", async () => {
    await createAccount(input("elena@example.org"), "participant", t.db);
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) expect(await authenticate(wrong("elena@example.org"), t.db)).toBeNull();
    // Even the right password is refused now, in any case of the address.
    await expect(authenticate(right("Elena@Example.org"), t.db)).rejects.toMatchObject({ code: "tooManyAttempts", status: 429 });
    // Another account is not held up.
    await createAccount(input("olga@example.org"), "participant", t.db);
    expect((await authenticate(right("olga@example.org"), t.db))?.email).toBe("olga@example.org");
    // An unknown address is counted the same, so a refusal tells nothing of who has an account.
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) await authenticate(right("ghost@example.org"), t.db);
    await expect(authenticate(right("ghost@example.org"), t.db)).rejects.toMatchObject({ code: "tooManyAttempts" });
    await t.db.update(rateLimits).set({ windowStartedAt: new Date(Date.now() - 16 * 60_000) }).where(eq(rateLimits.key, "sign-in:email:elena@example.org"));
    expect((await authenticate(right("elena@example.org"), t.db))?.email).toBe("elena@example.org");
  });

  it("forgets an e-mail's failures at the right password", async () => {
    await createAccount(input("nadia@example.org"), "participant", t.db);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < FAILURES_PER_EMAIL - 1; i++) await authenticate(wrong("nadia@example.org"), t.db);
      expect((await authenticate(right("nadia@example.org"), t.db))?.email).toBe("nadia@example.org");
    }
  });

  it("holds a network address to its own limit across e-mails", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < 3; i++) await authenticate(wrong(`guess${i}@example.org`), t.db, address);
    const [counted] = await t.db.select().from(rateLimits).where(eq(rateLimits.key, `sign-in:address:${address}`));
    expect(counted!.hits).toBe(3);
    // The rest of the limit's failures, without hashing hundreds of passwords.
    await t.db.update(rateLimits).set({ hits: FAILURES_PER_ADDRESS }).where(eq(rateLimits.key, `sign-in:address:${address}`));
    await createAccount(input("sergei@example.org"), "participant", t.db);
    await expect(authenticate(right("sergei@example.org"), t.db, address)).rejects.toMatchObject({ code: "tooManyAttempts" });
    expect((await authenticate(right("sergei@example.org"), t.db, "203.0.113.8"))?.email).toBe("sergei@example.org");
  });

  it("lets the owner of an e-mail guessed at before it had an account sign in once it has one", async () => {
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) await authenticate(wrong("yasmine@example.org"), t.db);
    await expect(authenticate(right("yasmine@example.org"), t.db)).rejects.toMatchObject({ code: "tooManyAttempts" });
    await createAccount(input("yasmine@example.org"), "participant", t.db);
    expect((await authenticate(right("yasmine@example.org"), t.db))?.email).toBe("yasmine@example.org");
    // Refused as taken, a second sign-up forgets nothing.
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) await authenticate(wrong("yasmine@example.org"), t.db);
    await expect(createAccount(input("yasmine@example.org"), "participant", t.db)).rejects.toMatchObject({ code: "emailTaken" });
    await expect(authenticate(right("yasmine@example.org"), t.db)).rejects.toMatchObject({ code: "tooManyAttempts" });
  });

  it("holds a network address to a number of sign-ups a quarter of an hour, counted at once", async () => {
    const address = "198.51.100.4";
    const tries = await Promise.allSettled(Array.from({ length: SIGN_UPS_PER_ADDRESS + 5 }, () => countSignUp(address, t.db)));
    expect(tries.filter((r) => r.status === "fulfilled")).toHaveLength(SIGN_UPS_PER_ADDRESS);
    for (const refused of tries.filter((r) => r.status === "rejected")) expect(refused.reason).toMatchObject({ code: "tooManySignUps", status: 429 });
    await expect(countSignUp("198.51.100.5", t.db)).resolves.toBeUndefined();
    await t.db.update(rateLimits).set({ windowStartedAt: new Date(Date.now() - 16 * 60_000) }).where(eq(rateLimits.key, `sign-up:address:${address}`));
    await expect(countSignUp(address, t.db)).resolves.toBeUndefined();
  });

  it("forgets only counters whose window ended long ago", async () => {
    await countHit("test:old", 60, t.db);
    await countHit("test:recent", 60, t.db);
    await t.db.update(rateLimits).set({ windowStartedAt: new Date(Date.now() - 25 * 3_600_000) }).where(eq(rateLimits.key, "test:old"));
    expect(await forgetStaleHits(24 * 3_600, t.db)).toBe(1);
    expect((await t.db.select().from(rateLimits)).map((r) => r.key)).toContain("test:recent");
    expect(await countHit("test:old", 60, t.db)).toBe(1);
  });

  it("counts every one of many hits at once", async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => countHit("test:burst", 60, t.db)));
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
