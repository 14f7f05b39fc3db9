import assert from "node:assert/strict";
import { test } from "node:test";
import { MIN_SAMPLES, WEIGHTS, scoreCandidates, seededRandom, uptimeTerm } from "./scoring";

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-6, `${actual} ≠ ${expected}`);
const metrics = (requests: number, failures: number, ttftMs: number, tokensPerSecond: number) => ({ requests, failures, ttftMs, tokensPerSecond });

test("with no metrics the cheapest candidate wins, by price alone", () => {
  const { ranked, usedMetrics } = scoreCandidates([
    { key: "expensive", pricePerToken: 2e-6, metrics: null },
    { key: "cheap", pricePerToken: 1e-6, metrics: null },
  ]);
  assert.equal(usedMetrics, false);
  assert.deepEqual(ranked.map((r) => r.key), ["cheap", "expensive"]);
  assert.equal(ranked[0]!.score, 1);
  assert.equal(ranked[1]!.score, 0.5);
});

test("the score follows the weighted formula with terms normalised against the best", () => {
  const { ranked } = scoreCandidates([
    { key: "a", pricePerToken: 1e-6, metrics: metrics(100, 0, 200, 50) },
    { key: "b", pricePerToken: 2e-6, metrics: metrics(100, 0, 100, 100) },
  ]);
  const a = ranked.find((r) => r.key === "a")!;
  const b = ranked.find((r) => r.key === "b")!;
  close(a.score, WEIGHTS.uptime * 1 + WEIGHTS.throughput * 0.5 + WEIGHTS.price * 1 + WEIGHTS.latency * 0.5);
  close(b.score, WEIGHTS.uptime * 1 + WEIGHTS.throughput * 1 + WEIGHTS.price * 0.5 + WEIGHTS.latency * 1);
  assert.deepEqual(ranked.map((r) => r.key), ["b", "a"]);
});

test("uptime below 95% is penalised exponentially, so a failing provider loses to a slower one", () => {
  assert.equal(uptimeTerm(1), 1);
  assert.equal(uptimeTerm(0.95), 0.95);
  assert.ok(uptimeTerm(0.9) < 0.9 * 0.4);
  assert.ok(uptimeTerm(0.5) < 0.001);
  const { ranked } = scoreCandidates([
    { key: "fast-but-failing", pricePerToken: 1e-6, metrics: metrics(100, 30, 50, 200) },
    { key: "steady", pricePerToken: 3e-6, metrics: metrics(100, 0, 400, 40) },
  ]);
  assert.equal(ranked[0]!.key, "steady");
});

test("a candidate with too few samples is treated as typical, not as perfect or broken", () => {
  const { ranked } = scoreCandidates([
    { key: "measured", pricePerToken: 1e-6, metrics: metrics(50, 0, 100, 100) },
    { key: "new", pricePerToken: 1e-6, metrics: metrics(MIN_SAMPLES - 1, MIN_SAMPLES - 1, 5000, 1) },
  ]);
  assert.equal(ranked[0]!.score, ranked[1]!.score);
  assert.equal(ranked[1]!.inputs.samples, MIN_SAMPLES - 1);
});

test("the seeded random source is reproducible and uniform enough", () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  const values = Array.from({ length: 10_000 }, () => a());
  assert.deepEqual(values.slice(0, 5), Array.from({ length: 5 }, () => b()));
  const below = values.filter((v) => v < 0.01).length;
  assert.ok(below > 60 && below < 140, `${below} of 10000 below 0.01`);
});
