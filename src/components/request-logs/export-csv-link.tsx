import { buttonClasses } from "@/components/ui/button";
import { filtersToSearchParams } from "@/server/services/request-logs/request-log-filter-params";
import type { RequestLogFilters } from "@/server/services/request-logs/request-log-filters";

/** A plain link, so the browser streams the file to disk instead of the page holding it in memory. */
export function ExportCsvLink({ projectId, filters }: { projectId: string; filters: RequestLogFilters }) {
  const query = new URLSearchParams({ projectId });
  for (const [name, value] of filtersToSearchParams(filters)) query.set(name, value);
  return (
    <a href={`/api/request-logs/export?${query}`} download className={buttonClasses("secondary")} title="The rows matching the filters, newest first, up to 100,000">
      Export CSV
    </a>
  );
}
