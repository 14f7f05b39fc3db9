import type { Metadata } from "next";
import Link from "next/link";
import { Faq, type FaqEntry } from "@/components/marketing/faq";
import { PageIntro } from "@/components/marketing/page-intro";
import { PricingPlans, TOP_UP_EXAMPLE, TOP_UP_RANGE, TopUpExample } from "@/components/marketing/pricing-plans";
import { PLATFORM_FEE_PERCENT } from "@/lib/money/top-up-pricing";

export const metadata: Metadata = {
  title: "Pricing",
  description: `Bring your own provider keys for 0%, buy credits with a ${PLATFORM_FEE_PERCENT}% fee on top-ups, or self-host Switchboard for free.`,
};

const LINK = "font-medium text-brand-600 hover:underline dark:text-blue-400";

const FAQ: FaqEntry[] = [
  {
    question: "Do you add anything to the price of a request?",
    answer: (
      <>
        No. A request costs its tokens times the provider&apos;s list price — the same price you see on the{" "}
        <Link href="/models" className={LINK}>
          models page
        </Link>{" "}
        — whether it runs on your keys or on credits. The only fee is the {PLATFORM_FEE_PERCENT}% on credit top-ups.
      </>
    ),
  },
  {
    question: "How is the top-up fee calculated?",
    answer: `It is ${PLATFORM_FEE_PERCENT}% of the amount, rounded to the cent and added on top: ${TOP_UP_EXAMPLE.credits} of credits is charged ${TOP_UP_EXAMPLE.charged}, and the checkout page shows the total before you pay. Top-ups range from ${TOP_UP_RANGE.min} to ${TOP_UP_RANGE.max}.`,
  },
  {
    question: "Can I use my own keys and credits together?",
    answer:
      "Yes. Each project has a mode: BYOK uses only your provider keys, credits only ours, and hybrid (the default) tries your keys first and falls back to credits. Requests on your own keys are never charged.",
  },
  {
    question: "What happens when my credits run out?",
    answer:
      "Before calling a provider the gateway holds the request's maximum possible cost. If your balance cannot cover it, the request gets 402 insufficient_credits and no provider is called — your balance never goes negative, even with many requests at once. Auto top-up with a saved card keeps the balance above a threshold you choose.",
  },
  {
    question: "Do cached responses cost anything?",
    answer: "No. When a project's response cache answers a request, nothing is charged and the response says so in the x-switchboard-cache: HIT header.",
  },
  {
    question: "Is self-hosting really free?",
    answer: (
      <>
        Yes: Switchboard is AGPL-3.0. Without Stripe keys billing is off, and operators grant credits from the command line. See the{" "}
        <Link href="/docs/self-hosting" className={LINK}>
          self-hosting guide
        </Link>
        .
      </>
    ),
  },
  {
    question: "What about refunds?",
    answer: "A refunded payment takes back credits in proportion to the amount refunded.",
  },
];

export default function PricingPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
      <PageIntro eyebrow="Pricing" title="Pay the providers' prices. Nothing per request.">
        Bring your own keys for free, or let Switchboard hold the provider accounts for a {PLATFORM_FEE_PERCENT}% fee on top-ups.
      </PageIntro>
      <section aria-label="Plans" className="mt-10">
        <PricingPlans />
      </section>
      <section aria-labelledby="example-heading" className="mt-16 grid gap-8 md:grid-cols-2">
        <div>
          <h2 id="example-heading" className="text-2xl font-semibold tracking-tight">
            A top-up, worked out
          </h2>
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">
            The fee is added on top, so every dollar of credit buys a dollar of tokens at list price. Want to know what your traffic would
            cost? Try the{" "}
            <Link href="/calculator" className={LINK}>
              cost calculator
            </Link>
            .
          </p>
        </div>
        <TopUpExample />
      </section>
      <section aria-labelledby="faq-heading" className="mt-16">
        <h2 id="faq-heading" className="text-2xl font-semibold tracking-tight">
          Questions
        </h2>
        <div className="mt-6">
          <Faq entries={FAQ} />
        </div>
      </section>
    </div>
  );
}
