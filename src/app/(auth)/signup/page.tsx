import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { enabledOAuthProviders } from "@/server/auth/options";
import { currentUserId } from "@/server/auth/session";
import { safeCallbackUrl } from "@/lib/safe-callback-url";

export const metadata: Metadata = { title: "Create your account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  // An invitation link sends people here with a callbackUrl back to it, so they can accept right after signing up.
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await currentUserId()) redirect(callbackUrl);
  return (
    <>
      <h1 className="text-xl font-semibold">Create your account</h1>
      <p className="mb-6 mt-1 text-sm text-zinc-500">
        Already have one?{" "}
        <Link href={callbackUrl === "/dashboard" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </>
  );
}
