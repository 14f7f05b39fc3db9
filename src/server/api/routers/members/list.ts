import { organizationProcedure } from "../../trpc";
import { listMembers } from "../../../services/members/list-members";

export const listMembersProcedure = organizationProcedure.query(({ ctx }) => listMembers(ctx.scope));
