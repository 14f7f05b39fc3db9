import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CodeBlock } from "@/components/marketing/code-block";
import { DocSection, DocTable, DocsArticle, Note } from "@/components/marketing/docs/docs-ui";
import { MIGRATION_GUIDES, findMigrationGuide } from "@/components/marketing/docs/migrations";

type Params = Promise<{ from: string }>;

export const dynamicParams = false;

export function generateStaticParams(): Array<{ from: string }> {
  return MIGRATION_GUIDES.map((guide) => ({ from: guide.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const guide = findMigrationGuide((await params).from);
  return guide ? { title: `Migrate from ${guide.from}`, description: guide.description } : { title: "Migration guide not found" };
}

export default async function MigrationGuidePage({ params }: { params: Params }) {
  const guide = findMigrationGuide((await params).from);
  if (!guide) notFound();
  return (
    <DocsArticle title={`Migrate from ${guide.from}`} lead={guide.description}>
      <DocSection id="what-changes" title="What changes">
        <DocTable columns={["", guide.from, "Switchboard"]} rows={guide.changes} caption={`Moving from ${guide.from} to Switchboard`} />
      </DocSection>
      <DocSection id="base-url" title="Swap the base URL">
        <CodeBlock title={`${guide.before.title} — ${guide.from}`} code={guide.before.code} />
        <CodeBlock title={`${guide.after.title} — Switchboard`} code={guide.after.code} />
      </DocSection>
      {guide.details()}
      <Note>
        <p>
          Every request is in the dashboard&apos;s request log with its cost and the provider that served it — the quickest way to check the
          migration. Header and error details are in the <Link href="/docs/api">API reference</Link>.
        </p>
      </Note>
    </DocsArticle>
  );
}
