"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { formAction } from "@/lib/actions/safe-action";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { clientAddress } from "@/lib/auth/throttle";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/schemas/auth";

/** Always the same answer, whether or not the e-mail has an account. */
export const forgotPasswordAction = formAction({ schema: forgotPasswordSchema, access: "public" }, async (input) => {
  await requestPasswordReset(input, clientAddress(await headers()), {}, getDb());
  return { ok: true, data: { sent: true } };
});

export const resetPasswordAction = formAction(
  { schema: resetPasswordSchema, access: "public", secretFields: ["password", "confirmPassword"] },
  async (input) => {
    await resetPassword(input);
    return { ok: true, data: { reset: true } };
  },
);
