import { isRetired, listModels } from "@/server/catalog";
import type { CalculatorModel } from "./calculator-costs";
import { providerName, servedOfferings } from "./model-summary";

/** The compact, serialisable slice of the catalog the calculator needs: models still served, with their prices. */
export function calculatorModels(at: Date = new Date()): CalculatorModel[] {
  return listModels().flatMap((model) => {
    const offerings = servedOfferings(model, at).filter((offering) => !isRetired(offering, at));
    if (offerings.length === 0) return [];
    return [
      {
        id: model.id,
        name: model.name,
        kind: model.kind,
        offerings: offerings.map((offering) => ({
          providerId: offering.providerId,
          providerName: providerName(offering.providerId),
          prices: offering.prices,
          ...(offering.longContextPrices ? { longContextAbove: offering.longContextPrices.aboveInputTokens } : {}),
        })),
      },
    ];
  });
}
