import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PublicError } from "@/lib/errors";
import { authenticate } from "./authenticate";
import { sessionVersionOf } from "./session-version";
import { clientAddress } from "./throttle";

/** Too many failed sign-ins for this e-mail or address: the sign-in action says so. */
export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Sessions live in a signed cookie (JWT), so any number of instances can serve them.
  session: { strategy: "jwt", maxAge: 14 * 24 * 60 * 60 },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials, request) => {
        try {
          const user = await authenticate(credentials, undefined, clientAddress(request.headers));
          return user ? { id: user.id, email: user.email, name: user.fullName, sessionVersion: user.sessionVersion } : null;
        } catch (error) {
          if (error instanceof PublicError && error.code === "tooManyAttempts") throw new TooManyAttempts();
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // The session carries the account's session version at sign-in (users.session_version);
    // getCurrentUser refuses it once a password change has raised the account's.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session.user as { sessionVersion?: number }).sessionVersion = sessionVersionOf(token);
      return session;
    },
  },
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error(error);
    },
  },
});
