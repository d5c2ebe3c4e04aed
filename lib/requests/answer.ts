import { getDb, type Database } from "@/db/client";
import type { MeetingRequest, User } from "@/db/schema";
import type { AnswerRequestInput } from "@/lib/schemas/request-actions";
import { cancelRequest, respondToRequest } from "./respond";

/** One entry point for the requests page and the API: accept, decline or cancel, same rules. */
export async function answerRequest(user: User | null, input: AnswerRequestInput, db: Database = getDb()): Promise<MeetingRequest> {
  const { requestId, note } = input;
  if (input.action === "cancel") return cancelRequest(user, { requestId, note }, db);
  return respondToRequest(user, { requestId, decision: input.action, note }, db);
}
