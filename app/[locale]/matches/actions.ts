"use server";

import { formAction } from "@/lib/actions/safe-action";
import { sendRequest } from "@/lib/requests/send";
import { sendRequestSchema } from "@/lib/schemas/requests";

/**
 * Asks another company for a meeting, from the suggestions or a company page. Nothing is
 * revalidated: the suggestions would re-rank under the user's eyes and the outcome vanish with
 * the card; the requests page is rendered fresh on every visit anyway.
 */
export const sendMeetingRequestAction = formAction({ schema: sendRequestSchema, access: "user" }, async (input, user) => {
  const request = await sendRequest(user, input);
  return { ok: true, data: { requestId: request.id } };
});
