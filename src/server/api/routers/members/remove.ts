import { z } from "zod";
import { idSchema, organizationProcedure } from "../../trpc";
import { removeMember } from "../../../services/members/remove-member";

export const removeMemberProcedure = organizationProcedure
  .input(z.object({ userId: idSchema("userId") }))
  .mutation(({ ctx, input }) => removeMember(ctx.scope, input.userId));
