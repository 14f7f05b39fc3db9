import type pg from "pg";
import { rollUp } from "@/server/analytics/roll-up";
import { rollupUpsertSql } from "@/server/analytics/upsert-rollups";
import type { SyntheticRequest } from "./generate-requests";

type Column = { name: keyof SyntheticRequest; type: string; value?: (row: SyntheticRequest) => unknown; select?: string };

// One array parameter per column, expanded by unnest: a 10,000-row batch is one statement with 30 parameters,
// far faster than multi-row VALUES (and below PostgreSQL's 65,535-parameter limit at any batch size).
const COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "requestId", type: "text" },
  // Epoch milliseconds made UTC in SQL, as Prisma stores timestamps ("timestamp without time zone" holding UTC).
  { name: "createdAt", type: "float8", value: (row) => row.createdAt.getTime(), select: `to_timestamp(v."createdAt" / 1000.0) AT TIME ZONE 'UTC'` },
  { name: "organizationId", type: "text" },
  { name: "projectId", type: "text" },
  { name: "apiKeyId", type: "text" },
  { name: "endpoint", type: "text" },
  { name: "requestedModel", type: "text" },
  { name: "modelId", type: "text" },
  { name: "providerId", type: "text" },
  { name: "providerModel", type: "text" },
  { name: "credentialSource", type: "text", select: `v."credentialSource"::"CredentialSource"` },
  { name: "streamed", type: "bool" },
  { name: "status", type: "int" },
  { name: "errorCode", type: "text" },
  { name: "errorMessage", type: "text" },
  { name: "finishReason", type: "text" },
  { name: "promptTokens", type: "int" },
  { name: "completionTokens", type: "int" },
  { name: "cachedTokens", type: "int" },
  { name: "cacheWriteTokens", type: "int" },
  { name: "reasoningTokens", type: "int" },
  { name: "inputCost", type: "numeric" },
  { name: "cachedInputCost", type: "numeric" },
  { name: "cacheWriteCost", type: "numeric" },
  { name: "outputCost", type: "numeric" },
  { name: "totalCost", type: "numeric" },
  { name: "latencyMs", type: "int" },
  { name: "ttftMs", type: "int" },
  { name: "cacheStatus", type: "text" },
];

const quoted = (name: string) => `"${name}"`;
const INSERT_ROWS = `
  INSERT INTO "RequestLog" (${COLUMNS.map((column) => quoted(column.name)).join(", ")})
  SELECT ${COLUMNS.map((column) => column.select ?? `v.${quoted(column.name)}`).join(", ")}
  FROM unnest(${COLUMNS.map((column, index) => `$${index + 1}::${column.type}[]`).join(", ")}) AS v(${COLUMNS.map((column) => quoted(column.name)).join(", ")})`;

/**
 * Writes a batch of rows and adds them to the hourly rollups in one transaction, with the same rollUp and upsert
 * the gateway's request-log writer uses: rollups count exactly the rows inserted, whatever was there before.
 */
export async function insertSyntheticRequests(client: pg.ClientBase, rows: readonly SyntheticRequest[]): Promise<void> {
  if (rows.length === 0) return;
  const parameters = COLUMNS.map((column) => rows.map((row) => (column.value ? column.value(row) : row[column.name])));
  const upsert = rollupUpsertSql(rollUp(rows));
  await client.query("BEGIN");
  try {
    await client.query(INSERT_ROWS, parameters);
    await client.query(upsert.text, upsert.values);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
