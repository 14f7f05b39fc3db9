import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "../audit/record-audit-event";

/**
 * A new user always arrives with an organization they own and a default project, so the dashboard has
 * somewhere to put their first API key. Runs inside the caller's transaction.
 */
export async function createAccount(
  tx: Prisma.TransactionClient,
  input: { email: string; name: string | null; passwordHash: string | null; ip?: string | null },
) {
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, passwordHash: input.passwordHash },
    select: { id: true, email: true, name: true },
  });
  const organizationName = input.name ? `${input.name}'s organization` : `${input.email.split("@")[0]}'s organization`;
  const organization = await tx.organization.create({
    data: {
      name: organizationName.slice(0, 80),
      memberships: { create: { userId: user.id, role: "owner" } },
      projects: { create: { name: "Default project" } },
    },
    select: { id: true, projects: { select: { id: true } } },
  });
  await recordAuditEvent(tx, { organizationId: organization.id, userId: user.id, ip: input.ip }, {
    action: "organization.created",
    targetType: "organization",
    targetId: organization.id,
  });
  return { user, organizationId: organization.id, projectId: organization.projects[0]!.id };
}
