import { createHash, randomBytes } from "node:crypto";

/** How long a link works: long enough to reach someone over a weekend, short enough that a leaked link goes stale. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** 32 random bytes in base64url: 43 characters. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The link's secret is shown once and only its SHA-256 is stored, so the database alone cannot be used to join an
 * organization. Plain SHA-256 (no HMAC secret, unlike API keys) is enough for 256 random bits: nothing to guess.
 */
export function generateInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const invitationPath = (token: string) => `/invite/${token}`;
