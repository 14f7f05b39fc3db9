import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { generateInvitationToken, hashInvitationToken, INVITATION_TOKEN_PATTERN, invitationPath } from "./invitation-token";
import { invitationStatus } from "./invitation-status";

test("a token is 32 random bytes in base64url, stored only as its SHA-256", () => {
  const { token, tokenHash } = generateInvitationToken();
  assert.match(token, INVITATION_TOKEN_PATTERN);
  assert.equal(Buffer.from(token, "base64url").length, 32);
  assert.equal(tokenHash, createHash("sha256").update(token).digest("hex"));
  assert.equal(hashInvitationToken(token), tokenHash);
  assert.notEqual(generateInvitationToken().token, token);
  assert.equal(invitationPath(token), `/invite/${token}`);
});

test("an invitation's status: used or revoked wins over expiry", () => {
  const now = new Date("2026-01-10T00:00:00Z");
  const future = new Date("2026-01-11T00:00:00Z");
  const past = new Date("2026-01-09T00:00:00Z");
  assert.equal(invitationStatus({ expiresAt: future, acceptedAt: null, revokedAt: null }, now), "pending");
  assert.equal(invitationStatus({ expiresAt: past, acceptedAt: null, revokedAt: null }, now), "expired");
  assert.equal(invitationStatus({ expiresAt: now, acceptedAt: null, revokedAt: null }, now), "expired");
  assert.equal(invitationStatus({ expiresAt: past, acceptedAt: null, revokedAt: past }, now), "revoked");
  assert.equal(invitationStatus({ expiresAt: past, acceptedAt: past, revokedAt: null }, now), "accepted");
});
