import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import next from "next";
import { handleNodeGatewayRequest } from "../gateway/http/node-adapter";

export type ProductionServer = { server: Server; url: string; close: () => Promise<void> };

/**
 * The production server: plain node:http in front of Next's request handler. Gateway traffic (/v1/*) gets a
 * fast path here (see ARCHITECTURE.md); everything else — pages, tRPC, auth — is handed to Next.
 */
export async function startProductionServer(options: { port: number; hostname: string; trustProxy: boolean; gatewayFastPath: boolean }): Promise<ProductionServer> {
  const app = next({ dev: false, dir: process.cwd(), hostname: options.hostname, port: options.port });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (!options.trustProxy) {
      // Without a trusted proxy in front, the client's own x-forwarded-for must not decide its rate-limit identity.
      request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "unknown";
    }
    const isGateway = options.gatewayFastPath && (request.url?.startsWith("/v1/") || request.url === "/v1");
    const handled = isGateway ? handleNodeGatewayRequest(request, response) : handleWithNext(request, response);
    handled.catch((error: unknown) => {
      console.error("request failed:", error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("Internal Server Error");
    });
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname === "localhost" ? undefined : options.hostname, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    server,
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }).then(() => app.close()),
  };
}
