import assert from "node:assert/strict";
import { test } from "node:test";
import { filtersFromSearchParams, filtersToSearchParams } from "./request-log-filter-params";
import type { RequestLogFilters } from "./request-log-filters";

test("filters round-trip through search parameters", () => {
  const filters: RequestLogFilters = {
    from: new Date("2025-06-01T10:00:00.000Z"),
    to: new Date("2025-06-02T10:00:00.000Z"),
    model: "gpt-4o-mini",
    provider: "openai",
    apiKeyId: "playground",
    status: 429,
    cached: "hit",
    streamed: false,
  };
  const params = filtersToSearchParams(filters);
  assert.equal(params.toString(), "from=2025-06-01T10%3A00%3A00.000Z&to=2025-06-02T10%3A00%3A00.000Z&model=gpt-4o-mini&provider=openai&apiKeyId=playground&status=429&cached=hit&streamed=false");
  assert.deepEqual(filtersFromSearchParams(params), { filters, problems: [] });
  assert.deepEqual(filtersFromSearchParams(new URLSearchParams("status=5xx&streamed=true")).filters, { status: "5xx", streamed: true });
  assert.equal(filtersToSearchParams({}).toString(), "");
});

test("bad parameters are dropped and named; the rest still apply", () => {
  const { filters, problems } = filtersFromSearchParams(new URLSearchParams("from=5&status=abc&cached=maybe&streamed=yes&model=gpt-4o&provider="));
  assert.deepEqual(filters, { model: "gpt-4o" }, "an empty parameter means no filter");
  assert.deepEqual(
    problems.map((problem) => problem.name),
    ["from", "status", "cached", "streamed"],
  );
  assert.match(problems[0]!.message, /From must be a valid date and time/);
});

test("a range that ends before it starts keeps its start", () => {
  const { filters, problems } = filtersFromSearchParams(new URLSearchParams("from=2025-06-02T00:00:00Z&to=2025-06-01T00:00:00Z"));
  assert.deepEqual(filters, { from: new Date("2025-06-02T00:00:00Z") });
  assert.deepEqual(problems, [{ name: "to", message: "The end of the time range must not be before its start" }]);
  assert.deepEqual(filtersFromSearchParams(new URLSearchParams("from=2025-06-01")).filters, { from: new Date("2025-06-01T00:00:00Z") });
});
