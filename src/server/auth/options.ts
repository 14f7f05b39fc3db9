import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { env } from "../env";
import { AppError } from "../errors";
import { signInWithOAuth } from "../services/accounts/sign-in-with-oauth";
import { verifyCredentials } from "../services/accounts/verify-credentials";
import { clientIp } from "./client-ip";

let cached: NextAuthOptions | undefined;

/** next-auth configuration, built on first use so that `next build` needs no environment. */
export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const config = env();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        try {
          return await verifyCredentials(credentials.email, credentials.password, clientIp(request?.headers ?? {}));
        } catch (error) {
          // next-auth passes a thrown message through to the sign-in form as the error text.
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ];
  if (config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET) {
    providers.push(GitHubProvider({ clientId: config.GITHUB_CLIENT_ID, clientSecret: config.GITHUB_CLIENT_SECRET }));
  }
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }));
  }
  cached = {
    secret: config.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        if (!user.email) return "/signin?error=OAuthNoEmail";
        const appUser = await signInWithOAuth({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email,
          name: user.name ?? null,
        });
        user.id = appUser.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
  return cached;
}

export function enabledOAuthProviders(): Array<{ id: "github" | "google"; name: string }> {
  const config = env();
  return [
    ...(config.GITHUB_CLIENT_ID ? [{ id: "github" as const, name: "GitHub" }] : []),
    ...(config.GOOGLE_CLIENT_ID ? [{ id: "google" as const, name: "Google" }] : []),
  ];
}
