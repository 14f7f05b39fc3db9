import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { MAX_TOP_UP_USD, MIN_TOP_UP_USD, PLATFORM_FEE_PERCENT, priceTopUp } from "@/lib/money/top-up-pricing";
import { formatUsd, usdToNano } from "@/lib/money/usd-nano";

// The fee figures come from the billing code that charges them, so this page cannot promise a different fee.
const EXAMPLE = priceTopUp(usdToNano("100"));

export const TOP_UP_EXAMPLE = {
  credits: formatUsd(EXAMPLE.amountNano),
  fee: formatUsd(EXAMPLE.feeNano),
  charged: formatUsd(EXAMPLE.totalNano),
};

export const TOP_UP_RANGE = { min: formatUsd(usdToNano(MIN_TOP_UP_USD)), max: formatUsd(usdToNano(MAX_TOP_UP_USD)) };

interface Plan {
  name: string;
  price: string;
  unit: string;
  summary: string;
  points: string[];
  cta: { href: string; label: string };
  highlight?: boolean;
}

const PLANS: Plan[] = [
  {
    name: "Bring your own keys",
    price: "0%",
    unit: "fee",
    summary: "Use your own provider accounts. Switchboard adds nothing, ever.",
    points: ["Provider keys encrypted at rest (AES-256-GCM)", "Routing, failover, caching and analytics included", "Per-key spend limits and rate limits"],
    cta: { href: "/signup", label: "Start with your keys" },
  },
  {
    name: "Credits",
    price: `${PLATFORM_FEE_PERCENT}%`,
    unit: "on top-ups",
    summary: `One balance for every provider. ${TOP_UP_EXAMPLE.credits} of credits costs ${TOP_UP_EXAMPLE.charged}; requests cost the provider's list price.`,
    points: ["No provider accounts needed", "Exact cost per request, no per-request markup", "Auto top-up with a saved card"],
    cta: { href: "/signup", label: "Buy credits" },
    highlight: true,
  },
  {
    name: "Self-hosted",
    price: "Free",
    unit: "AGPL-3.0",
    summary: "Run the gateway, dashboard and billing on your own machines.",
    points: ["Two commands on one machine", "PostgreSQL and Redis for several instances", "Request logs stay in your own database"],
    cta: { href: "/docs/self-hosting", label: "Read the self-hosting guide" },
  },
];

/** The three ways to pay, shown on the landing page and on /pricing. */
export function PricingPlans() {
  return (
    <div className="grid gap-6 md:grid-cols-3">
      {PLANS.map((plan) => (
        <div
          key={plan.name}
          className={cn(
            "flex flex-col rounded-xl bg-white p-6 dark:bg-zinc-900",
            plan.highlight ? "border-2 border-brand-500" : "border border-zinc-200 dark:border-zinc-800",
          )}
        >
          <h3 className="font-medium">{plan.name}</h3>
          <p className="mt-3 flex items-baseline gap-2">
            <span className="text-4xl font-semibold tracking-tight">{plan.price}</span>
            <span className="text-sm text-zinc-500 dark:text-zinc-400">{plan.unit}</span>
          </p>
          <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{plan.summary}</p>
          <ul className="mt-4 flex-1 space-y-2 text-sm">
            {plan.points.map((point) => (
              <li key={point} className="flex gap-2">
                <span aria-hidden="true" className="text-brand-600 dark:text-blue-400">
                  ✓
                </span>
                {point}
              </li>
            ))}
          </ul>
          <Link href={plan.cta.href} className={buttonClasses(plan.highlight ? "primary" : "secondary", "mt-6")}>
            {plan.cta.label}
          </Link>
        </div>
      ))}
    </div>
  );
}

/** The worked example of a top-up, line by line, so the fee is never a surprise at checkout. */
export function TopUpExample() {
  return (
    <dl className="max-w-sm divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      <ExampleLine label="Credits added to your balance" value={TOP_UP_EXAMPLE.credits} />
      <ExampleLine label={`Platform fee (${PLATFORM_FEE_PERCENT}%)`} value={TOP_UP_EXAMPLE.fee} />
      <ExampleLine label="Charged to your card" value={TOP_UP_EXAMPLE.charged} strong />
    </dl>
  );
}

function ExampleLine({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={cn("flex justify-between gap-4 px-4 py-3", strong && "font-semibold")}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}
