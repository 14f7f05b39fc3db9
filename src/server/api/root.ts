import { createCallerFactory, router } from "./trpc";
import { analyticsRouter } from "./routers/analytics/router";
import { apiKeysRouter } from "./routers/api-keys/router";
import { auditLogRouter } from "./routers/audit-log/router";
import { authRouter } from "./routers/auth/router";
import { billingRouter } from "./routers/billing/router";
import { invitationsRouter } from "./routers/invitations/router";
import { membersRouter } from "./routers/members/router";
import { projectsRouter } from "./routers/projects/router";
import { providerCredentialsRouter } from "./routers/provider-credentials/router";
import { requestLogsRouter } from "./routers/request-logs/router";
import { viewerRouter } from "./routers/viewer/router";

export const appRouter = router({
  auth: authRouter,
  viewer: viewerRouter,
  projects: projectsRouter,
  apiKeys: apiKeysRouter,
  auditLog: auditLogRouter,
  billing: billingRouter,
  providerCredentials: providerCredentialsRouter,
  requestLogs: requestLogsRouter,
  analytics: analyticsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
