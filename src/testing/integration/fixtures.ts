import "./database";
import { randomBytes } from "node:crypto";
import { after } from "node:test";
import { disconnectDb } from "@/server/db/client";
import { createCaller } from "@/server/api/root";
import { signUp } from "@/server/services/accounts/sign-up";

// Close the pool so the test process ends as soon as its tests do.
after(() => disconnectDb());

/** A signed-up user with their organization and default project, and a tRPC caller acting as them. */
export async function createTestUser(label = "user") {
  const email = `${label}-${randomBytes(4).toString("hex")}@example.com`;
  const account = await signUp({ email, password: "a-good-password-1" });
  return {
    email,
    userId: account.user.id,
    organizationId: account.organizationId,
    projectId: account.projectId,
    caller: createCaller({ userId: account.user.id, ip: "127.0.0.1" }),
  };
}

export const anonymousCaller = () => createCaller({ userId: null, ip: "127.0.0.1" });
