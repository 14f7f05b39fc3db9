"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { filtersFromSearchParams, filtersToSearchParams, type ParsedFilterParams } from "@/server/services/request-logs/request-log-filter-params";
import type { RequestLogFilters } from "@/server/services/request-logs/request-log-filters";

/** Parameters of the address that are not filters but belong to the view (the project it shows). */
const KEPT_PARAMS = ["project"];

/**
 * The request-log filters live in the address, so a filtered view survives a reload and can be shared. A change
 * shows at once and then replaces the address (replace, not push: Back leaves the page instead of undoing one
 * filter at a time). Changes made faster than the address updates build on each other, not on a stale address.
 */
export function useRequestLogFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const search = params.toString();
  const [state, setState] = useState<ParsedFilterParams>(() => filtersFromSearchParams(new URLSearchParams(search)));
  const latest = useRef(state.filters);
  // Addresses this page asked for that have not arrived yet, oldest first.
  const issued = useRef<string[]>([]);

  useEffect(() => {
    const index = issued.current.indexOf(search);
    if (index !== -1 && index < issued.current.length - 1) {
      // An older change of ours arriving while a newer one is on its way: the screen already shows the newer.
      issued.current = issued.current.slice(index + 1);
      return;
    }
    // The latest change of ours, or a navigation (a link, Back): the address is the truth again.
    issued.current = [];
    const parsed = filtersFromSearchParams(new URLSearchParams(search));
    latest.current = parsed.filters;
    setState(parsed);
  }, [search]);

  const setFilters = useCallback(
    (next: RequestLogFilters) => {
      latest.current = next;
      setState({ filters: next, problems: [] });
      const current = new URLSearchParams(window.location.search);
      const query = new URLSearchParams();
      for (const name of KEPT_PARAMS) {
        const value = current.get(name);
        if (value) query.set(name, value);
      }
      for (const [name, value] of filtersToSearchParams(next)) query.set(name, value);
      issued.current.push(query.toString());
      router.replace(`${pathname}?${query}`, { scroll: false });
    },
    [pathname, router],
  );

  const updateFilters = useCallback((patch: Partial<RequestLogFilters>) => setFilters({ ...latest.current, ...patch }), [setFilters]);
  const clearFilters = useCallback(() => setFilters({}), [setFilters]);
  return { filters: state.filters, problems: state.problems, updateFilters, clearFilters };
}
