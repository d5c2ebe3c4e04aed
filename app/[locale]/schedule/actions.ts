"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { resetCalendarFeed } from "@/lib/schedule/calendar-feed";

/** A new private calendar URL; the old one stops working. The path is shown once, to its owner. */
export const resetFeedAction = formAction({ schema: z.object({}), access: "user" }, async (_input, user) => {
  const { path } = await resetCalendarFeed(user);
  return { ok: true, data: { path } };
});
