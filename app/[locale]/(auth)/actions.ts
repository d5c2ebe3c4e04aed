"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { getDb } from "@/db/client";
import { createAccount } from "@/lib/accounts";
import { formAction } from "@/lib/actions/safe-action";
import { signIn, TooManyAttempts } from "@/lib/auth/config";
import { clientAddress, countSignUp } from "@/lib/auth/throttle";
import { safeNextPath } from "@/lib/auth/next-path";
import { findUserByEmail } from "@/db/users";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { z } from "zod";

const withNext = { next: z.string().max(500).optional(), locale: z.string().max(5).optional() };

export const signUpAction = formAction(
  { schema: signUpSchema.extend({ next: withNext.next }), access: "public" },
  async (input) => {
    await countSignUp(clientAddress(await headers()), getDb());
    await createAccount(input);
    // On success signIn throws the redirect, which the wrapper passes on. A new account has
    // no company yet: it lands where it creates or joins one.
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: safeNextPath(input.next, input.locale, "/profile"),
    });
    return { ok: true, data: undefined };
  },
);

export const signInAction = formAction(
  { schema: signInSchema.extend(withNext), access: "public" },
  async (input) => {
    // An organiser's day starts in the console; a delegate's in the schedule. The role decides
    // only where a right password leads.
    const home = (await findUserByEmail(input.email))?.role === "organiser" ? "/organiser" : "/schedule";
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeNextPath(input.next, input.locale, home),
      });
    } catch (error) {
      if (error instanceof AuthError && (error as Partial<TooManyAttempts>).code === "too_many_attempts") {
        return { ok: false, error: "tooManyAttempts", values: { email: input.email } };
      }
      // One message for a wrong e-mail or a wrong password: never tell which.
      if (error instanceof AuthError) {
        return { ok: false, error: "invalidCredentials", values: { email: input.email } };
      }
      throw error;
    }
    return { ok: true, data: undefined };
  },
);
