import type { ReactNode } from "react";
import { DocsMobileMenu, DocsSidebar } from "@/components/marketing/docs/docs-sidebar";

export default function DocsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-[13rem_1fr] md:py-14">
      <DocsMobileMenu />
      <aside className="hidden md:block">
        <div className="sticky top-20">
          <DocsSidebar />
        </div>
      </aside>
      <div className="max-w-3xl min-w-0">{children}</div>
    </div>
  );
}
