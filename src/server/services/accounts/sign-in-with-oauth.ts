import { db } from "../../db/client";
import { createAccount } from "./create-account";

/**
 * Finds or creates the user behind an OAuth identity. An identity seen before signs in its user; a new identity
 * whose provider-verified email matches an existing user is linked to that user; otherwise a new account is made.
 */
export async function signInWithOAuth(identity: { provider: string; providerAccountId: string; email: string; name: string | null }) {
  const email = identity.email.trim().toLowerCase();
  return db().$transaction(async (tx) => {
    const account = await tx.account.findUnique({
      where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
      select: { user: { select: { id: true, email: true, name: true } } },
    });
    if (account) return account.user;
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
    const user = existing ?? (await createAccount(tx, { email, name: identity.name, passwordHash: null })).user;
    await tx.account.create({
      data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId },
    });
    return user;
  });
}
