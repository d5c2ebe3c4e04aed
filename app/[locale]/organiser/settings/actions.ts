"use server";

import { revalidatePath } from "next/cache";
import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { notFoundError } from "@/lib/errors";
import { updateForumSettings } from "@/lib/forum-setup/settings";
import { forumSettingsSchema } from "@/lib/schemas/forum-settings";

export const saveForumSettingsAction = formAction({ schema: forumSettingsSchema, access: "organiser" }, async (input, user) => {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  const { recut, changed } = await updateForumSettings(user, forum.id, input);
  revalidatePath("/[locale]", "layout");
  return { ok: true, data: { changed, added: recut.added, removed: recut.removed, cancelled: recut.cancelled.length } };
});
