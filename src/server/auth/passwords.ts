import bcrypt from "bcryptjs";
import { z } from "zod";

const COST = 11;
// bcrypt only reads the first 72 bytes; longer passwords would be silently truncated, so refuse them.
const MAX_BYTES = 72;
const COMMON = new Set(["password123", "1234567890", "qwertyuiop", "password1234", "letmein123", "iloveyou12", "switchboard"]);

export const passwordSchema = z
  .string()
  .min(10, "Password must be at least 10 characters")
  .refine((value) => Buffer.byteLength(value) <= MAX_BYTES, "Password must be at most 72 bytes")
  .refine((value) => /[A-Za-z]/.test(value) && /[^A-Za-z]/.test(value), "Password must mix letters with digits or symbols")
  .refine((value) => !COMMON.has(value.toLowerCase()), "This password is too common; choose another");

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

// Compared even when the user does not exist, so response time does not reveal which emails have accounts.
const DUMMY_HASH = bcrypt.hashSync("not-a-real-password-0", COST);

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return matches && Boolean(hash);
}
