import { handleFetchGatewayRequest } from "@/server/gateway/http/fetch-adapter";

// The gateway API through Next's route handlers: used by `next dev` and serverless deployments. `npm start`
// serves /v1/* from its node:http fast path instead, with the same pipeline (src/server/gateway).
export const dynamic = "force-dynamic";

const handler = (request: Request) => handleFetchGatewayRequest(request);

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
