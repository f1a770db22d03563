import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { endSessionById, SESSION_MAX_AGE_SECONDS, verifyCredentials } from "@/lib/accounts/login";
import { env, secureCookies } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIpFrom } from "@/lib/request";

/** Carries our message key through Auth.js to the login action. */
class LoginRefused extends CredentialsSignin {
  constructor(public readonly appError: AppError) {
    super(appError.messageKey);
    this.code = appError.messageKey;
  }
}

// Credentials sessions are JWTs that only carry a session id. Every request re-reads the
// session row and the user (lib/auth/session.ts), so logout, suspension and role changes
// apply at the very next request instead of when a token expires.
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  useSecureCookies: secureCookies,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/en/login", error: "/en/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const { userId, sessionId } = await verifyCredentials(
            credentials,
            clientIpFrom(request.headers),
            request.headers.get("user-agent"),
          );
          return { id: userId, sid: sessionId };
        } catch (error) {
          if (error instanceof AppError) throw new LoginRefused(error);
          throw error;
        }
      },
    }),
  ],
  events: {
    // However a sign-out arrives (our logout action or Auth.js's own POST /api/auth/signout),
    // the session row ends with it: a copy of the old cookie is worth nothing afterwards.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSessionById(sid);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      // Keep the token small: no name, email or picture in the cookie.
      return { sub: token.sub, sid: token.sid, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return { expires: session.expires, sid: token.sid as string | undefined } as typeof session;
    },
  },
});
