import { organizationProcedure } from "../../trpc";
import { leaveOrganization } from "../../../services/members/leave-organization";

export const leaveOrganizationProcedure = organizationProcedure.mutation(({ ctx }) => leaveOrganization(ctx.scope));
