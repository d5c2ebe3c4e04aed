"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { bookMeeting } from "@/lib/booking/book";
import { cancelMeeting, moveMeeting } from "@/lib/booking/change";
import { bookSlotSchema, cancelMeetingSchema, moveMeetingSchema } from "@/lib/schemas/booking";

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

export const cancelMeetingAction = formAction({ schema: cancelMeetingSchema, access: "user" }, async (input, user) => {
  await cancelMeeting(user, input);
  return done();
});
