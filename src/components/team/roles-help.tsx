import { RoleBadge } from "./role-badge";
import { ROLE_SUMMARIES } from "./roles";

export function RolesHelp() {
  return (
    <section aria-labelledby="roles-heading" className="rounded-xl border border-zinc-200 bg-white p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="roles-heading" className="font-medium">
        Roles
      </h2>
      <dl className="mt-3 space-y-2 text-sm">
        {(["owner", "admin", "developer"] as const).map((role) => (
          <div key={role} className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-3">
            <dt className="sm:w-24">
              <RoleBadge role={role} />
            </dt>
            <dd className="text-zinc-600 dark:text-zinc-300">{ROLE_SUMMARIES[role]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
