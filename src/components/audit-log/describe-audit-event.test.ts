import assert from "node:assert/strict";
import { test } from "node:test";
import { auditActionLabel, describeAuditTarget, summarizeAuditMetadata } from "./describe-audit-event";

test("actions read as words; unknown ones are still readable", () => {
  assert.equal(auditActionLabel("member.role_changed"), "Role changed");
  assert.equal(auditActionLabel("member.invite_revoked"), "Invitation revoked");
  assert.equal(auditActionLabel("playground.something_new"), "Playground something new");
});

test("metadata: role changes, field-by-field changes, plain fields, nulls left out, long values cut", () => {
  assert.equal(summarizeAuditMetadata({ email: "a@b.co", from: "developer", to: "admin" }), "developer → admin · email: a@b.co");
  assert.equal(
    summarizeAuditMetadata({ from: { rateLimitRpm: null, spendPeriod: "day", allowedModels: [] }, to: { rateLimitRpm: 60, spendPeriod: "day", allowedModels: ["gpt-4o"] } }),
    'rateLimitRpm: none → 60 · allowedModels: [] → ["gpt-4o"]',
  );
  assert.equal(summarizeAuditMetadata({ email: null, role: "developer", expiresAt: "2026-01-01T09:30:00.000Z" }), "role: developer · expiresAt: 2026-01-01 09:30 UTC");
  assert.equal(summarizeAuditMetadata({ email: "a@b.co", role: "developer", invitationId: "c1", invitedById: "u1" }, ["email"]), "role: developer");
  assert.equal(summarizeAuditMetadata({ reason: "x".repeat(100) }), `reason: ${"x".repeat(59)}…`);
  assert.equal(summarizeAuditMetadata(null), "");
  assert.equal(summarizeAuditMetadata("text"), "text");
});

test("targets: a member's email when known, else the type and a short id", () => {
  assert.equal(describeAuditTarget("user", "cuid123", { email: "dev@example.com" }), "dev@example.com");
  assert.equal(describeAuditTarget("invitation", "inv1", { email: null, role: "developer" }), "Invitation link (anyone)");
  assert.equal(describeAuditTarget("api_key", "ckabcdefgh12345678", { name: "x" }), "api key 12345678");
  assert.equal(describeAuditTarget(null, null, null), "—");
});
