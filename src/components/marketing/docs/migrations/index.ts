import { fromLiteLlm } from "./from-litellm";
import { fromOpenAi } from "./from-openai";
import { fromOpenRouter } from "./from-openrouter";
import { fromPortkey } from "./from-portkey";
import type { MigrationGuide } from "./guide";

export type { MigrationGuide } from "./guide";

export const MIGRATION_GUIDES: readonly MigrationGuide[] = [fromOpenAi, fromOpenRouter, fromPortkey, fromLiteLlm];

export function findMigrationGuide(slug: string): MigrationGuide | undefined {
  return MIGRATION_GUIDES.find((guide) => guide.slug === slug);
}
