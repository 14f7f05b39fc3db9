import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "../env";

// One client per process, created on first use: modules evaluated during `next build` must not need a database.
const globalForPrisma = globalThis as unknown as { switchboardPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.switchboardPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 20 }),
  });
  return globalForPrisma.switchboardPrisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.switchboardPrisma?.$disconnect();
  globalForPrisma.switchboardPrisma = undefined;
}
