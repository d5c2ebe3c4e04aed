"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { revealResetLink } from "@/lib/auth/reset-link-reveal";

const revealSchema = z.object({ emailId: z.uuid({ error: "notFound" }) });

export const revealResetLinkAction = formAction({ schema: revealSchema, access: "organiser" }, async (input, user) => {
  const link = await revealResetLink(user, input, { smtpOn: Boolean(process.env.SMTP_URL) });
  return { ok: true, data: { link } };
});
