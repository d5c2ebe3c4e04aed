"use server";

import { revalidatePath } from "next/cache";
import { getCurrentForum } from "@/db/forums";
import type { SessionSaved } from "@/components/organiser/setup/session-form";
import type { ActionResult } from "@/lib/actions/result";
import { formAction } from "@/lib/actions/safe-action";
import { notFoundError } from "@/lib/errors";
import { deleteAgendaSession, saveAgendaSession } from "@/lib/forum-setup/agenda";
import { redirect } from "@/lib/i18n/navigation";
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

/**
 * Back to the programme, which says what the deletion did: the form that asked leaves the page
 * with its session, and from the session's own page there is no page left to say it on.
 */
export const deleteSessionAction = formAction({ schema: deleteSessionSchema, access: "organiser" }, async (input, user): Promise<ActionResult<SessionSaved>> => {
  const recut = await deleteAgendaSession(user, await forumId(), input);
  revalidatePath("/[locale]", "layout");
  const query = { deleted: "1", added: String(recut.added), removed: String(recut.removed), cancelled: String(recut.cancelled.length) };
  // Thrown as a navigation, which the wrapper passes on.
  return redirect({ href: { pathname: "/organiser/agenda", query }, locale: input.locale });
});
