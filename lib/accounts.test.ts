import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createAccount } from "./accounts";
import { authenticate } from "./auth/authenticate";
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
