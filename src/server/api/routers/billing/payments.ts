import { organizationProcedure } from "../../trpc";
import { listPayments, listPaymentsSchema } from "../../../services/billing/list-payments";

export const paymentsProcedure = organizationProcedure.input(listPaymentsSchema).query(({ ctx, input }) => listPayments(ctx.scope, input));
