import { publicProcedure } from "../../trpc";
import { signUp, signUpSchema } from "../../../services/accounts/sign-up";

export const signUpProcedure = publicProcedure.input(signUpSchema).mutation(async ({ ctx, input }) => {
  const account = await signUp(input, ctx.ip);
  return { email: account.user.email };
});
