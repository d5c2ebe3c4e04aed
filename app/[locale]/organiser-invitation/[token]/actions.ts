"use server";

import { formAction } from "@/lib/actions/safe-action";
import { signIn } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/session";
import { acceptOrganiserInvitation } from "@/lib/forum-setup/organisers";
import { redirect } from "@/lib/i18n/navigation";
import { acceptOrganiserInvitationSchema } from "@/lib/schemas/organisers";

/** Promotes the signed-in user, or creates the organiser account and signs it in. */
export const acceptOrganiserInvitationAction = formAction(
  { schema: acceptOrganiserInvitationSchema, access: "public", secretFields: ["password", "token"] },
  async (input) => {
    const user = await getCurrentUser();
    const account = await acceptOrganiserInvitation(user, input);
    if (!user && input.password) {
      await signIn("credentials", { email: account.email, password: input.password, redirectTo: `/${input.locale}/organiser` });
    }
    return redirect({ href: "/organiser", locale: input.locale });
  },
);
