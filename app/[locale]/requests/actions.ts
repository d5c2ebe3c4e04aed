"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { PublicError } from "@/lib/errors";
import { answerRequest } from "@/lib/requests/answer";
import { answerRequestSchema } from "@/lib/schemas/request-actions";

/** Accept, decline or cancel a request; the page and the header's count are drawn again. */
export const answerRequestAction = formAction({ schema: answerRequestSchema, access: "user" }, async (input, user) => {
  try {
    const request = await answerRequest(user, input);
    revalidatePath("/[locale]/requests", "page");
    return { ok: true, data: { status: request.status } };
  } catch (error) {
    // A colleague answered first: show the request as it now stands beside the message.
    if (error instanceof PublicError && error.code.startsWith("requestAlready.")) revalidatePath("/[locale]/requests", "page");
    throw error;
  }
});
