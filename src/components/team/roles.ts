import type { MemberRole } from "@/generated/prisma/enums";

export const ROLE_LABELS: Record<MemberRole, string> = { owner: "Owner", admin: "Admin", developer: "Developer" };

/** One line per role, shown where roles are chosen, so nobody has to guess what a role allows. */
export const ROLE_SUMMARIES: Record<MemberRole, string> = {
  owner: "Everything admins can do, and managing other owners.",
  admin: "Billing, provider keys, project settings, the team and the audit log.",
  developer: "API keys, request logs and analytics; sees the team and provider keys without changing them.",
};

export const isAdminOrOwner = (role: MemberRole) => role !== "developer";
