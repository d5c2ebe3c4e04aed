"use server";

import { headers } from "next/headers";
import { formAction } from "@/lib/actions/safe-action";
import { changePassword } from "@/lib/auth/change-password";
import { signIn } from "@/lib/auth/config";
import { clientAddress } from "@/lib/auth/throttle";
import { changePasswordSchema } from "@/lib/schemas/auth";

// Apart from the profile's other actions: signing in again needs next-auth, which their tests do not load.

/**
 * Changing the password signs out every device (the session version rises), this one too:
 * it is signed in again here with the new password and sent back to the profile, whose new
 * request carries the new session (this request still holds the old cookie).
 */
export const changePasswordAction = formAction(
  { schema: changePasswordSchema, access: "user", secretFields: ["currentPassword", "password", "confirmPassword"] },
  async (input, user) => {
    const changed = await changePassword(user, input, clientAddress(await headers()));
    await signIn("credentials", { email: changed.email, password: input.password, redirectTo: `/${input.locale}/profile?password=changed#password-title` });
    return { ok: true, data: { changed: true } };
  },
);
