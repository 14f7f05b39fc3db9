import assert from "node:assert/strict";
import { test } from "node:test";
import { usdToNano } from "@/lib/money/usd-nano";
import { createTestUser } from "@/testing/integration/fixtures";
import { db } from "../../db/client";
import { grantCredits } from "./grant-credits";
import { releaseExpiredReservations } from "./release-expired-reservations";
import { reserveCredits } from "./reserve-credits";
import { settleReservation } from "./settle-reservation";
import { verifyLedger } from "./verify-ledger";

const CENT = usdToNano("0.01");

async function fundedOrganization(amountUsd: string) {
  const user = await createTestUser("reserve");
  await grantCredits({ kind: "grant", organization: user.organizationId, amountUsd, reason: "test credits" });
  return user;
}

test("50 parallel reservations against a balance that covers 10: exactly 10 succeed and the books balance", async () => {
  const user = await fundedOrganization("0.10");
  const attempts = await Promise.all(
    Array.from({ length: 50 }, (_, index) => reserveCredits({ organizationId: user.organizationId, amountNano: CENT, requestId: `req_${index}`, ttlMs: 60_000 })),
  );
  const granted = attempts.filter((attempt) => attempt.ok);
  assert.equal(granted.length, 10);
  for (const refused of attempts.filter((attempt) => !attempt.ok)) {
    assert.deepEqual(refused, { ok: false, reason: "insufficient_credits", availableNano: 0n });
  }
  const held = await verifyLedger(user.organizationId);
  assert.equal(held.reservedNano, 10n * CENT);
  assert.equal(held.openReservationsNano, 10n * CENT);
  assert.ok(held.ok);

  // Each request cost a little less than it held: the rest is freed.
  const settled = await Promise.all(
    granted.map((attempt) =>
      attempt.ok ? settleReservation(attempt.reservationId, usdToNano("0.0000015"), { description: "gpt-4o-mini: 10 tokens", requestId: "r" }) : null,
    ),
  );
  assert.ok(settled.every((result) => result?.status === "settled"));
  const books = await verifyLedger(user.organizationId);
  assert.ok(books.ok, JSON.stringify(books, (_, value) => (typeof value === "bigint" ? value.toString() : value)));
  assert.equal(books.balanceNano, usdToNano("0.10") - 10n * 1_500n);
  assert.equal(books.reservedNano, 0n);
  const minimum = await db().ledgerEntry.aggregate({ where: { organizationId: user.organizationId }, _min: { balanceAfterNano: true } });
  assert.ok((minimum._min.balanceAfterNano ?? 0n) >= 0n, "the balance never went negative");
  assert.equal(await db().ledgerEntry.count({ where: { organizationId: user.organizationId, kind: "usage" } }), 10);
});

test("settling is idempotent, also when the same settle runs concurrently", async () => {
  const user = await fundedOrganization("1");
  const reservation = await reserveCredits({ organizationId: user.organizationId, amountNano: CENT, requestId: "req_once", ttlMs: 60_000 });
  assert.ok(reservation.ok);
  const results = await Promise.all(
    Array.from({ length: 5 }, () => settleReservation(reservation.reservationId, 3_000n, { description: "twice?", requestId: "req_once" })),
  );
  assert.equal(results.filter((result) => result.status === "settled").length, 1);
  assert.equal(results.filter((result) => result.status === "already_settled").length, 4);
  const usage = await db().ledgerEntry.findMany({ where: { organizationId: user.organizationId, kind: "usage" } });
  assert.equal(usage.length, 1);
  assert.equal(usage[0]!.amountNano, -3_000n);
  assert.equal(usage[0]!.requestId, "req_once");
  assert.ok((await verifyLedger(user.organizationId)).ok);
});

test("zero-cost requests close the reservation without a ledger row; costs above the hold are still charged", async () => {
  const user = await fundedOrganization("1");
  const free = await reserveCredits({ organizationId: user.organizationId, amountNano: CENT, requestId: "cached", ttlMs: 60_000 });
  assert.ok(free.ok);
  assert.equal((await settleReservation(free.reservationId, 0n, { description: "cache hit" })).status, "settled");
  const over = await reserveCredits({ organizationId: user.organizationId, amountNano: CENT, requestId: "long", ttlMs: 60_000 });
  assert.ok(over.ok);
  const result = await settleReservation(over.reservationId, 2n * CENT, { description: "longer than estimated" });
  assert.equal(result.status === "settled" && result.overrunNano, CENT);
  assert.equal(await db().ledgerEntry.count({ where: { organizationId: user.organizationId, kind: "usage" } }), 1);
  const books = await verifyLedger(user.organizationId);
  assert.ok(books.ok);
  assert.equal(books.balanceNano, usdToNano("1") - 2n * CENT);
});

