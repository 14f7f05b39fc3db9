import assert from "node:assert/strict";
import { test } from "node:test";
import { chartRows, chartSeries } from "./chart-data";
import { formatCount, formatMs, formatPercent, formatUsd } from "./format-analytics";
import { parseCustomRange, presetRange, toLocalInputValue } from "./time-ranges";

test("amounts, counts, rates and durations read well at every size", () => {
  assert.deepEqual(
    ["0", "1234.5", "12.345", "0.0123456", "0.000042", "0.00000042"].map(formatUsd),
    ["$0", "$1,234.50", "$12.35", "$0.0123", "$0.000042", "$0.00000042"],
  );
  assert.deepEqual([formatCount(950), formatCount(12_345), formatCount(1_234_567)], ["950", "12,345", "1.2M"]);
  assert.deepEqual([formatPercent(0), formatPercent(0.025), formatPercent(0.0004)], ["0%", "2.5%", "0.04%"]);
  assert.deepEqual([formatMs(null), formatMs(840.4), formatMs(2_314), formatMs(240_000)], ["—", "840 ms", "2.31 s", "4.0 min"]);
});

test("presets end now; custom ranges are checked before they are sent", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  assert.deepEqual(presetRange("24h", now), { from: new Date("2026-02-28T12:00:00Z"), to: now });
  const from = new Date(2026, 2, 1, 9, 30);
  assert.equal(toLocalInputValue(from), "2026-03-01T09:30");
  assert.deepEqual(parseCustomRange("2026-03-01T09:30", "2026-03-02T09:30"), { range: { from, to: new Date(2026, 2, 2, 9, 30) } });
  assert.deepEqual(parseCustomRange("", "2026-03-02T09:30"), { field: "from", error: "Enter a start date and time." });
  assert.deepEqual(parseCustomRange("2026-03-02T09:30", "2026-03-01T09:30"), { field: "to", error: "The end must be after the start." });
  assert.deepEqual(parseCustomRange("2024-01-01T00:00", "2026-03-01T00:00"), { field: "from", error: "A range can span at most 400 days." });
});

test("chart rows carry each series under a positional key, so model ids with dots stay flat", () => {
  const series = [
    { key: "gpt-4.1", label: "gpt-4.1", values: [1, 2] },
    { key: "__other__", label: "Other", values: [null, 3] },
  ];
  assert.deepEqual(chartRows([0, 60], series), [
    { bucket: 0, s0: 1, s1: null },
    { bucket: 60, s0: 2, s1: 3 },
  ]);
  assert.deepEqual(chartSeries(series).map((s) => [s.dataKey, s.color]), [["s0", "#3b6cf6"], ["s1", "#a1a1aa"]]);
});
