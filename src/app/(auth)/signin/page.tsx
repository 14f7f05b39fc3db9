import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { enabledOAuthProviders } from "@/server/auth/options";
import { currentUserId } from "@/server/auth/session";
import { safeCallbackUrl } from "@/lib/safe-callback-url";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUserId()) redirect(callbackUrl);
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in to Switchboard</h1>
      <p className="mb-6 mt-1 text-sm text-zinc-500">
        New here?{" "}
        <Link href={callbackUrl === "/dashboard" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand-600 hover:underline">
          Create an account
        </Link>
      </p>
      <SignInForm callbackUrl={callbackUrl} initialError={params.error} />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </>
  );
}
