import type { ReactNode } from "react";

/**
 * What a developer sees instead of an admin-only page: a clear refusal, not a broken page or a blank table. The
 * server refuses the calls as well (FORBIDDEN); this only explains it.
 */
export function AdminRoleRequired({ organizationName, children }: { organizationName: string; children: ReactNode }) {
  return (
    <div
      role="status"
      data-testid="admin-role-required"
      className="max-w-2xl rounded-xl border border-amber-200 bg-amber-50 p-5 text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-100"
    >
      <h2 className="font-medium">You need the admin role</h2>
      <p className="mt-1 text-sm">{children}</p>
      <p className="mt-2 text-sm">
        You are a developer in {organizationName}. An owner or admin can change your role on the Team page.
      </p>
    </div>
  );
}
