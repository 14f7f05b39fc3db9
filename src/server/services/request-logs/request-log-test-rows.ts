import type { Prisma } from "@/generated/prisma/client";
import { db } from "../../db/client";

// Test helper: request-log rows written directly, as the gateway's writer would, with only what a test varies.

export type TestProject = { organizationId: string; projectId: string };
export type TestRow = Partial<Omit<Prisma.RequestLogCreateManyInput, "organizationId" | "projectId">>;

export function testRequestLog(project: TestProject, row: TestRow, index = 0): Prisma.RequestLogCreateManyInput {
  return {
    requestId: `req_${index}`,
    organizationId: project.organizationId,
    projectId: project.projectId,
    endpoint: "chat.completions",
    requestedModel: "gpt-4o-mini",
    status: 200,
    latencyMs: 100,
    ...row,
  };
}

export async function insertRequestLogs(project: TestProject, rows: TestRow[]): Promise<void> {
  await db().requestLog.createMany({ data: rows.map((row, index) => testRequestLog(project, row, index)) });
}
