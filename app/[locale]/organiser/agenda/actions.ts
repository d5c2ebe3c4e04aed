"use server";

import { revalidatePath } from "next/cache";
import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { notFoundError } from "@/lib/errors";
import { deleteAgendaSession, saveAgendaSession } from "@/lib/forum-setup/agenda";
import { agendaSessionSchema, deleteSessionSchema } from "@/lib/schemas/agenda-session";

async function forumId() {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  return forum.id;
}

export const saveSessionAction = formAction({ schema: agendaSessionSchema, access: "organiser" }, async (input, user) => {
  const { session, recut, overlaps } = await saveAgendaSession(user, await forumId(), input);
  revalidatePath("/[locale]", "layout");
  return { ok: true, data: { id: session.id, created: !input.sessionId, overlaps, added: recut.added, removed: recut.removed, cancelled: recut.cancelled.length } };
});

export const deleteSessionAction = formAction({ schema: deleteSessionSchema, access: "organiser" }, async (input, user) => {
  const recut = await deleteAgendaSession(user, await forumId(), input);
  revalidatePath("/[locale]", "layout");
  return { ok: true, data: { id: input.sessionId, created: false, overlaps: [], added: recut.added, removed: recut.removed, cancelled: recut.cancelled.length } };
});
