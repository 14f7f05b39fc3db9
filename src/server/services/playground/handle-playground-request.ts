import { GatewayError } from "../../gateway/errors";
import { handleFetchGatewayRequest } from "../../gateway/http/fetch-adapter";
import { AppError } from "../../errors";
import { authorizeProject } from "../organizations/authorize";
import { crossSiteRefusal } from "./cross-site-refusal";
import { loadPlaygroundPrincipal } from "./load-playground-principal";

/** Which of the signed-in user's projects pays for the request (the dashboard's current project). */
export const PLAYGROUND_PROJECT_HEADER = "x-switchboard-project";
export const PLAYGROUND_SOURCE = "playground";

// Request headers the gateway acts on that a playground user may set; everything else — above all the session
// cookie, and any Authorization or x-api-key — stays out of the pipeline.
const FORWARDED_HEADERS = ["content-type", "content-length", "x-request-id", "x-no-cache", "x-no-fallback"];
const METADATA_PREFIX = "x-switchboard-meta-";

/**
 * `POST /api/playground/chat/completions`: the gateway's chat completions for a signed-in member of the project named
 * in the `x-switchboard-project` header, with no API key. The full pipeline runs (routing, failover, cache, billing,
 * logging) and its answer — JSON or an SSE stream — is returned untouched. Refusals use the gateway's OpenAI error
 * envelope so the playground shows every failure the same way.
 */
export async function handlePlaygroundRequest(request: Request, userId: string | null): Promise<Response> {
  const crossSite = crossSiteRefusal(request.headers);
  if (crossSite) return errorResponse(new GatewayError(403, crossSite, "permission_error", "cross_site_request"));
  if (!userId) return errorResponse(new GatewayError(401, "Sign in to use the playground.", "authentication_error", "not_signed_in"));

  const projectId = request.headers.get(PLAYGROUND_PROJECT_HEADER)?.trim();
  if (!projectId) {
    return errorResponse(new GatewayError(400, `Name the project in the ${PLAYGROUND_PROJECT_HEADER} header.`, "invalid_request_error", "missing_project"));
  }
  let principal;
  try {
    principal = await loadPlaygroundPrincipal(await authorizeProject({ userId }, projectId.slice(0, 64)));
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return errorResponse(new GatewayError(403, error.message, "permission_error", "forbidden"));
    if (error instanceof AppError && error.code === "NOT_FOUND") return errorResponse(new GatewayError(404, error.message, "not_found_error", "project_not_found"));
    throw error;
  }
  return handleFetchGatewayRequest(toGatewayRequest(request), { principal, path: "/v1/chat/completions" });
}

/** The same request with only the headers the gateway should see, tagged as coming from the playground. */
function toGatewayRequest(request: Request): Request {
  const headers = new Headers();
  request.headers.forEach((value, name) => {
    if (FORWARDED_HEADERS.includes(name) || (name.startsWith(METADATA_PREFIX) && name.length > METADATA_PREFIX.length)) headers.set(name, value);
  });
  headers.set("x-switchboard-source", PLAYGROUND_SOURCE);
  // `duplex: "half"` is what lets Node's fetch Request take a streamed body; the DOM typings do not know it yet.
  const init = { method: request.method, headers, body: request.body, signal: request.signal, duplex: "half" } as RequestInit;
  return new Request(request.url, init);
}

function errorResponse(error: GatewayError): Response {
  return Response.json(error.toBody(), { status: error.status, headers: { "cache-control": "no-store" } });
}
