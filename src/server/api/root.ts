import { createCallerFactory, router } from "./trpc";
import { apiKeysRouter } from "./routers/api-keys/router";
import { auditLogRouter } from "./routers/audit-log/router";
import { authRouter } from "./routers/auth/router";
import { projectsRouter } from "./routers/projects/router";
import { viewerRouter } from "./routers/viewer/router";

export const appRouter = router({
  auth: authRouter,
  viewer: viewerRouter,
  projects: projectsRouter,
  apiKeys: apiKeysRouter,
  auditLog: auditLogRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
