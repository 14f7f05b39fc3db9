import type { MemberRole } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { OrganizationScope } from "../scope";
import { countOwners, lockOrganizationMembers } from "./lock-organization-members";
import { roleChangeRefusal } from "./member-role-rules";

export async function changeMemberRole(scope: OrganizationScope, input: { userId: string; role: MemberRole }) {
  requireRole(scope, "admin");
  return db().$transaction(async (tx) => {
    const actorRole = await lockOrganizationMembers(tx, scope);
    const target = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: scope.organizationId, userId: input.userId } },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!target) throw new AppError("NOT_FOUND", "That person is not a member of this organization.");
    const refusal = roleChangeRefusal(actorRole, target.role, input.role);
    if (refusal) throw new AppError("FORBIDDEN", refusal, "role");
    if (target.role === input.role) return { userId: input.userId, role: target.role };
    if (target.role === "owner" && (await countOwners(tx, scope.organizationId)) <= 1) {
      throw new AppError("BAD_REQUEST", `${target.user.email} is the last owner. Make another member an owner first.`, "role");
    }
    await tx.membership.update({ where: { id: target.id }, data: { role: input.role } });
    await recordAuditEvent(tx, scope, {
      action: "member.role_changed",
      targetType: "user",
      targetId: input.userId,
      metadata: { email: target.user.email, from: target.role, to: input.role },
    });
    return { userId: input.userId, role: input.role };
  });
}
