import { z } from "zod";
import { idSchema, organizationProcedure } from "../../trpc";
import { removeMember } from "../../../services/members/remove-member";

export const removeMemberProcedure = organizationProcedure
  // revokeKeys: also revoke the API keys the member created in this organization's projects (the dialog's default).
  .input(z.object({ userId: idSchema("userId"), revokeKeys: z.boolean().default(false) }))
  .mutation(({ ctx, input }) => removeMember(ctx.scope, input.userId, { revokeKeys: input.revokeKeys }));
