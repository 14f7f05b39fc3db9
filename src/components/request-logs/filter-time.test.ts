import assert from "node:assert/strict";
import { test } from "node:test";
import { fromLocalInputValue, presetStart, toLocalInputValue } from "./filter-time";

test("datetime-local values round-trip through instants in the local zone", () => {
  const date = new Date(2025, 5, 1, 14, 30);
  assert.equal(toLocalInputValue(date), "2025-06-01T14:30");
  assert.equal(fromLocalInputValue("2025-06-01T14:30")!.getTime(), date.getTime());
  const withSeconds = new Date(2025, 0, 9, 8, 5, 7);
  assert.equal(toLocalInputValue(withSeconds), "2025-01-09T08:05:07");
  assert.equal(fromLocalInputValue(toLocalInputValue(withSeconds))!.getTime(), withSeconds.getTime());
});

test("empty and incomplete inputs are no time at all", () => {
  assert.equal(fromLocalInputValue(""), undefined);
  assert.equal(fromLocalInputValue("2025-06-01"), undefined);
  assert.equal(fromLocalInputValue("2025-13-45T99:99"), undefined);
});

test("a preset starts on a whole minute", () => {
  const now = new Date("2025-06-01T12:34:56.789Z");
  assert.equal(presetStart(3_600_000, now).toISOString(), "2025-06-01T11:34:00.000Z");
  assert.equal(presetStart(86_400_000, now).toISOString(), "2025-05-31T12:34:00.000Z");
});
