"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { formAction } from "@/lib/actions/safe-action";
import { changePassword } from "@/lib/auth/change-password";
import { signIn } from "@/lib/auth/config";
import { clientAddress } from "@/lib/auth/throttle";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
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
    try {
      await signIn("credentials", { email: changed.email, password: input.password, redirectTo: `/${input.locale}/profile?password=changed#password-title` });
    } catch (error) {
      // The password is changed and this device signed out either way: a sign-in refused here
      // (its address past the limit of guesses) sends it to sign in, told so, not to an error.
      if (error instanceof AuthError) redirect({ href: { pathname: "/signin", query: { password: "changed" } }, locale: isLocale(input.locale) ? input.locale : "fr" });
      throw error;
    }
    return { ok: true, data: { changed: true } };
  },
);
