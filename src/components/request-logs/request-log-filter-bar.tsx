"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { FilterProblem } from "@/server/services/request-logs/request-log-filter-params";
import { FILTER_NAMES, STATUS_CLASSES, type RequestLogFilters } from "@/server/services/request-logs/request-log-filters";
import { FilterSelect, SeenOptions } from "./filter-select";
import { TimeRangeFilter } from "./time-range-filter";

const STATUS_CLASS_LABELS: Record<(typeof STATUS_CLASSES)[number], string> = { "2xx": "Success (2xx)", "4xx": "Client errors (4xx)", "5xx": "Server errors (5xx)" };
const CACHE_LABELS = { hit: "Hit", miss: "Miss", skip: "Skipped (x-no-cache)" } as const;

type Props = { projectId: string; filters: RequestLogFilters; problems: FilterProblem[]; onChange: (patch: Partial<RequestLogFilters>) => void };

const orUndefined = (value: string) => (value === "" ? undefined : value);

function parseStatus(value: string): RequestLogFilters["status"] {
  if (value === "") return undefined;
  return (STATUS_CLASSES as readonly string[]).includes(value) ? (value as RequestLogFilters["status"]) : Number(value);
}

/** Every request-log filter; each change applies at once (and lands in the address). */
export function RequestLogFilterBar({ projectId, filters, problems, onChange }: Props) {
  const trpc = useTRPC();
  // The choices are a convenience: while they load, or if they fail, the current values still show and apply.
  const options = useQuery(trpc.requestLogs.filterOptions.queryOptions({ projectId }, { staleTime: 60_000 }));
  const seen = options.data ?? { models: [], providers: [], apiKeys: [], statuses: [], windowDays: 30 };
  const statusValue = filters.status === undefined ? "" : String(filters.status);
  const codes = seen.statuses.map(String);
  const keyLabel = new Map(seen.apiKeys.map((key) => [key.id, `${key.name}${key.revoked ? " (revoked)" : ""}`]));
  // On a phone the controls fold away behind one button, so the rows are not a long scroll down.
  const [expanded, setExpanded] = useState(false);
  const active = FILTER_NAMES.filter((name) => filters[name] !== undefined).length;

  return (
    <section aria-label="Filters" className="mb-4 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-center justify-between gap-2 sm:hidden">
        <p className="text-sm font-medium">
          Filters{active > 0 ? <span className="font-normal text-zinc-500"> · {active} active</span> : null}
        </p>
        <Button variant="secondary" aria-expanded={expanded} aria-controls="request-log-filter-fields" onClick={() => setExpanded(!expanded)} className="py-1.5">
          {expanded ? "Hide filters" : "Show filters"}
        </Button>
      </div>
      <div id="request-log-filter-fields" className={cn("grid-cols-2 gap-3 sm:grid sm:grid-cols-3 lg:grid-cols-6", expanded ? "mt-4 grid sm:mt-0" : "hidden")}>
        <TimeRangeFilter from={filters.from} to={filters.to} onChange={(range) => onChange(range)} />
        <FilterSelect id="filter-model" label="Model" value={filters.model ?? ""} onChange={(value) => onChange({ model: orUndefined(value) })}>
          <option value="">Any model</option>
          <SeenOptions values={seen.models} current={filters.model ?? ""} />
        </FilterSelect>
        <FilterSelect id="filter-provider" label="Provider" value={filters.provider ?? ""} onChange={(value) => onChange({ provider: orUndefined(value) })}>
          <option value="">Any provider</option>
          <SeenOptions values={seen.providers} current={filters.provider ?? ""} />
        </FilterSelect>
        <FilterSelect id="filter-key" label="API key" value={filters.apiKeyId ?? ""} onChange={(value) => onChange({ apiKeyId: orUndefined(value) })}>
          <option value="">Any key</option>
          <SeenOptions values={seen.apiKeys.map((key) => key.id)} current={filters.apiKeyId ?? ""} label={(id) => keyLabel.get(id) ?? (id === "playground" ? "Playground (no API key)" : `Key ${id}`)} />
        </FilterSelect>
        <FilterSelect id="filter-status" label="Status" value={statusValue} onChange={(value) => onChange({ status: parseStatus(value) })}>
          <option value="">Any status</option>
          {STATUS_CLASSES.map((statusClass) => (
            <option key={statusClass} value={statusClass}>
              {STATUS_CLASS_LABELS[statusClass]}
            </option>
          ))}
          <optgroup label="Exact code">
            <SeenOptions values={codes} current={typeof filters.status === "number" ? statusValue : ""} />
          </optgroup>
        </FilterSelect>
        <FilterSelect id="filter-cache" label="Cache" value={filters.cached ?? ""} onChange={(value) => onChange({ cached: orUndefined(value) as RequestLogFilters["cached"] })}>
          <option value="">Any</option>
          {Object.entries(CACHE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="filter-streamed"
          label="Streaming"
          value={filters.streamed === undefined ? "" : String(filters.streamed)}
          onChange={(value) => onChange({ streamed: value === "" ? undefined : value === "true" })}
        >
          <option value="">Any</option>
          <option value="true">Streamed</option>
          <option value="false">Not streamed</option>
        </FilterSelect>
      </div>
      {options.error ? (
        <p className="mt-3 text-xs text-amber-700 dark:text-amber-300">Could not load the recent models, providers and keys: {errorMessage(options.error)}</p>
      ) : (
        <p className={cn("mt-3 text-xs text-zinc-500 sm:block", !expanded && "hidden")}>The choices list what this project used in the last {seen.windowDays} days.</p>
      )}
      {problems.length > 0 ? (
        <ul role="alert" className="mt-3 space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">
          {problems.map((problem) => (
            <li key={problem.name}>Ignored in the address: {problem.message}.</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
