import { organizationProcedure } from "../../trpc";
import { createInvitation, createInvitationSchema } from "../../../services/invitations/create-invitation";

export const createInvitationProcedure = organizationProcedure
  .input(createInvitationSchema)
  .mutation(({ ctx, input }) => createInvitation(ctx.scope, input));
