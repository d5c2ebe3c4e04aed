"use server";

import { revalidatePath } from "next/cache";
import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { publishAnnouncement, removeAnnouncement } from "@/lib/announcements/announcements";
import { notFoundError } from "@/lib/errors";
import { announcementSchema, deleteAnnouncementSchema } from "@/lib/schemas/dayof";

async function forumId() {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  return forum.id;
}

export const publishAnnouncementAction = formAction({ schema: announcementSchema, access: "organiser" }, async (input, user) => {
  const row = await publishAnnouncement(user, await forumId(), input);
  revalidatePath("/[locale]/organiser/announcements", "page");
  revalidatePath("/[locale]/schedule", "page");
  return { ok: true, data: { id: row.id } };
});

export const deleteAnnouncementAction = formAction({ schema: deleteAnnouncementSchema, access: "organiser" }, async (input, user) => {
  await removeAnnouncement(user, await forumId(), input.announcementId);
  revalidatePath("/[locale]/organiser/announcements", "page");
  revalidatePath("/[locale]/schedule", "page");
  return { ok: true, data: { id: input.announcementId } };
});
