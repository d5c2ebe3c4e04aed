"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import { markAttendance } from "@/lib/attendance/mark";
import { giveUpSeat, takeSeat } from "@/lib/booking/seats";
import { undoAttendance } from "@/lib/attendance/undo";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { recordOutcome } from "@/lib/outcomes/record";
import { attendanceSchema, outcomeSchema, seatSchema, undoAttendanceSchema } from "@/lib/schemas/dayof";

export const markAttendanceAction = formAction({ schema: attendanceSchema, access: "user" }, async (input, user) => {
  const meeting = await markAttendance(user, input);
  revalidatePath("/[locale]/meetings/[id]", "page");
  revalidatePath("/[locale]/schedule", "page");
  return { ok: true, data: { status: meeting.status } };
});

export const recordOutcomeAction = formAction({ schema: outcomeSchema, access: "user" }, async (input, user) => {
  const outcome = await recordOutcome(user, input);
  revalidatePath("/[locale]/meetings/[id]", "page");
  return { ok: true, data: { outcome: outcome.outcome } };
});

export const undoAttendanceAction = formAction({ schema: undoAttendanceSchema, access: "organiser" }, async (input, user): Promise<ActionResult<undefined>> => {
  await undoAttendance(user, input);
  revalidatePath("/[locale]/meetings/[id]", "page");
  revalidatePath("/[locale]/schedule", "page");
  // Thrown as a navigation, which the wrapper passes on: the page comes back saying it is done.
  return redirect({ href: { pathname: `/meetings/${input.meetingId}`, query: { unmarked: "1" } }, locale: isLocale(input.locale) ? input.locale : "fr" });
});

/** The user takes or gives up their own seat; their schedule shows it at once. */
export const seatAction = formAction({ schema: seatSchema, access: "user" }, async (input, user) => {
  if (input.intent === "take") await takeSeat(user, { meetingId: input.meetingId });
  else await giveUpSeat(user, { meetingId: input.meetingId });
  revalidatePath("/[locale]/meetings/[id]", "page");
  revalidatePath("/[locale]/schedule", "page");
  return { ok: true, data: { seated: input.intent === "take" } };
});
