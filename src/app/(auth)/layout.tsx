import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { TrpcReactProvider } from "@/lib/trpc/react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <TrpcReactProvider>
      <div className="flex min-h-screen flex-col items-center justify-center bg-zinc-50 px-4 py-12 dark:bg-zinc-950">
        <div className="mb-8">
          <Logo />
        </div>
        <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
          {children}
        </div>
      </div>
    </TrpcReactProvider>
  );
}
