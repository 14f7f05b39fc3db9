import { z } from "zod";
import { env } from "../../env";
import { AppError } from "../../errors";

/** The dashboard's origin as the browser sees it; NEXTAUTH_URL wins when set (behind a proxy it is the truth). */
export const returnOriginSchema = z.url({ protocol: /^https?$/, error: "origin must be an http(s) URL" }).max(300).optional();

/** An absolute URL of the billing page for Stripe to send the customer back to. */
export function billingPageUrl(origin: string | undefined, query: string): string {
  const base = env().NEXTAUTH_URL ?? origin;
  if (!base) throw new AppError("BAD_REQUEST", "The dashboard's address is unknown: set NEXTAUTH_URL.");
  return `${new URL(base).origin}/dashboard/billing?${query}`;
}
