import type { MemberRole } from "@/generated/prisma/enums";

// Pure rules on top of `requireRole(scope, "admin")`, kept apart (and free of the database) so the team page and
// the services agree on them. Each returns why the action is refused, or null when it is allowed. The last-owner
// rule needs a count and lives in the services, under the membership lock.

/** Owners are the only ones who can touch an owner or make someone an owner. */
export function roleChangeRefusal(actor: MemberRole, target: MemberRole, to: MemberRole): string | null {
  if (actor === "developer") return "Only owners and admins can change roles.";
  if (actor !== "owner" && target === "owner") return "Only owners can change an owner's role.";
  if (actor !== "owner" && to === "owner") return "Only owners can make someone an owner.";
  return null;
}

export function removalRefusal(actor: MemberRole, target: MemberRole): string | null {
  if (actor === "developer") return "Only owners and admins can remove members.";
  if (actor !== "owner" && target === "owner") return "Only owners can remove an owner.";
  return null;
}

export function invitationRefusal(actor: MemberRole, role: MemberRole): string | null {
  if (actor === "developer") return "Only owners and admins can invite members.";
  if (actor !== "owner" && role === "owner") return "Only owners can invite someone as an owner.";
  return null;
}

/** The roles the actor may hand out, for the invite dialog and the role selects. */
export function assignableRoles(actor: MemberRole): MemberRole[] {
  if (actor === "owner") return ["owner", "admin", "developer"];
  if (actor === "admin") return ["admin", "developer"];
  return [];
}
