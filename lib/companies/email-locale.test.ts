import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserById } from "@/db/users";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { delegateFormSchema } from "@/lib/schemas/delegate";
import { emailOutbox } from "@/db/schema";
import { eq } from "drizzle-orm";
import { updateDelegateProfile } from "./delegates";
import { makeUser } from "./test-fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const form = (extra: Record<string, string>) => delegateFormSchema.parse({ fullName: "Olga Orlova", "languages.ru": "on", ...extra });

describe("the language of a person's e-mails", () => {
  it("is theirs to choose on the profile, and the next e-mail is written in it", async () => {
    const user = await makeUser(t.db, "Olga Orlova");
    expect(user.locale).toBe("fr");
    await updateDelegateProfile(user, form({ locale: "ru" }), t.db);
    const after = (await findUserById(user.id, t.db))!;
    expect(after.locale).toBe("ru");
    await enqueueEmails("companyApproved", [after], { company: "АО «Тест»", reason: "" }, t.db);
    const [sent] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, user.email));
    expect(sent).toMatchObject({ locale: "ru" });
    expect(sent!.body).toContain("Организаторы одобрили");
  });

  it("stays as it was when the form does not name one, and refuses one the forum does not speak", async () => {
    const user = await makeUser(t.db, "Olga Orlova");
    await updateDelegateProfile(user, form({ locale: "ar" }), t.db);
    await updateDelegateProfile(user, form({}), t.db);
    expect((await findUserById(user.id, t.db))!.locale).toBe("ar");
    expect(delegateFormSchema.safeParse({ fullName: "Olga Orlova", "languages.ru": "on", locale: "de" }).success).toBe(false);
  });
});
