import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { enabledOAuthProviders } from "@/server/auth/options";
import { currentUserId } from "@/server/auth/session";

export const metadata: Metadata = { title: "Create your account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  if (await currentUserId()) redirect("/dashboard");
  return (
    <>
      <h1 className="text-xl font-semibold">Create your account</h1>
      <p className="mb-6 mt-1 text-sm text-zinc-500">
        Already have one?{" "}
        <Link href="/signin" className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
      <SignUpForm />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl="/dashboard" />
    </>
  );
}
