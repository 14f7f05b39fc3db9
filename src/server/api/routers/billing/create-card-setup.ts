import { organizationProcedure } from "../../trpc";
import { createCardSetupCheckout, createCardSetupCheckoutSchema } from "../../../services/billing/create-card-setup-checkout";

export const createCardSetupProcedure = organizationProcedure
  .input(createCardSetupCheckoutSchema)
  .mutation(({ ctx, input }) => createCardSetupCheckout(ctx.scope, input));
