import { organizationProcedure } from "../../trpc";
import { getBillingOverview } from "../../../services/billing/get-billing-overview";

export const billingOverviewProcedure = organizationProcedure.query(({ ctx }) => getBillingOverview(ctx.scope));
