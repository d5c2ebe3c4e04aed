import { getDb, type Database } from "@/db/client";
import { isCheckViolation, isUniqueViolation } from "@/db/errors";
import { companyRecipients, findRequestParty, insertRequest } from "@/db/requests";
import type { MeetingRequest, User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { enqueueEmails } from "@/lib/notifications/outbox";
import type { SendRequestInput } from "@/lib/schemas/requests";
import { requireApprovedCompany } from "./rules";

/** One company asks another for a meeting; the receiving delegates are told by e-mail. */
export async function sendRequest(user: User | null, input: SendRequestInput, db: Database = getDb()): Promise<MeetingRequest> {
  const from = await requireApprovedCompany(user, db);
  if (input.toCompanyId === from.id) throw new PublicError("requestToSelf", 400, "toCompanyId");
  const to = await findRequestParty(input.toCompanyId, db);
  if (!to || to.forumId !== from.forumId || to.status !== "approved") throw new PublicError("notFound", 404, "toCompanyId");
  try {
    return await db.transaction(async (tx) => {
      const request = await insertRequest(
        { forumId: from.forumId, fromCompanyId: from.id, toCompanyId: to.id, createdBy: user!.id, message: input.message },
        tx,
      );
      await enqueueEmails("requestReceived", await companyRecipients(to.id, tx), { from: from.name, message: input.message }, tx);
      return request;
    });
  } catch (error) {
    // The partial unique index allows one live request per pair, whoever sent it.
    if (isUniqueViolation(error)) throw new PublicError("requestExists", 409);
    if (isCheckViolation(error)) throw new PublicError("requestToSelf", 400);
    throw error;
  }
}
