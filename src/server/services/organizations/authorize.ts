import type { MemberRole } from "@/generated/prisma/enums";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import type { Actor, OrganizationScope, ProjectScope } from "../scope";

const RANK: Record<MemberRole, number> = { developer: 0, admin: 1, owner: 2 };

export function hasRole(role: MemberRole, atLeast: MemberRole): boolean {
  return RANK[role] >= RANK[atLeast];
}

export function requireRole(scope: OrganizationScope, atLeast: MemberRole): void {
  if (!hasRole(scope.role, atLeast)) {
    throw new AppError("FORBIDDEN", `This action needs the ${atLeast} role or higher; you are ${scope.role}.`);
  }
}

/** Checks that the actor belongs to the organization; every organization-scoped call starts here. */
export async function authorizeOrganization(actor: Actor, organizationId: string): Promise<OrganizationScope> {
  const membership = await db().membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: actor.userId } },
    select: { role: true },
  });
  if (!membership) throw new AppError("FORBIDDEN", "You are not a member of this organization.");
  return { ...actor, organizationId, role: membership.role };
}

/** Checks that the project exists in an organization the actor belongs to. */
export async function authorizeProject(actor: Actor, projectId: string): Promise<ProjectScope> {
  const project = await db().project.findFirst({
    where: { id: projectId, organization: { memberships: { some: { userId: actor.userId } } } },
    select: { organizationId: true, organization: { select: { memberships: { where: { userId: actor.userId }, select: { role: true } } } } },
  });
  const role = project?.organization.memberships[0]?.role;
  if (!project || !role) throw new AppError("NOT_FOUND", "Project not found.");
  return { ...actor, organizationId: project.organizationId, projectId, role };
}
