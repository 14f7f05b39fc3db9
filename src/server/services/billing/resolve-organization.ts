import { db } from "../../db/client";
import { AppError } from "../../errors";

/**
 * An organization named on the admin command line: by id, or by the email of its owner (when that user owns exactly
 * one organization; otherwise the error lists them so the operator can pick an id).
 */
export async function resolveOrganization(reference: string): Promise<{ id: string; name: string }> {
  const value = reference.trim();
  if (!value.includes("@")) {
    const organization = await db().organization.findUnique({ where: { id: value }, select: { id: true, name: true } });
    if (!organization) throw new AppError("NOT_FOUND", `No organization with id ${value}.`);
    return organization;
  }
  const user = await db().user.findUnique({
    where: { email: value.toLowerCase() },
    select: { memberships: { where: { role: "owner" }, select: { organization: { select: { id: true, name: true } } } } },
  });
  if (!user) throw new AppError("NOT_FOUND", `No user with email ${value}.`);
  const owned = user.memberships.map((membership) => membership.organization);
  if (owned.length === 1) return owned[0]!;
  if (owned.length === 0) throw new AppError("NOT_FOUND", `${value} owns no organization.`);
  throw new AppError("CONFLICT", `${value} owns several organizations; pass one id: ${owned.map((o) => `${o.id} (${o.name})`).join(", ")}.`);
}
