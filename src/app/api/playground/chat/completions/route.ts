import { currentUserId } from "@/server/auth/session";
import { handlePlaygroundRequest } from "@/server/services/playground/handle-playground-request";

// The dashboard playground's way into the gateway: the session cookie instead of an API key (see the service).
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handlePlaygroundRequest(request, await currentUserId());
}
