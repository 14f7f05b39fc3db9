import { db } from "../../db/client";
import { AppError } from "../../errors";
import type { Actor } from "../scope";

/** The signed-in user with every organization they belong to and its projects: what the dashboard shell needs. */
export async function getViewer(actor: Actor) {
  const user = await db().user.findUnique({
    where: { id: actor.userId },
    select: {
      id: true,
      email: true,
      name: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: {
          role: true,
          organization: {
            select: { id: true, name: true, projects: { orderBy: { createdAt: "asc" }, select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  if (!user) throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again.");
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organizations: user.memberships.map((m) => ({ ...m.organization, role: m.role })),
  };
}
