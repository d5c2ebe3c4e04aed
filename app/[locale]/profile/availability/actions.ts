"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { saveBlockedSlots } from "@/lib/availability/blocks";
import { blockedSlotsSchema } from "@/lib/schemas/booking";

export const saveAvailabilityAction = formAction({ schema: blockedSlotsSchema, access: "user" }, async (input, user) => {
  await saveBlockedSlots(user, input);
  revalidatePath("/[locale]/profile/availability", "page");
  return { ok: true as const, data: undefined };
});
