import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { auditActionLabel, describeAuditTarget, summarizeAuditMetadata, targetIsEmail } from "./describe-audit-event";

type AuditRow = inferRouterOutputs<AppRouter>["auditLog"]["list"]["items"][number];

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });

function present(row: AuditRow) {
  return {
    time: dateTimeFormat.format(row.createdAt),
    date: dateFormat.format(row.createdAt),
    clock: timeFormat.format(row.createdAt),
    // No actor: the server's operator (the admin command) or Stripe acting on the organization's behalf.
    actor: row.actor?.email ?? null,
    label: auditActionLabel(row.action),
    target: describeAuditTarget(row.targetType, row.targetId, row.metadata),
    details: summarizeAuditMetadata(row.metadata, targetIsEmail(row.targetType, row.metadata) ? ["email"] : []) || "—",
    fullMetadata: row.metadata === null ? undefined : JSON.stringify(row.metadata, null, 1),
  };
}

const Actor = ({ email }: { email: string | null }) => (email ? <>{email}</> : <span className="text-zinc-500">System</span>);

/** Wide screens: a table, one event per row. */
export function AuditEventTable({ rows }: { rows: AuditRow[] }) {
  return (
    <div className="relative hidden overflow-x-auto rounded-xl border border-zinc-200 bg-white sm:block dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
          <tr>
            <th className="px-4 py-3 font-medium">Time</th>
            <th className="px-4 py-3 font-medium">Actor</th>
            <th className="px-4 py-3 font-medium">Action</th>
            <th className="px-4 py-3 font-medium">Target</th>
            <th className="px-4 py-3 font-medium">Details</th>
            <th className="px-4 py-3 font-medium">IP</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const event = present(row);
            return (
              <tr key={row.id} data-testid="audit-row" className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800">
                <td className="w-36 px-4 py-3 text-zinc-500">
                  <time dateTime={row.createdAt.toISOString()}>
                    <span className="block whitespace-nowrap">{event.date}</span>
                    <span className="block whitespace-nowrap text-xs">{event.clock}</span>
                  </time>
                </td>
                <td className="min-w-44 px-4 py-3 [overflow-wrap:anywhere]">
                  <Actor email={event.actor} />
                </td>
                <td className="min-w-36 px-4 py-3">
                  <span className="block font-medium">{event.label}</span>
                  <code className="font-mono text-xs text-zinc-500">{row.action}</code>
                </td>
                <td className="min-w-44 px-4 py-3 [overflow-wrap:anywhere]">{event.target}</td>
                <td className="min-w-40 px-4 py-3 text-xs text-zinc-600 [overflow-wrap:anywhere] dark:text-zinc-300" title={event.fullMetadata}>
                  {event.details}
                </td>
                <td className="whitespace-nowrap px-4 py-3 font-mono text-xs text-zinc-500">{row.ip ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Phones: one card per event, every field labelled, nothing to scroll sideways. */
export function AuditEventCards({ rows }: { rows: AuditRow[] }) {
  return (
    <ul className="space-y-3 sm:hidden">
      {rows.map((row) => {
        const event = present(row);
        return (
          <li key={row.id} data-testid="audit-card" className="rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
            <div className="flex items-baseline justify-between gap-3">
              <span className="font-medium">{event.label}</span>
              <time dateTime={row.createdAt.toISOString()} className="shrink-0 text-xs text-zinc-500">
                {event.time}
              </time>
            </div>
            <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-x-3 gap-y-1 text-xs">
              <dt className="text-zinc-500">Actor</dt>
              <dd className="[overflow-wrap:anywhere]">
                <Actor email={event.actor} />
              </dd>
              <dt className="text-zinc-500">Target</dt>
              <dd className="[overflow-wrap:anywhere]">{event.target}</dd>
              <dt className="text-zinc-500">Details</dt>
              <dd className="text-zinc-600 [overflow-wrap:anywhere] dark:text-zinc-300">{event.details}</dd>
              <dt className="text-zinc-500">IP</dt>
              <dd className="font-mono text-zinc-500">{row.ip ?? "—"}</dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
