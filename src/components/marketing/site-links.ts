/** The marketing site's main sections, shared by the header, the mobile menu and the footer. */
export const MAIN_NAV = [
  { href: "/models", label: "Models" },
  { href: "/providers", label: "Providers" },
  { href: "/pricing", label: "Pricing" },
  { href: "/calculator", label: "Calculator" },
  { href: "/docs", label: "Docs" },
] as const;

export const DOCS_NAV = [
  { href: "/docs", label: "Overview" },
  { href: "/docs/quick-start", label: "Quick start" },
  { href: "/docs/api", label: "API reference" },
  { href: "/docs/migrate/openai", label: "From OpenAI" },
  { href: "/docs/migrate/openrouter", label: "From OpenRouter" },
  { href: "/docs/migrate/portkey", label: "From Portkey" },
  { href: "/docs/migrate/litellm", label: "From LiteLLM" },
  { href: "/docs/self-hosting", label: "Self-hosting" },
] as const;

/** A section link is current on its own page and on every page below it (/models/gpt-4o under Models). */
export function isCurrentSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
