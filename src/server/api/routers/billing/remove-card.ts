import { organizationProcedure } from "../../trpc";
import { removeCard } from "../../../services/billing/remove-card";

export const removeCardProcedure = organizationProcedure.mutation(({ ctx }) => removeCard(ctx.scope));
