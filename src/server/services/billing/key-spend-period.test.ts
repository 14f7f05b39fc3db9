import assert from "node:assert/strict";
import { test } from "node:test";
import { spendPeriodStart, utcDay } from "./key-spend-period";

test("spend periods start at UTC midnight of the day, the Monday and the first of the month", () => {
  const sunday = new Date("2025-06-01T23:30:00.000Z");
  assert.equal(spendPeriodStart("lifetime", sunday), null);
  assert.equal(spendPeriodStart("day", sunday)?.toISOString(), "2025-06-01T00:00:00.000Z");
  assert.equal(spendPeriodStart("week", sunday)?.toISOString(), "2025-05-26T00:00:00.000Z", "Sunday belongs to the week that began on Monday");
  assert.equal(spendPeriodStart("week", new Date("2025-06-02T00:00:00.000Z"))?.toISOString(), "2025-06-02T00:00:00.000Z");
  assert.equal(spendPeriodStart("month", sunday)?.toISOString(), "2025-06-01T00:00:00.000Z");
  assert.equal(spendPeriodStart("month", new Date("2024-02-29T12:00:00.000Z"))?.toISOString(), "2024-02-01T00:00:00.000Z");
  assert.equal(utcDay(new Date("2025-12-31T23:59:59.999Z")).toISOString(), "2025-12-31T00:00:00.000Z");
});
