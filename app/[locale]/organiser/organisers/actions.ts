"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { notFoundError } from "@/lib/errors";
import { inviteOrganiser, revokeOrganiserInvitation } from "@/lib/forum-setup/organisers";
import { inviteOrganiserSchema, revokeOrganiserInvitationSchema } from "@/lib/schemas/organisers";

/** The origin the browser used: Next has already checked an action's Origin against its Host. */
async function siteOrigin(): Promise<string> {
  const h = await headers();
  const origin = h.get("origin");
  if (origin && /^https?:\/\/[^/]+$/.test(origin)) return origin;
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}

export const inviteOrganiserAction = formAction({ schema: inviteOrganiserSchema, access: "organiser" }, async (input, user) => {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  await inviteOrganiser(user, forum, input, await siteOrigin());
  revalidatePath("/[locale]/organiser/organisers", "page");
  return { ok: true, data: { email: input.email } };
});

export const revokeOrganiserInvitationAction = formAction({ schema: revokeOrganiserInvitationSchema, access: "organiser" }, async (input, user) => {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  await revokeOrganiserInvitation(user, forum.id, input.invitationId);
  revalidatePath("/[locale]/organiser/organisers", "page");
  return { ok: true, data: { id: input.invitationId } };
});
