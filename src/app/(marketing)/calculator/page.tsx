import type { Metadata } from "next";
import { MAX_COMPARED_MODELS } from "@/components/marketing/calculator-costs";
import { calculatorModels } from "@/components/marketing/calculator-data";
import { CostCalculator } from "@/components/marketing/cost-calculator";
import { PageIntro } from "@/components/marketing/page-intro";
import { PLATFORM_FEE_PERCENT } from "@/lib/money/top-up-pricing";

export const metadata: Metadata = {
  title: "LLM cost calculator",
  description: "Compare what a month of tokens costs across models and providers, at the providers' list prices.",
};

// An editorial starting point; ids the catalog no longer serves simply drop out.
const STARTING_IDS = ["gpt-5-mini", "claude-sonnet-4-5", "gemini-2.5-flash", "llama-3.3-70b"];

export default function CalculatorPage() {
  const models = calculatorModels();
  const known = new Set(models.map((model) => model.id));
  const initialIds = STARTING_IDS.filter((id) => known.has(id)).slice(0, MAX_COMPARED_MODELS);
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
      <PageIntro eyebrow="Calculator" title="What would a month cost?">
        Enter your monthly tokens and compare up to {MAX_COMPARED_MODELS} models on every provider that serves them. With your own keys that is
        the whole bill; with credits, add the {PLATFORM_FEE_PERCENT}% top-up fee.
      </PageIntro>
      <div className="mt-10">
        <CostCalculator models={models} initialIds={initialIds} />
      </div>
    </div>
  );
}
