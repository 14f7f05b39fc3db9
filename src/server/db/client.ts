import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "../env";

// One client per process, created on first use: modules evaluated during `next build` must not need a database.
const globalForPrisma = globalThis as unknown as { switchboardPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.switchboardPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 20 }),
    // Prisma's defaults (2 s to get a connection, 5 s per transaction) abort money transactions on a busy machine;
    // a transaction that waits a little longer is better than a credit hold left to expire.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
  return globalForPrisma.switchboardPrisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.switchboardPrisma?.$disconnect();
  globalForPrisma.switchboardPrisma = undefined;
}
