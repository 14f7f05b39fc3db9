"use client";

import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";

/** Keeps the header and footer on screen when a page fails, with a way to retry in place. */
export default function MarketingError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">This page could not be shown</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">Something went wrong on our side. Try again, or head back to the start.</p>
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/" className={buttonClasses("secondary")}>
          Home
        </Link>
      </div>
    </div>
  );
}
