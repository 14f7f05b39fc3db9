import { z } from "zod";
import { protectedProcedure } from "../../trpc";
import { acceptInvitation } from "../../../services/invitations/accept-invitation";

// Not an organizationProcedure: the caller is not a member yet. The token itself is the capability.
export const acceptInvitationProcedure = protectedProcedure
  .input(z.object({ token: z.string({ error: "token is required" }).min(1, "token is required").max(200, "This invitation link is not valid.") }))
  .mutation(({ ctx, input }) => acceptInvitation(ctx.actor, input.token));
