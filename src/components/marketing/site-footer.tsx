import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { DOCS_NAV, MAIN_NAV } from "./site-links";

const PRODUCT_LINKS = [...MAIN_NAV.filter((item) => item.href !== "/docs"), { href: "/signup", label: "Create an account" }];
const DOCS_LINKS = DOCS_NAV.filter((item) => !item.href.startsWith("/docs/migrate/"));
const MIGRATION_LINKS = DOCS_NAV.filter((item) => item.href.startsWith("/docs/migrate/"));

export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 bg-zinc-50 py-12 text-sm dark:border-zinc-800 dark:bg-zinc-900/40">
      <div className="mx-auto grid max-w-6xl grid-cols-2 gap-8 px-4 lg:grid-cols-4">
        <div className="col-span-2 lg:col-span-1">
          <Logo />
          <p className="mt-3 max-w-xs text-zinc-600 dark:text-zinc-400">
            The open-source LLM gateway. AGPL-3.0 — self-host it for free.
          </p>
        </div>
        <FooterColumn title="Product" links={PRODUCT_LINKS} />
        <FooterColumn title="Documentation" links={DOCS_LINKS} />
        <FooterColumn title="Migrate" links={MIGRATION_LINKS} />
      </div>
    </footer>
  );
}

function FooterColumn({ title, links }: { title: string; links: ReadonlyArray<{ href: string; label: string }> }) {
  return (
    <nav aria-label={title}>
      <h2 className="font-medium text-zinc-900 dark:text-zinc-100">{title}</h2>
      <ul className="mt-3 space-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-zinc-600 hover:text-zinc-900 hover:underline dark:text-zinc-400 dark:hover:text-white">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
