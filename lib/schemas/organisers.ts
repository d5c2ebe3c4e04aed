import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { emailSchema, newPasswordSchema } from "./auth";

export const inviteOrganiserSchema = z.object({
  email: emailSchema,
  /** The language the invitation e-mail is written in. */
  locale: z.enum(locales, { error: "invalidChoice" }),
});
export type InviteOrganiserInput = z.output<typeof inviteOrganiserSchema>;

export const revokeOrganiserInvitationSchema = z.object({ invitationId: z.uuid({ error: "notFound" }) });

export const organiserTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** Accepting signed in (promotion), or creating the account with the invited e-mail. */
export const acceptOrganiserInvitationSchema = z.object({
  token: organiserTokenSchema,
  fullName: z.string().trim().max(120, { error: "tooLong" }).optional(),
  password: newPasswordSchema.optional(),
  locale: z.enum(locales).catch("fr"),
});
export type AcceptOrganiserInvitationInput = z.output<typeof acceptOrganiserInvitationSchema>;
