import { organizationProcedure } from "../../trpc";
import { listInvitations } from "../../../services/invitations/list-invitations";

export const listInvitationsProcedure = organizationProcedure.query(({ ctx }) => listInvitations(ctx.scope));
