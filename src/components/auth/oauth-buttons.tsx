"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function OAuthButtons({ providers, callbackUrl }: { providers: Array<{ id: string; name: string }>; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-2">
      <div className="relative text-center text-xs text-zinc-500">
        <span className="bg-white px-2 dark:bg-zinc-900">or</span>
      </div>
      {providers.map((provider) => (
        <Button key={provider.id} variant="secondary" className="w-full" onClick={() => signIn(provider.id, { callbackUrl })}>
          Continue with {provider.name}
        </Button>
      ))}
    </div>
  );
}
