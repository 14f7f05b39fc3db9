"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { DOCS_NAV } from "../site-links";

const GROUPS = [
  { title: "Start", hrefs: ["/docs", "/docs/quick-start", "/docs/api"] },
  { title: "Migrate", hrefs: ["/docs/migrate/openai", "/docs/migrate/openrouter", "/docs/migrate/portkey", "/docs/migrate/litellm"] },
  { title: "Operate", hrefs: ["/docs/self-hosting"] },
];

export function DocsSidebar() {
  const pathname = usePathname();
  return (
    <nav aria-label="Docs" className="text-sm">
      {GROUPS.map((group) => (
        <div key={group.title} className="mb-5">
          <h2 className="mb-1.5 px-3 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{group.title}</h2>
          <ul className="space-y-0.5">
            {DOCS_NAV.filter((item) => group.hrefs.includes(item.href)).map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={pathname === item.href ? "page" : undefined}
                  className={cn(
                    "block rounded-md px-3 py-1.5",
                    pathname === item.href
                      ? "bg-brand-50 font-medium text-brand-700 dark:bg-brand-500/10 dark:text-brand-100"
                      : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
                  )}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

/** The sidebar folded into a disclosure on a phone. Keyed by page so it folds again after a link is followed. */
export function DocsMobileMenu() {
  const pathname = usePathname();
  return (
    <details key={pathname} className="rounded-xl border border-zinc-200 md:hidden dark:border-zinc-800">
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium">Docs menu</summary>
      <div className="px-1 pb-2">
        <DocsSidebar />
      </div>
    </details>
  );
}
