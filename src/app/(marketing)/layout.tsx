import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { buttonClasses } from "@/components/ui/button";

export default function MarketingLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-10 border-b border-zinc-200/70 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/80">
        <nav className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3" aria-label="Main">
          <Logo />
          <div className="flex items-center gap-1 text-sm sm:gap-3">
            <Link href="/#features" className="hidden rounded px-2 py-1 text-zinc-600 hover:text-zinc-900 sm:inline dark:text-zinc-400 dark:hover:text-white">
              Features
            </Link>
            <Link href="/#pricing" className="rounded px-2 py-1 text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white">
              Pricing
            </Link>
            <Link href="/signin" className="rounded px-2 py-1 text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white">
              Sign in
            </Link>
            <Link href="/signup" className={buttonClasses("primary")}>
              Get started
            </Link>
          </div>
        </nav>
      </header>
      <main className="flex-1">{children}</main>
      <footer className="border-t border-zinc-200 py-8 text-sm text-zinc-500 dark:border-zinc-800">
        <div className="mx-auto flex max-w-6xl flex-col justify-between gap-2 px-4 sm:flex-row">
          <p>Switchboard — the open-source LLM gateway. AGPL-3.0, self-host for free.</p>
          <p>OpenAI-compatible · Anthropic · Google · Groq · Mistral · DeepSeek · and more</p>
        </div>
      </footer>
    </div>
  );
}
