import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDelegates } from "@/db/delegates";
import { findPhoto } from "@/db/photos";
import { users, type Forum, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserById } from "@/db/users";
import { delegateFormSchema, MAX_PHOTO_BYTES } from "@/lib/schemas/delegate";
import { createCompany } from "./company-profile";
import { removeDelegate, removeOwnPhoto, transferMainContact, updateDelegateProfile } from "./delegates";
import { createInvitation, joinCompany } from "./invitations";
import { companyInput, makeForum, makeUser, tinyPng } from "./test-fixtures";

let t: TestDatabase;
let forum: Forum;
beforeAll(async () => {
  t = await createTestDatabase();
  forum = await makeForum(t.db);
});
afterAll(async () => {
  await t?.close();
});

const fresh = async (user: User) => (await findUserById(user.id, t.db))!;

/** A company with its main contact and two other delegates, each joined by a link. */
async function team() {
  const founder = await makeUser(t.db, "Main");
  const company = await createCompany(founder, forum, companyInput(), t.db);
  const main = await fresh(founder);
  const members: User[] = [];
  for (const name of ["Delegate One", "Delegate Two"]) {
    const { token } = await createInvitation(main, { companyId: company.id }, {}, t.db);
    const user = await makeUser(t.db, name);
    await joinCompany(user, token, t.db);
    members.push(await fresh(user));
  }
  return { companyId: company.id, main, one: members[0]!, two: members[1]! };
}

const profile = (extra: Partial<Record<string, unknown>> = {}) =>
  delegateFormSchema.parse({ fullName: "Nadia Ould", jobTitle: "Export", "languages.fr": "on", "languages.ar": "on", languagesOther: "kab", ...extra });

describe("managing delegates", () => {
  it("lets only the main contact remove another delegate, who keeps their account", async () => {
    const { companyId, main, one, two } = await team();
    await expect(removeDelegate(one, { companyId, delegateId: two.id }, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(removeDelegate(main, { companyId, delegateId: main.id }, t.db)).rejects.toMatchObject({ code: "cannotRemoveSelf" });
    await removeDelegate(main, { companyId, delegateId: two.id }, t.db);
    expect(await fresh(two)).toMatchObject({ companyId: null, isMainContact: false });
    expect((await listDelegates(companyId, t.db)).map((d) => d.fullName)).toEqual(["Main", "Delegate One"]);
  });

  it("refuses to remove someone of another company, even naming one's own company", async () => {
    const a = await team();
    const b = await team();
    await expect(removeDelegate(a.main, { companyId: a.companyId, delegateId: b.one.id }, t.db)).rejects.toMatchObject({ code: "notFound" });
    await expect(removeDelegate(a.main, { companyId: b.companyId, delegateId: b.one.id }, t.db)).rejects.toMatchObject({ status: 403 });
    expect((await fresh(b.one)).companyId).toBe(b.companyId);
  });

  it("transfers the main contact role, so that there is always exactly one", async () => {
    const { companyId, main, one } = await team();
    await expect(transferMainContact(one, { companyId, delegateId: one.id }, t.db)).rejects.toMatchObject({ status: 403 });
    await transferMainContact(main, { companyId, delegateId: one.id }, t.db);
    expect((await fresh(one)).isMainContact).toBe(true);
    expect((await fresh(main)).isMainContact).toBe(false);
    // The former main contact's next request no longer carries the role.
    await expect(removeDelegate(await fresh(main), { companyId, delegateId: one.id }, t.db)).rejects.toMatchObject({ status: 403 });
    const mains = await t.db.select().from(users).where(eq(users.companyId, companyId));
    expect(mains.filter((u) => u.isMainContact)).toHaveLength(1);
  });

  it("rolls the transfer back when the new main contact is not a delegate of the company", async () => {
    const a = await team();
    const b = await team();
    await expect(transferMainContact(a.main, { companyId: a.companyId, delegateId: b.one.id }, t.db)).rejects.toMatchObject({ code: "notFound" });
    expect((await fresh(a.main)).isMainContact).toBe(true);
    expect((await fresh(b.one)).isMainContact).toBe(false);
  });

  it("keeps one main contact when the role is given away twice at once", async () => {
    const { companyId, main, one, two } = await team();
    await Promise.allSettled([
      transferMainContact(main, { companyId, delegateId: one.id }, t.db),
      transferMainContact(main, { companyId, delegateId: two.id }, t.db),
    ]);
    const rows = await t.db.select().from(users).where(eq(users.companyId, companyId));
    expect(rows.filter((u) => u.isMainContact)).toHaveLength(1);
  });
});

describe("the delegate profile", () => {
  it("saves name, title and languages (ticked and typed), and a photo", async () => {
    const user = await makeUser(t.db);
    const input = profile({ photo: new Blob([tinyPng], { type: "application/octet-stream" }) });
    await updateDelegateProfile(user, input, t.db);
    expect(await fresh(user)).toMatchObject({ fullName: "Nadia Ould", jobTitle: "Export", languages: ["fr", "ar", "kab"] });
    const photo = await findPhoto(user.id, t.db);
    expect(photo).toMatchObject({ contentType: "image/png", size: tinyPng.length });
    expect(Buffer.compare(photo!.bytes, tinyPng)).toBe(0);
    await removeOwnPhoto(user, t.db);
    expect(await findPhoto(user.id, t.db)).toBeNull();
  });

  it("refuses a text file renamed .png, and writes nothing of the profile", async () => {
    const user = await makeUser(t.db, "Unchanged");
    const fake = new File(["just some text, not an image"], "photo.png", { type: "image/png" });
    await expect(updateDelegateProfile(user, profile({ photo: fake }), t.db)).rejects.toMatchObject({ code: "photoNotImage", field: "photo" });
    expect((await fresh(user)).fullName).toBe("Unchanged");
    expect(await findPhoto(user.id, t.db)).toBeNull();
  });

  it("refuses a photo over 2 MB, in the schema and in the use case", async () => {
    const big = new File([tinyPng, Buffer.alloc(3 * 1024 * 1024)], "big.png", { type: "image/png" });
    const parsed = delegateFormSchema.safeParse({ fullName: "X Y", "languages.fr": "on", photo: big });
    expect(parsed.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`)).toContain("photo:photoTooLarge");
    const user = await makeUser(t.db);
    await expect(updateDelegateProfile(user, { ...profile(), photo: big }, t.db)).rejects.toMatchObject({ code: "photoTooLarge" });
    const justUnder = new File([tinyPng, Buffer.alloc(MAX_PHOTO_BYTES - tinyPng.length)], "max.png");
    await updateDelegateProfile(user, { ...profile(), photo: justUnder }, t.db);
    expect((await findPhoto(user.id, t.db))?.size).toBe(MAX_PHOTO_BYTES);
  });

  it("validates languages as ISO 639 codes and wants at least one", () => {
    const codes = (extra: Record<string, unknown>) =>
      delegateFormSchema.safeParse({ fullName: "X Y", ...extra }).error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];
    expect(codes({})).toContain("languages:chooseLanguage");
    expect(codes({ languagesOther: "english" })).toContain("languagesOther:invalidLanguage");
    expect(codes({ "languages.<script>": "on" })).toContain("languages:invalidLanguage");
    expect(codes({ languagesOther: "kab, pt;uz" })).toEqual([]);
    expect(codes({ "languages.fr": "on", fullName: "x".repeat(121), jobTitle: "y".repeat(121) })).toEqual(["fullName:tooLong", "jobTitle:tooLong"]);
  });
});
