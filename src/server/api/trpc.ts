import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { AppError } from "../errors";
import { authorizeOrganization, authorizeProject } from "../services/organizations/authorize";
import type { Actor } from "../services/scope";

export type TrpcContext = { userId: string | null; ip: string | null };

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      // Bad input gets the first problem as the message and every problem by field, so forms can show them in place.
      message: zodError ? (zodError.issues[0]?.message ?? "Invalid input") : shape.message,
      data: {
        ...shape.data,
        fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : error.cause instanceof AppError && error.cause.field ? { [error.cause.field]: [error.message] } : null,
      },
    };
  },
});

// Business logic throws AppError; this is the one place its codes become tRPC codes.
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    throw new TRPCError({ code: result.error.cause.code, message: result.error.cause.message, cause: result.error.cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  const actor: Actor = { userId: ctx.userId, ip: ctx.ip };
  return next({ ctx: { actor } });
});

const id = (what: string) => z.string({ error: `${what} is required` }).min(1, `${what} is required`).max(64, `${what} is not valid`);

/** Procedures on one organization: membership is checked on every call, whatever id is sent. */
export const organizationProcedure = protectedProcedure
  .input(z.object({ organizationId: id("organizationId") }))
  .use(async ({ ctx, input, next }) => next({ ctx: { scope: await authorizeOrganization(ctx.actor, input.organizationId) } }));

/** Procedures on one project: the project must belong to an organization the caller is a member of. */
export const projectProcedure = protectedProcedure
  .input(z.object({ projectId: id("projectId") }))
  .use(async ({ ctx, input, next }) => next({ ctx: { scope: await authorizeProject(ctx.actor, input.projectId) } }));

export { id as idSchema };
