import { verifyPassword } from "../../auth/passwords";
import { clearFailedSignIns, recordFailedSignIn, signInRetryAfterMs } from "../../auth/sign-in-throttle";
import { db } from "../../db/client";
import { AppError } from "../../errors";

/** The user for this email and password, or null. Repeated failures from one IP for one email are throttled. */
export async function verifyCredentials(email: string, password: string, ip: string) {
  const normalized = email.trim().toLowerCase();
  const waitMs = signInRetryAfterMs(normalized, ip);
  if (waitMs > 0) {
    const minutes = Math.ceil(waitMs / 60_000);
    throw new AppError("TOO_MANY_REQUESTS", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  const user = await db().user.findUnique({
    where: { email: normalized },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!(await verifyPassword(password, user?.passwordHash))) {
    recordFailedSignIn(normalized, ip);
    return null;
  }
  clearFailedSignIns(normalized, ip);
  return { id: user!.id, email: user!.email, name: user!.name };
}
