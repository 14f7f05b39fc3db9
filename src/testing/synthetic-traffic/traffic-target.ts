import { db } from "@/server/db/client";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { signUp } from "@/server/services/accounts/sign-up";
import type { ProjectScope } from "@/server/services/scope";
import type { TrafficTarget } from "./generate-requests";
import { API_KEY_MIX } from "./traffic-mix";

export const DEMO_EMAIL = "demo@example.com";
export const DEMO_PASSWORD = "switchboard-demo-1";

export type ResolvedTarget = TrafficTarget & { description: string; demoAccount: { email: string; password: string; created: boolean } | null };

async function ownerScope(projectId: string): Promise<ProjectScope> {
  const project = await db().project.findUnique({
    where: { id: projectId },
    select: { organizationId: true, organization: { select: { memberships: { where: { role: "owner" }, select: { userId: true }, take: 1 } } } },
  });
  if (!project) throw new Error(`No project with id ${projectId}.`);
  const ownerId = project.organization.memberships[0]?.userId;
  if (!ownerId) throw new Error(`Project ${projectId} has no owner to create API keys as.`);
  return { userId: ownerId, organizationId: project.organizationId, role: "owner", projectId };
}

async function firstProjectOf(email: string): Promise<string> {
  const membership = await db().membership.findFirst({
    where: { user: { email: email.trim().toLowerCase() } },
    orderBy: { createdAt: "asc" },
    select: { organization: { select: { projects: { orderBy: { createdAt: "asc" }, select: { id: true }, take: 1 } } } },
  });
  const projectId = membership?.organization.projects[0]?.id;
  if (!projectId) throw new Error(`No user ${email} with a project.`);
  return projectId;
}

/** The project's API keys named like the mix's, created the first time (the seeded traffic is spread over them). */
async function ensureApiKeys(scope: ProjectScope): Promise<TrafficTarget["apiKeys"]> {
  const existing = await db().apiKey.findMany({ where: { projectId: scope.projectId, revokedAt: null }, select: { id: true, name: true } });
  const keys = [];
  for (const { name, weight } of API_KEY_MIX) {
    const id = existing.find((key) => key.name === name)?.id ?? (await createApiKey(scope, { name })).apiKey.id;
    keys.push({ id, weight });
  }
  return keys;
}

/** The project to seed: given by id, by its owner's email, or a demo account's (created when missing). */
export async function resolveTrafficTarget(options: { projectId?: string; email?: string }): Promise<ResolvedTarget> {
  let demoAccount: ResolvedTarget["demoAccount"] = null;
  let projectId = options.projectId;
  if (!projectId && options.email) projectId = await firstProjectOf(options.email);
  if (!projectId) {
    const exists = await db().user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
    projectId = exists ? await firstProjectOf(DEMO_EMAIL) : (await signUp({ email: DEMO_EMAIL, password: DEMO_PASSWORD, name: "Demo" })).projectId;
    demoAccount = { email: DEMO_EMAIL, password: DEMO_PASSWORD, created: !exists };
  }
  const scope = await ownerScope(projectId);
  const project = await db().project.findUniqueOrThrow({ where: { id: projectId }, select: { name: true } });
  return {
    organizationId: scope.organizationId,
    projectId,
    apiKeys: await ensureApiKeys(scope),
    description: `project "${project.name}" (${projectId})`,
    demoAccount,
  };
}
