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

/** The booking page a change came from, in its language: it comes back saying what was done. */
const fromPage = { requestId: z.uuid({ error: "notFound" }), locale: z.string().max(5).optional() };
/** Thrown as a navigation, which the action wrapper passes on. */
const backTo = (input: { requestId: string; locale?: string }, said: "booked" | "moved" | "cancelled", value = "1") => {
  revalidatePath("/[locale]/requests/[id]/book", "page");
  return redirect({ href: { pathname: `/requests/${input.requestId}/book`, query: { [said]: value } }, locale: isLocale(input.locale) ? input.locale : "fr" });
};

export const bookSlotAction = formAction({ schema: bookSlotSchema.extend({ locale: fromPage.locale }), access: "user" }, async (input, user): Promise<ActionResult<undefined>> => {
  await bookMeeting(user, input);
  return backTo(input, "booked");
});

export const moveMeetingAction = formAction({ schema: moveMeetingSchema.extend(fromPage), access: "user" }, async (input, user): Promise<ActionResult<undefined>> => {
  await moveMeeting(user, input);
  return backTo(input, "moved");
});

const cancelFromPage = cancelMeetingSchema.extend(fromPage);

export const cancelMeetingAction = formAction({ schema: cancelFromPage, access: "user" }, async (input, user): Promise<ActionResult<undefined>> => {
  await cancelMeeting(user, input);
  // The cancelled meeting's id, so the page can offer it to take out of a calendar it was added to.
  return backTo(input, "cancelled", input.meetingId);
});
