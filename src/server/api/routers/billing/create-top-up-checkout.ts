import { organizationProcedure } from "../../trpc";
import { createTopUpCheckout, createTopUpCheckoutSchema } from "../../../services/billing/create-top-up-checkout";

export const createTopUpCheckoutProcedure = organizationProcedure
  .input(createTopUpCheckoutSchema)
  .mutation(({ ctx, input }) => createTopUpCheckout(ctx.scope, input));
