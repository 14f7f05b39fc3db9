import type { MemberRole } from "@/generated/prisma/enums";

/** Who is acting, as established by the session. Services trust nothing else about the caller. */
export type Actor = { userId: string; ip?: string | null };
/** An actor whose membership of one organization has been checked (organizations/authorize.ts). */
export type OrganizationScope = Actor & { organizationId: string; role: MemberRole };
/** An organization scope narrowed to one of its projects. */
export type ProjectScope = OrganizationScope & { projectId: string };
