"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { formAction } from "@/lib/actions/safe-action";
import { bookMeeting } from "@/lib/booking/book";
import { cancelMeeting, moveMeeting } from "@/lib/booking/change";
import { bookSlotSchema, cancelMeetingSchema, moveMeetingSchema } from "@/lib/schemas/booking";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";

const done = () => {
  revalidatePath("/[locale]/requests/[id]/book", "page");
  return { ok: true as const, data: undefined };
};

export const bookSlotAction = formAction({ schema: bookSlotSchema, access: "user" }, async (input, user) => {
  await bookMeeting(user, input);
  return done();
});

export const moveMeetingAction = formAction({ schema: moveMeetingSchema, access: "user" }, async (input, user) => {
  await moveMeeting(user, input);
  return done();
});

/** The page the cancel came from, told to say that the meeting is cancelled. */
const cancelFromPage = cancelMeetingSchema.extend({ requestId: z.uuid({ error: "notFound" }), locale: z.string().max(5).optional() });

export const cancelMeetingAction = formAction({ schema: cancelFromPage, access: "user" }, async (input, user): Promise<ActionResult<undefined>> => {
  await cancelMeeting(user, input);
  done();
  // Thrown as a navigation, which the wrapper passes on.
  return redirect({ href: { pathname: `/requests/${input.requestId}/book`, query: { cancelled: "1" } }, locale: isLocale(input.locale) ? input.locale : "fr" });
});
