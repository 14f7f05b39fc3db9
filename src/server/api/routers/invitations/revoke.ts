import { z } from "zod";
import { idSchema, organizationProcedure } from "../../trpc";
import { revokeInvitation } from "../../../services/invitations/revoke-invitation";

export const revokeInvitationProcedure = organizationProcedure
  .input(z.object({ invitationId: idSchema("invitationId") }))
  .mutation(({ ctx, input }) => revokeInvitation(ctx.scope, input.invitationId));
