import type { Candidate } from "../routing/candidates";

/** Response headers telling the client who served the request. */
export function providerHeaders(candidate: Candidate, retries: number): Record<string, string> {
  return {
    "x-switchboard-provider": candidate.providerId,
    "x-switchboard-provider-model": candidate.providerModel,
    "x-switchboard-retries": String(retries),
  };
}
