import { encryptSecret } from "../../crypto/secret-box";
import { db } from "../../db/client";
import { env } from "../../env";
import { AppError, isUniqueViolation } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requireRole } from "../organizations/authorize";
import type { ProjectScope } from "../scope";
import type { CreateProviderCredentialInput } from "./provider-credential-input";
import { CUSTOM_PROVIDER_ID, providerCredentialViewSelect, toProviderCredentialView } from "./provider-credential-view";

/** Short keys keep no visible characters: four of them would give away most of the secret. */
function visibleLast4(apiKey: string): string {
  return apiKey.length >= 12 ? apiKey.slice(-4) : "";
}

/** Stores a provider key encrypted; afterwards only its last four characters can ever be shown. */
export async function createProviderCredential(scope: ProjectScope, input: CreateProviderCredentialInput) {
  requireRole(scope, "admin");
  const customSlug = input.providerId === CUSTOM_PROVIDER_ID ? (input.customSlug ?? null) : null;
  try {
    const row = await db().$transaction(async (tx) => {
      const created = await tx.providerCredential.create({
        data: {
          projectId: scope.projectId,
          providerId: input.providerId,
          name: input.name,
          customSlug,
          baseUrl: input.baseUrl ?? null,
          encryptedKey: encryptSecret(input.apiKey, env().ENCRYPTION_KEY),
          keyLast4: visibleLast4(input.apiKey),
        },
        select: providerCredentialViewSelect,
      });
      await recordAuditEvent(tx, scope, {
        action: "provider_credential.created",
        targetType: "provider_credential",
        targetId: created.id,
        metadata: { projectId: scope.projectId, providerId: input.providerId, name: input.name, customSlug, baseUrl: input.baseUrl ?? null },
      });
      return created;
    });
    return toProviderCredentialView(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", `This project already has a custom provider with the slug "${customSlug}".`, "customSlug");
    }
    throw error;
  }
}
