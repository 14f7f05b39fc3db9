"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { ThemeToggle } from "@/components/dashboard/theme-toggle";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { MAIN_NAV, isCurrentSection } from "./site-links";

const LINK = "rounded-md px-2.5 py-1.5 text-sm text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white";
const CURRENT = "font-medium text-zinc-900 dark:text-white";

export function SiteNav() {
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);

  // A link in the open menu navigates without a reload, so the menu has to close itself on arrival.
  useEffect(() => setMenuOpen(false), [pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => event.key === "Escape" && setMenuOpen(false);
    window.addEventListener("keydown", closeOnEscape);
    return () => window.removeEventListener("keydown", closeOnEscape);
  }, [menuOpen]);

  return (
    <>
      <nav aria-label="Main" className="hidden items-center gap-1 lg:flex">
        {MAIN_NAV.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={isCurrentSection(pathname, item.href) ? "page" : undefined}
            className={cn(LINK, isCurrentSection(pathname, item.href) && CURRENT)}
          >
            {item.label}
          </Link>
        ))}
      </nav>
      <div className="flex items-center gap-1 sm:gap-2">
        <ThemeToggle />
        <Link href="/signin" className={cn(LINK, "hidden sm:inline")}>
          Sign in
        </Link>
        <Link href="/signup" className={buttonClasses("primary", "whitespace-nowrap")}>
          Get started
        </Link>
        <button
          type="button"
          className={buttonClasses("ghost", "lg:hidden")}
          aria-expanded={menuOpen}
          aria-controls="site-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">{menuOpen ? "✕" : "☰"}</span>
          <span className="sr-only sm:not-sr-only">Menu</span>
        </button>
      </div>
      <div
        id="site-menu"
        hidden={!menuOpen}
        className="absolute inset-x-0 top-full border-b border-zinc-200 bg-white px-4 pb-4 shadow-lg lg:hidden dark:border-zinc-800 dark:bg-zinc-950"
      >
        <nav aria-label="Menu" className="mx-auto flex max-w-6xl flex-col gap-1 pt-2">
          {MAIN_NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              aria-current={isCurrentSection(pathname, item.href) ? "page" : undefined}
              className={cn(LINK, "py-2.5 text-base", isCurrentSection(pathname, item.href) && CURRENT)}
            >
              {item.label}
            </Link>
          ))}
          <Link href="/signin" className={cn(LINK, "py-2.5 text-base sm:hidden")}>
            Sign in
          </Link>
        </nav>
      </div>
    </>
  );
}
