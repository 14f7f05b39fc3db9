import { organizationProcedure } from "../../trpc";
import { updateAutoTopUp, updateAutoTopUpSchema } from "../../../services/billing/update-auto-top-up";

export const updateAutoTopUpProcedure = organizationProcedure
  .input(updateAutoTopUpSchema)
  .mutation(({ ctx, input }) => updateAutoTopUp(ctx.scope, input));
