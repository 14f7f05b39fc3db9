import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { countOwners, lockOrganizationMembers } from "./lock-organization-members";
import { removalRefusal } from "./member-role-rules";

/**
 * Takes a member out of the organization at once (membership is checked on every call). API keys they created
 * belong to the project: with `revokeKeys` they are revoked in the same transaction (each revocation audited, and
 * refused by the gateway within its key-cache bound); without it they keep working, as the team page says.
 */
export async function removeMember(scope: OrganizationScope, userId: string, options: { revokeKeys?: boolean } = {}) {
  requireRole(scope, "admin");
  if (userId === scope.userId) throw new AppError("BAD_REQUEST", "To remove yourself, leave the organization instead.");
  return db().$transaction(async (tx) => {
    const actorRole = await lockOrganizationMembers(tx, scope);
    const target = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: scope.organizationId, userId } },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!target) throw new AppError("NOT_FOUND", "That person is not a member of this organization.");
    const refusal = removalRefusal(actorRole, target.role);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    // Unreachable while the actor is a different owner, but kept: the organization must never lose its last owner.
    if (target.role === "owner" && (await countOwners(tx, scope.organizationId)) <= 1) {
      throw new AppError("BAD_REQUEST", `${target.user.email} is the last owner and cannot be removed.`);
    }
    await tx.membership.delete({ where: { id: target.id } });
    const keys = options.revokeKeys
      ? await tx.apiKey.findMany({ where: { createdById: userId, revokedAt: null, project: { organizationId: scope.organizationId } }, select: { id: true } })
      : [];
    if (keys.length > 0) {
      await tx.apiKey.updateMany({ where: { id: { in: keys.map((key) => key.id) } }, data: { revokedAt: new Date() } });
      for (const key of keys) {
        await recordAuditEvent(tx, scope, { action: "api_key.revoked", targetType: "api_key", targetId: key.id, metadata: { reason: "creator removed from the organization" } });
      }
    }
    await recordAuditEvent(tx, scope, {
      action: "member.removed",
      targetType: "user",
      targetId: userId,
      metadata: { email: target.user.email, role: target.role, revokedKeys: keys.length },
    });
    return { userId, revokedKeys: keys.length };
  });
}
