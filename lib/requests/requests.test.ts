import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { companies, emailOutbox, forums, meetingRequests, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { insertUser } from "@/db/users";
import { cancelRequest, respondToRequest } from "./respond";
import { sendRequest } from "./send";

let t: TestDatabase;
let amina: User; // Algerian pharma, main contact
let ivan: User; // Russian pharma
let elena: User; // Russian AI
let karim: User; // Algerian renewables
let nadia: User; // pending company
let ivanColleague: User;

const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  const demo = (name: string) => byEmail(`${name}@demo.passerelle.test`);
  amina = await demo("amina.benali");
  ivan = await demo("ivan.petrov");
  elena = await demo("elena.smirnova");
  karim = await demo("karim.haddad");
  nadia = await demo("nadia.mansouri");
  ivanColleague = await insertUser({ email: "colleague@ivan.test", fullName: "Pavel Orlov", companyId: ivan.companyId, locale: "ru" }, t.db);
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(meetingRequests);
  await t.db.delete(emailOutbox);
  await t.db.update(forums).set({ meetingCap: 20 });
});

const send = (from: User, to: User, message = "Rencontrons-nous") => sendRequest(from, { toCompanyId: to.companyId!, message }, t.db);

describe("sending a request", () => {
  it("opens a request and tells each receiving delegate in their language", async () => {
    const request = await send(amina, ivan);
    expect(request).toMatchObject({ status: "open", fromCompanyId: amina.companyId, toCompanyId: ivan.companyId, createdBy: amina.id });
    const mails = await t.db.select().from(emailOutbox).where(inArray(emailOutbox.toEmail, [ivan.email, ivanColleague.email]));
    expect(mails).toHaveLength(2);
    expect(mails.every((m) => m.locale === "ru" && m.subject.includes("хочет встретиться"))).toBe(true);
    expect(mails[0]!.body).toContain("Rencontrons-nous");
  });

  it("refuses a request to one's own company, to an unapproved company, or from one", async () => {
    await expect(send(amina, amina)).rejects.toMatchObject({ code: "requestToSelf", status: 400 });
    await expect(send(amina, nadia)).rejects.toMatchObject({ code: "notFound", status: 404 });
    await expect(send(nadia, amina)).rejects.toMatchObject({ code: "companyNotApproved", status: 403 });
    await expect(sendRequest(null, { toCompanyId: ivan.companyId!, message: "" }, t.db)).rejects.toMatchObject({ status: 401 });
    expect(await t.db.select().from(meetingRequests)).toHaveLength(0);
  });

  it("allows one live request per pair, in either direction, even when both send at once", async () => {
    await send(amina, ivan);
    await expect(send(amina, ivan)).rejects.toMatchObject({ code: "requestExists", status: 409 });
    await expect(send(ivan, amina)).rejects.toMatchObject({ code: "requestExists", status: 409 });
    const race = await Promise.allSettled([send(karim, elena), send(elena, karim)]);
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((race.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "requestExists" });
  });

  it("is refused by the database itself when addressed to oneself", async () => {
    const [forum] = await t.db.select().from(forums);
    await expect(
      t.db.insert(meetingRequests).values({ forumId: forum!.id, fromCompanyId: amina.companyId!, toCompanyId: amina.companyId! }),
    ).rejects.toThrow();
  });
});

describe("answering and cancelling", () => {
  it("lets only the receiving company answer; a stranger learns nothing", async () => {
    const request = await send(amina, ivan);
    await expect(respondToRequest(amina, { requestId: request.id, decision: "accept", note: "" }, t.db)).rejects.toMatchObject({ status: 403 });
    await expect(respondToRequest(karim, { requestId: request.id, decision: "accept", note: "" }, t.db)).rejects.toMatchObject({ status: 404 });
    const accepted = await respondToRequest(ivan, { requestId: request.id, decision: "accept", note: "С удовольствием" }, t.db);
    expect(accepted).toMatchObject({ status: "accepted", respondedBy: ivan.id, responseNote: "С удовольствием" });
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, amina.email));
    expect(mail!.subject).toContain("قبلت");
  });

  it("lets one of two delegates answering at once win; the other sees the outcome", async () => {
    const request = await send(amina, ivan);
    const race = await Promise.allSettled([
      respondToRequest(ivan, { requestId: request.id, decision: "accept", note: "" }, t.db),
      respondToRequest(ivanColleague, { requestId: request.id, decision: "decline", note: "" }, t.db),
    ]);
    const won = race.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ status: string }>;
    const lost = race.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(won).toBeDefined();
    expect(lost.reason).toMatchObject({ code: `requestAlready.${won.value.status}`, status: 409 });
  });

  it("frees the pair after a decline or a cancellation", async () => {
    const first = await send(amina, ivan);
    await respondToRequest(ivan, { requestId: first.id, decision: "decline", note: "" }, t.db);
    const second = await send(ivan, amina);
    await cancelRequest(ivan, { requestId: second.id, note: "" }, t.db);
    await expect(cancelRequest(amina, { requestId: second.id, note: "" }, t.db)).rejects.toMatchObject({ code: "requestAlready.cancelled" });
    const third = await send(amina, ivan);
    const accepted = await respondToRequest(ivan, { requestId: third.id, decision: "accept", note: "" }, t.db);
    const cancelled = await cancelRequest(amina, { requestId: accepted.id, note: "Empêchement" }, t.db);
    expect(cancelled).toMatchObject({ status: "cancelled", cancelledBy: amina.id });
  });

  it("holds the forum's cap on accepted meetings per company, even under a race", async () => {
    await t.db.update(forums).set({ meetingCap: 1 });
    const toIvan = await send(amina, ivan);
    const toElena = await send(karim, elena);
    const fromElenaToAmina = await send(elena, amina);
    await respondToRequest(ivan, { requestId: toIvan.id, decision: "accept", note: "" }, t.db);
    await expect(respondToRequest(amina, { requestId: fromElenaToAmina.id, decision: "accept", note: "" }, t.db)).rejects.toMatchObject({
      code: "meetingCapReached",
      status: 409,
    });
    const [still] = await t.db.select().from(meetingRequests).where(eq(meetingRequests.id, fromElenaToAmina.id));
    expect(still!.status).toBe("open");

    // Elena's company has two requests waiting and room for one: two accepts at once, one wins.
    await t.db.update(meetingRequests).set({ status: "cancelled" }).where(eq(meetingRequests.id, fromElenaToAmina.id));
    const nadiaCompany = (await t.db.select().from(companies).where(eq(companies.id, nadia.companyId!)))[0]!;
    await t.db.update(companies).set({ status: "approved" }).where(eq(companies.id, nadiaCompany.id));
    const fromNadia = await send(nadia, elena);
    const race = await Promise.allSettled([
      respondToRequest(elena, { requestId: toElena.id, decision: "accept", note: "" }, t.db),
      respondToRequest(elena, { requestId: fromNadia.id, decision: "accept", note: "" }, t.db),
    ]);
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const accepted = await t.db
      .select()
      .from(meetingRequests)
      .where(and(eq(meetingRequests.status, "accepted"), eq(meetingRequests.toCompanyId, elena.companyId!)));
    expect(accepted).toHaveLength(1);
    await t.db.update(companies).set({ status: "pending" }).where(eq(companies.id, nadiaCompany.id));
  });
});
