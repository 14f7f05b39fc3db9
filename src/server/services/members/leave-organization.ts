import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { OrganizationScope } from "../scope";
import { countOwners, lockOrganizationMembers } from "./lock-organization-members";

/** Any member may leave, except the last owner: an organization without an owner could never be managed again. */
export async function leaveOrganization(scope: OrganizationScope) {
  return db().$transaction(async (tx) => {
    const role = await lockOrganizationMembers(tx, scope);
    if (role === "owner" && (await countOwners(tx, scope.organizationId)) <= 1) {
      throw new AppError("BAD_REQUEST", "You are the last owner of this organization. Make another member an owner before leaving.");
    }
    const membership = await tx.membership.delete({
      where: { organizationId_userId: { organizationId: scope.organizationId, userId: scope.userId } },
      select: { user: { select: { email: true } } },
    });
    await recordAuditEvent(tx, scope, {
      action: "member.left",
      targetType: "user",
      targetId: scope.userId,
      metadata: { email: membership.user.email, role },
    });
    return { organizationId: scope.organizationId };
  });
}