test("expired reservations are released, free the balance, and are still charged if settled late", async () => {
  const user = await fundedOrganization("0.02");
  const stuck = await reserveCredits({ organizationId: user.organizationId, amountNano: 2n * CENT, requestId: "crashed", ttlMs: 1 });
  assert.ok(stuck.ok);
  await new Promise((resolve) => setTimeout(resolve, 10));
  // The balance is fully held by the expired reservation: reserving releases it and tries again.
  const next = await reserveCredits({ organizationId: user.organizationId, amountNano: CENT, requestId: "next", ttlMs: 60_000 });
  assert.ok(next.ok, "the expired hold was released on the refused path");
  assert.equal((await db().creditReservation.findUniqueOrThrow({ where: { id: stuck.reservationId } })).status, "released");
  assert.equal(await releaseExpiredReservations(), 0, "nothing else is expired");

  // The slow request finishes after all: it ran, so it is charged.
  const late = await settleReservation(stuck.reservationId, 1_000n, { description: "slow request" });
  assert.equal(late.status, "settled");
  const books = await verifyLedger(user.organizationId);
  assert.ok(books.ok);
  assert.equal(books.reservedNano, CENT, "only the live reservation is held");
});

test("a key's spend limit is reserved against too, per period, and refusals say which limit", async () => {
  const user = await fundedOrganization("100");
  const { apiKey } = await user.caller.apiKeys.create({ projectId: user.projectId, name: "limited", spendLimitUsd: "0.05" });
  const attempts = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      reserveCredits({ organizationId: user.organizationId, apiKeyId: apiKey.id, amountNano: CENT, requestId: `k${index}`, ttlMs: 60_000 }),
    ),
  );
  const granted = attempts.filter((attempt) => attempt.ok);
  assert.equal(granted.length, 5);
  const refused = attempts.find((attempt) => !attempt.ok);
  assert.deepEqual(refused, { ok: false, reason: "key_spend_limit_reached", remainingNano: 0n, limitNano: 5n * CENT, period: "lifetime" });

  for (const attempt of granted) if (attempt.ok) await settleReservation(attempt.reservationId, CENT / 2n, { description: "half" });
  const { checkKeySpend } = await import("./check-key-spend");
  const status = await checkKeySpend(apiKey.id);
  assert.equal(status.spentNano, 5n * (CENT / 2n));
  assert.equal(status.reservedNano, 0n);
  assert.equal(status.remainingNano, 5n * CENT - 5n * (CENT / 2n));
  assert.equal(status.exhausted, false);

  // BYOK requests hold nothing from the balance but still count against the key.
  const balanceBefore = (await verifyLedger(user.organizationId)).balanceNano;
  const byok = await reserveCredits({ organizationId: user.organizationId, apiKeyId: apiKey.id, amountNano: 2n * CENT, requestId: "byok", ttlMs: 60_000, chargeCredits: false });
  assert.ok(byok.ok);
  await settleReservation(byok.reservationId, 2n * CENT + CENT / 2n, { description: "own key" });
  assert.equal((await verifyLedger(user.organizationId)).balanceNano, balanceBefore);
  assert.equal((await checkKeySpend(apiKey.id)).exhausted, true);

  // A daily limit only counts today's spend.
  await db().apiKey.update({ where: { id: apiKey.id }, data: { spendPeriod: "day" } });
  await db().apiKeySpendDay.updateMany({ where: { apiKeyId: apiKey.id }, data: { day: new Date(Date.now() - 2 * 86_400_000) } });
  const today = await checkKeySpend(apiKey.id);
  assert.equal(today.spentNano, 0n);
  assert.equal(today.remainingNano, 5n * CENT);
});

test("insufficient credits are refused without writing anything", async () => {
  const user = await createTestUser("empty");
  const refused = await reserveCredits({ organizationId: user.organizationId, amountNano: 1n, requestId: "nothing", ttlMs: 1000 });
  assert.deepEqual(refused, { ok: false, reason: "insufficient_credits", availableNano: 0n });
  assert.equal(await db().creditReservation.count({ where: { organizationId: user.organizationId } }), 0);
  await assert.rejects(reserveCredits({ organizationId: "no-such-org", amountNano: 1n, requestId: "x", ttlMs: 1000 }), /Organization not found/);
});
