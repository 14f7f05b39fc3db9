import { db } from "../../db/client";
import type { ProjectScope } from "../scope";
import { providerCredentialViewSelect, toProviderCredentialView } from "./provider-credential-view";

/** Every member may see which provider keys a project has (masked); only admins change them. */
export async function listProviderCredentials(scope: ProjectScope) {
  const rows = await db().providerCredential.findMany({
    where: { projectId: scope.projectId },
    orderBy: [{ providerId: "asc" }, { createdAt: "asc" }],
    select: providerCredentialViewSelect,
  });
  return rows.map(toProviderCredentialView);
}
