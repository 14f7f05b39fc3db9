import { organizationProcedure } from "../../trpc";
import { completeCardSetup, completeCardSetupSchema } from "../../../services/billing/complete-card-setup";

export const completeCardSetupProcedure = organizationProcedure
  .input(completeCardSetupSchema)
  .mutation(({ ctx, input }) => completeCardSetup(ctx.scope, input));
