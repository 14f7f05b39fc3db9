"use client";

import { signOut } from "next-auth/react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { CurrentProjectProvider, useCurrentProject } from "./current-project";
import { ProjectSwitcher } from "./project-switcher";
import { ThemeToggle } from "./theme-toggle";

const NAV = [
  { href: "/dashboard", label: "Overview" },
  { href: "/dashboard/api-keys", label: "API keys" },
  { href: "/dashboard/provider-keys", label: "Provider keys" },
  { href: "/dashboard/playground", label: "Playground" },
  { href: "/dashboard/logs", label: "Logs" },
  { href: "/dashboard/analytics", label: "Analytics" },
  { href: "/dashboard/settings", label: "Settings" },
  { href: "/dashboard/billing", label: "Billing" },
  { href: "/dashboard/team", label: "Team" },
  { href: "/dashboard/audit-log", label: "Audit log" },
];

// Pages a developer can open but only to be told they need the admin role: marked so nobody clicks in surprised.
const ADMIN_ONLY_PATHS = new Set(["/dashboard/billing", "/dashboard/audit-log"]);

export function DashboardShell({ children }: { children: ReactNode }) {
  return (
    <CurrentProjectProvider fallback={(error) => <ShellMessage error={error} />}>
      <Frame>{children}</Frame>
    </CurrentProjectProvider>
  );
}

function Frame({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const { viewer } = useCurrentProject();
  const { organization } = useCurrentProject();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div className="min-h-screen bg-zinc-50 md:flex dark:bg-zinc-950">
      <aside
        className={cn(
          "border-b border-zinc-200 bg-white md:sticky md:top-0 md:flex md:h-screen md:w-64 md:flex-col md:border-b-0 md:border-r dark:border-zinc-800 dark:bg-zinc-900",
        )}
      >
        <div className="flex items-center justify-between px-4 py-4">
          <Logo href="/dashboard" />
          <Button variant="ghost" className="md:hidden" aria-expanded={menuOpen} aria-controls="dashboard-nav" onClick={() => setMenuOpen(!menuOpen)}>
            Menu
          </Button>
        </div>
        <div id="dashboard-nav" className={cn("flex-1 flex-col gap-6 px-4 pb-4 md:flex", menuOpen ? "flex" : "hidden")}>
          <ProjectSwitcher />
          <nav aria-label="Dashboard" className="flex flex-col gap-1">
            {NAV.map((item) => (
              <Link
                key={item.href}
                href={item.href}
                aria-current={pathname === item.href ? "page" : undefined}
                className={cn(
                  "rounded-md px-3 py-2 text-sm",
                  pathname === item.href
                    ? "bg-brand-50 font-medium text-brand-700 dark:bg-brand-500/10 dark:text-brand-100"
                    : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
                )}
              >
                {item.label}
                {organization.role === "developer" && ADMIN_ONLY_PATHS.has(item.href) ? (
                  <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-[10px] font-medium uppercase tracking-wide text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">
                    <span aria-hidden="true">Admins</span>
                    <span className="sr-only">(admins only)</span>
                  </span>
                ) : null}
              </Link>
            ))}
          </nav>
          <div className="mt-auto space-y-2 border-t border-zinc-200 pt-4 text-sm dark:border-zinc-800">
            <p className="truncate text-zinc-500" title={viewer.email}>
              {viewer.email}
            </p>
            <div className="flex items-center justify-between">
              <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/" })}>
                Sign out
              </Button>
              <ThemeToggle />
            </div>
          </div>
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-4 py-8 sm:px-8">{children}</main>
    </div>
  );
}

function ShellMessage({ error }: { error?: string }) {
  return (
    <div className="flex min-h-screen items-center justify-center p-8 text-sm text-zinc-500" role={error ? "alert" : "status"}>
      {error ?? "Loading your workspace…"}
    </div>
  );
}
