import { z } from "zod";
import { idSchema, organizationProcedure, router } from "../../trpc";
import { listAuditEvents } from "../../../services/audit/list-audit-events";

export const auditLogRouter = router({
  list: organizationProcedure
    .input(z.object({ cursor: idSchema("cursor").optional(), limit: z.number().int().min(1).max(100).default(50) }))
    .query(({ ctx, input }) => listAuditEvents(ctx.scope, input)),
});
