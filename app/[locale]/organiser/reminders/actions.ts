"use server";

import { revalidatePath } from "next/cache";
import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { notFoundError } from "@/lib/errors";
import { setRequestExpiry } from "@/lib/requests/expiry-settings";
import { requestExpirySchema } from "@/lib/schemas/reminders";

export const setRequestExpiryAction = formAction({ schema: requestExpirySchema, access: "organiser" }, async (input, user) => {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  const days = await setRequestExpiry(user, forum.id, input);
  revalidatePath("/[locale]/organiser/reminders", "page");
  return { ok: true, data: { days } };
});
