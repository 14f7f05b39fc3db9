import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function ModelNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-medium text-brand-600 dark:text-blue-400">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">No model with that id</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">
        The catalog has no model by that name. It may have been renamed, or the id has a typo.
      </p>
      <Link href="/models" className={buttonClasses("primary", "mt-6")}>
        Browse all models
      </Link>
    </div>
  );
}
