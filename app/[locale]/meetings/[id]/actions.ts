"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { markAttendance } from "@/lib/attendance/mark";
import { recordOutcome } from "@/lib/outcomes/record";
import { attendanceSchema, outcomeSchema } from "@/lib/schemas/dayof";

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
