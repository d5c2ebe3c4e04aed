"use server";

import { revalidatePath } from "next/cache";
import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { notFoundError } from "@/lib/errors";
import { setForumGoal } from "@/lib/report/report";
import { forumGoalSchema } from "@/lib/schemas/dayof";

export const setForumGoalAction = formAction({ schema: forumGoalSchema, access: "organiser" }, async (input, user) => {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  await setForumGoal(user, forum.id, input);
  revalidatePath("/[locale]/organiser/report", "page");
  return { ok: true, data: { saved: true } };
});
