"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { createCompany, updateCompany } from "@/lib/companies/company-profile";
import { leaveCompany, removeDelegate, removeOwnPhoto, transferMainContact, updateDelegateProfile } from "@/lib/companies/delegates";
import { expiryLabel } from "@/lib/companies/expiry-label";
import { createInvitation, revokeCompanyInvitation } from "@/lib/companies/invitations";
import { notFoundError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";
import { createCompanyFormSchema, updateCompanyFormSchema } from "@/lib/schemas/company";
import {
  createInvitationSchema,
  delegateFormSchema,
  delegateTargetSchema,
  leaveCompanySchema,
  removePhotoSchema,
  revokeInvitationSchema,
} from "@/lib/schemas/delegate";

const refresh = () => revalidatePath("/[locale]/profile", "page");

/** The origin the browser used: Next has already checked an action's Origin against its Host. */
async function siteOrigin(): Promise<string> {
  const h = await headers();
  const origin = h.get("origin");
  if (origin && /^https?:\/\/[^/]+$/.test(origin)) return origin;
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}

async function currentForum() {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  return forum;
}

export const createCompanyAction = formAction({ schema: createCompanyFormSchema, access: "user" }, async (input, user) => {
  await createCompany(user, await currentForum(), input);
  refresh();
  return { ok: true, data: { saved: true } };
});

/** The company id comes from the form; updateCompany authorises it against the session user. */
export const updateCompanyAction = formAction({ schema: updateCompanyFormSchema, access: "user" }, async (input, user) => {
  await updateCompany(user, await currentForum(), input);
  refresh();
  return { ok: true, data: { saved: true } };
});

export const updateDelegateAction = formAction({ schema: delegateFormSchema, access: "user" }, async (input, user) => {
  await updateDelegateProfile(user, input);
  refresh();
  return { ok: true, data: { saved: true } };
});

export const removePhotoAction = formAction({ schema: removePhotoSchema, access: "user" }, async (_input, user) => {
  await removeOwnPhoto(user);
  refresh();
  return { ok: true, data: { saved: true } };
});

export const removeDelegateAction = formAction({ schema: delegateTargetSchema, access: "user" }, async (input, user) => {
  await removeDelegate(user, input);
  refresh();
  return { ok: true, data: { saved: true } };
});

/** A delegate who is not the main contact leaves their own company; leaveCompany checks both. */
export const leaveCompanyAction = formAction({ schema: leaveCompanySchema, access: "user" }, async (input, user) => {
  await leaveCompany(user, input);
  refresh();
  return { ok: true, data: { saved: true } };
});

export const transferMainContactAction = formAction({ schema: delegateTargetSchema, access: "user" }, async (input, user) => {
  await transferMainContact(user, input);
  refresh();
  return { ok: true, data: { saved: true } };
});

/** Returns the link once: only its hash is kept, so it can never be shown again. */
export const createInvitationAction = formAction({ schema: createInvitationSchema, access: "user" }, async (input, user) => {
  const forum = await currentForum();
  const { token, invitation } = await createInvitation(user, input);
  const locale = isLocale(input.locale) ? input.locale : "fr";
  refresh();
  return {
    ok: true,
    data: { link: `${await siteOrigin()}/${locale}/join/${token}`, expires: expiryLabel(invitation.expiresAt, locale, forum) },
  };
});

export const revokeInvitationAction = formAction({ schema: revokeInvitationSchema, access: "user" }, async (input, user) => {
  await revokeCompanyInvitation(user, input);
  refresh();
  return { ok: true, data: { saved: true } };
});
