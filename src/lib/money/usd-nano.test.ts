import assert from "node:assert/strict";
import { test } from "node:test";
import { centsToNano, formatUsd, formatUsdPrecise, nanoToCents, nanoToUsd, usdToNano } from "./usd-nano";
import { priceTopUp, topUpAmountProblem } from "./top-up-pricing";

test("USD strings convert to nano-dollars exactly", () => {
  assert.equal(usdToNano("25.00"), 25_000_000_000n);
  assert.equal(usdToNano("0.0000015"), 1_500n, "10 tokens at $0.15/M");
  assert.equal(usdToNano("0.000000001"), 1n);
  assert.equal(usdToNano("-12.5"), -12_500_000_000n);
  assert.equal(usdToNano("92233720.368547758"), 92_233_720_368_547_758n, "beyond 2^53 without losing a digit");
  // 0.1 + 0.2 in floating point is 0.30000000000000004; as nano-dollars it stays exact.
  assert.equal(usdToNano("0.1") + usdToNano("0.2"), usdToNano("0.3"));
});

test("amounts finer than a nano-dollar are refused, or rounded up when asked", () => {
  assert.throws(() => usdToNano("0.0000000015"), RangeError);
  assert.equal(usdToNano("0.0000000015", "up"), 2n);
  assert.equal(usdToNano("0.000000000000000001", "up"), 1n);
  assert.equal(usdToNano("-0.0000000015", "up"), -1n, "up means towards +infinity");
});

test("anything that is not a plain decimal is refused", () => {
  for (const bad of ["1e-7", "0x1f", "Infinity", "NaN", "", "1.", ".5", "1,000", "$5", "--1"]) {
    assert.throws(() => usdToNano(bad), RangeError, bad);
  }
});

test("nano-dollars convert back to exact USD strings", () => {
  assert.equal(nanoToUsd(1_500n), "0.0000015");
  assert.equal(nanoToUsd(25_000_000_000n), "25");
  assert.equal(nanoToUsd(-1n), "-0.000000001");
  assert.equal(nanoToUsd(0n), "0");
  assert.equal(nanoToUsd(usdToNano("123456789.123456789")), "123456789.123456789");
});

test("cents convert both ways and refuse fractions of a cent", () => {
  assert.equal(centsToNano(525), 5_250_000_000n);
  assert.equal(nanoToCents(5_250_000_000n), 525);
  assert.throws(() => nanoToCents(5_250_000_001n), RangeError);
  assert.throws(() => centsToNano(1.5), RangeError);
});

test("balances show two decimals, per-request costs every significant digit", () => {
  assert.equal(formatUsd(usdToNano("1234.5")), "$1,234.50");
  assert.equal(formatUsd(usdToNano("0.005")), "$0.01", "half up");
  assert.equal(formatUsd(usdToNano("0.004")), "$0.00");
  assert.equal(formatUsd(usdToNano("-0.42")), "-$0.42");
  assert.equal(formatUsd(usdToNano("-0.001")), "$0.00", "no negative zero");
  assert.equal(formatUsd(usdToNano("10000000")), "$10,000,000.00");
  assert.equal(formatUsdPrecise(1_500n), "$0.0000015");
  assert.equal(formatUsdPrecise(usdToNano("0.5")), "$0.50");
  assert.equal(formatUsdPrecise(-1n), "-$0.000000001");
});

test("the platform fee is 5% rounded half up to the cent, on top of the amount", () => {
  assert.deepEqual(priceTopUp(usdToNano("100")), {
    amountNano: 100_000_000_000n,
    feeNano: 5_000_000_000n,
    totalNano: 105_000_000_000n,
    amountCents: 10_000,
    feeCents: 500,
    totalCents: 10_500,
  });
  assert.equal(priceTopUp(usdToNano("5.01")).feeCents, 25, "25.05 cents");
  assert.equal(priceTopUp(usdToNano("5.10")).feeCents, 26, "25.5 cents rounds up");
  assert.equal(priceTopUp(usdToNano("10000")).totalCents, 1_050_000);
});

test("top-up amounts are $5 to $10,000 with at most two decimals", () => {
  assert.equal(topUpAmountProblem("5"), null);
  assert.equal(topUpAmountProblem("10000.00"), null);
  assert.equal(topUpAmountProblem("12.50"), null);
  assert.match(topUpAmountProblem("4.99") ?? "", /between/);
  assert.match(topUpAmountProblem("10000.01") ?? "", /between/);
  assert.match(topUpAmountProblem("12.505") ?? "", /two decimals/);
  assert.match(topUpAmountProblem("-5") ?? "", /two decimals/);
  assert.match(topUpAmountProblem("abc") ?? "", /two decimals/);
});
