import { organizationProcedure } from "../../trpc";
import { getTopUpStatus, topUpStatusSchema } from "../../../services/billing/get-top-up-status";

export const topUpStatusProcedure = organizationProcedure.input(topUpStatusSchema).query(({ ctx, input }) => getTopUpStatus(ctx.scope, input));
