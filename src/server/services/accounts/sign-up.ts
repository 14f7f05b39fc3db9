import { z } from "zod";
import { hashPassword, passwordSchema } from "../../auth/passwords";
import { db } from "../../db/client";
import { AppError, isUniqueViolation } from "../../errors";
import { createAccount } from "./create-account";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"));

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().max(80, "Name must be at most 80 characters").optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export async function signUp(input: SignUpInput, ip?: string | null) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction((tx) =>
      createAccount(tx, { email: input.email, name: input.name || null, passwordHash, ip }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", "email");
    }
    throw error;
  }
}
