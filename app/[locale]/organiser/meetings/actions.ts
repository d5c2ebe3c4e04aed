"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { assertOrganiser } from "@/lib/auth/permissions";
import { cancelMeetingAsOrganiser, moveMeetingAsOrganiser } from "@/lib/oversight/meeting-changes";
import { cancelMeetingByOrganiserSchema, moveMeetingByOrganiserSchema } from "@/lib/schemas/oversight";

const refresh = () => {
  revalidatePath("/[locale]/organiser/meetings", "page");
  revalidatePath("/[locale]/organiser/meetings/[id]", "page");
};

export const moveMeetingByOrganiserAction = formAction({ schema: moveMeetingByOrganiserSchema, access: "organiser" }, async (input, user) => {
  assertOrganiser(user);
  const moved = await moveMeetingAsOrganiser(user, input);
  refresh();
  return { ok: true, data: { status: "moved" as const, slotId: moved.slotId, tableId: moved.tableId } };
});

export const cancelMeetingByOrganiserAction = formAction({ schema: cancelMeetingByOrganiserSchema, access: "organiser" }, async (input, user) => {
  assertOrganiser(user);
  await cancelMeetingAsOrganiser(user, input);
  refresh();
  return { ok: true, data: { status: "cancelled" as const, slotId: "", tableId: "" } };
});
