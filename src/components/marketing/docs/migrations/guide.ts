import type { ReactNode } from "react";

export interface MigrationGuide {
  readonly slug: string;
  /** The product people migrate from: "OpenAI", "OpenRouter"… */
  readonly from: string;
  readonly description: string;
  /** Rows of What / Before / After. */
  readonly changes: ReactNode[][];
  readonly before: { readonly title: string; readonly code: string };
  readonly after: { readonly title: string; readonly code: string };
  /** Sections particular to this guide, after the common ones. */
  readonly details: () => ReactNode;
}
