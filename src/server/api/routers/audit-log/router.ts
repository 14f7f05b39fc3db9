import { z } from "zod";
import { idSchema, organizationProcedure, router } from "../../trpc";
import { listAuditActions } from "../../../services/audit/list-audit-actions";
import { listAuditEvents } from "../../../services/audit/list-audit-events";

export const auditLogRouter = router({
  list: organizationProcedure
    .input(
      z.object({
        cursor: idSchema("cursor").optional(),
        limit: z.number().int().min(1).max(100).default(50),
        action: z.string().trim().max(64, "action is not valid").optional(),
      }),
    )
    .query(({ ctx, input }) => listAuditEvents(ctx.scope, input)),
  actions: organizationProcedure.query(({ ctx }) => listAuditActions(ctx.scope)),
});
