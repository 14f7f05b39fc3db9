import Link from "next/link";
import { findModel, listModels } from "@/server/catalog";
import { providerName } from "../../model-summary";
import { C, DocTable } from "../docs-ui";

/** The ids a provider's own API uses for its models, from the catalog (`openrouter` → `anthropic/claude-sonnet-4.5`). */
export function upstreamIdsOf(providerId: string): string[] {
  return listModels().flatMap((model) => model.offerings.filter((offering) => offering.providerId === providerId).map((offering) => offering.providerModel));
}

/**
 * How Switchboard resolves each id, computed with the gateway's own lookup, so the table shows what a request with
 * that id would actually do.
 */
export function ModelIdTable({ ids, theirs }: { ids: readonly string[]; theirs: string }) {
  const rows = ids.map((id) => {
    const lookup = findModel(id);
    if (!lookup) return [<C key="id">{id}</C>, "not in the catalog", "—"];
    const { model, pinnedProvider } = lookup;
    return [
      <C key="id">{id}</C>,
      <Link key="model" href={`/models/${model.id}`}>
        {model.id}
      </Link>,
      pinnedProvider ? `pinned to ${providerName(pinnedProvider.providerId)}` : `any of ${model.offerings.length} provider${model.offerings.length === 1 ? "" : "s"}`,
    ];
  });
  return <DocTable columns={[`${theirs} id`, "Switchboard model", "Served by"]} rows={rows} caption={`${theirs} model ids in Switchboard`} />;
}
