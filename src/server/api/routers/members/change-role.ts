import { z } from "zod";
import { MemberRole } from "@/generated/prisma/enums";
import { idSchema, organizationProcedure } from "../../trpc";
import { changeMemberRole } from "../../../services/members/change-member-role";

export const changeMemberRoleProcedure = organizationProcedure
  .input(z.object({ userId: idSchema("userId"), role: z.enum(MemberRole, { error: "Choose a role: owner, admin or developer" }) }))
  .mutation(({ ctx, input }) => changeMemberRole(ctx.scope, input));
