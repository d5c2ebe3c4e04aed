import { sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { sqlStateOf } from "@/db/errors";
import { cancelMeetingRow, findLiveMeetingOfRequest } from "@/db/meetings";
import { companyRecipients, findRequest, findRequestParty, transitionRequest } from "@/db/requests";
import type { MeetingRequest, User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { recordMeetingChange } from "@/lib/notices/record";
import { enqueueEmails } from "@/lib/notifications/outbox";
import type { CancelRequestInput, RespondRequestInput } from "@/lib/schemas/requests";
import { requireApprovedCompany, sideOf } from "./rules";

// Raised by the cap trigger of the meeting_requests table (see its migration).
const capReached = "PA001";

async function loadOwnRequest(user: User | null, requestId: string, db: Database) {
  const company = await requireApprovedCompany(user, db);
  const request = await findRequest(requestId, db);
  if (!request || request.forumId !== company.forumId) throw new PublicError("notFound", 404);
  return { company, request, side: sideOf(user!, request) };
}

/** The receiver accepts or declines; of two delegates answering at once, one wins. */
export async function respondToRequest(user: User | null, input: RespondRequestInput, db: Database = getDb()): Promise<MeetingRequest> {
  const { company, request, side } = await loadOwnRequest(user, input.requestId, db);
  if (side !== "receiver") throw new PublicError("forbidden", 403);
  const status = input.decision === "accept" ? "accepted" : "declined";
  try {
    return await db.transaction(async (tx) => {
      const updated = await transitionRequest(
        request.id,
        ["open"],
        { status, responseNote: input.note || null, respondedBy: user!.id, respondedAt: sql`now()` as unknown as Date },
        tx,
      );
      if (!updated) throw new PublicError(`requestAlready.${(await findRequest(request.id, tx))?.status ?? "cancelled"}`, 409);
      await enqueueEmails(
        status === "accepted" ? "requestAccepted" : "requestDeclined",
        await companyRecipients(request.fromCompanyId, tx),
        { to: company.name, note: input.note },
        tx,
      );
      return updated;
    });
  } catch (error) {
    if (sqlStateOf(error) === capReached) throw new PublicError("meetingCapReached", 409);
    throw error;
  }
}

/** Either side withdraws an open or accepted request; the other side is told. */
export async function cancelRequest(user: User | null, input: CancelRequestInput, db: Database = getDb()): Promise<MeetingRequest> {
  const { company, request, side } = await loadOwnRequest(user, input.requestId, db);
  return db.transaction(async (tx) => {
    const updated = await transitionRequest(
      request.id,
      ["open", "accepted"],
      { status: "cancelled", cancelledBy: user!.id, cancelledAt: sql`now()` as unknown as Date, responseNote: input.note || request.responseNote },
      tx,
    );
    if (!updated) throw new PublicError(`requestAlready.${(await findRequest(request.id, tx))?.status ?? "cancelled"}`, 409);
    // A withdrawn request takes its booked meeting with it, freeing the slot and the table.
    const meeting = await findLiveMeetingOfRequest(request.id, tx);
    const cancelledMeeting = meeting?.status === "scheduled" ? await cancelMeetingRow(meeting.id, tx) : null;
    if (cancelledMeeting) await recordMeetingChange(cancelledMeeting, "cancelled", { byUserId: user!.id }, tx);
    const other = side === "sender" ? request.toCompanyId : request.fromCompanyId;
    const otherParty = await findRequestParty(other, tx);
    await enqueueEmails("requestCancelled", await companyRecipients(other, tx), { by: company.name, other: otherParty?.name ?? "" }, tx);
    return updated;
  });
}
