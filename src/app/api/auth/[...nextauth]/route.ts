import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Built per request because the options need the validated environment, which does not exist at build time.
async function handler(request: Request, context: RouteContext) {
  return NextAuth(authOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
