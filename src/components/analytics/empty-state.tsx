import Link from "next/link";

export function AnalyticsEmptyState() {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700">
      <h2 className="font-medium">No requests in this range — send one with an API key</h2>
      <p className="mx-auto mt-1 max-w-md text-sm text-zinc-500">
        Requests made through the gateway with this project&apos;s keys show up here within a few seconds. Try a longer range, or{" "}
        <Link href="/dashboard/api-keys" className="font-medium text-brand-600 hover:underline">
          get an API key
        </Link>
        .
      </p>
    </div>
  );
}
