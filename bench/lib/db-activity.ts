// What the database did while the gateway was under load, from PostgreSQL's own statistics: per-table scans and
// row writes, and committed transactions. Divided by the requests sent, it says which tables a request touches.
import pg from "pg";

export type TableActivity = { table: string; scans: number; rowsInserted: number; rowsUpdated: number; rowsDeleted: number };
export type DbSnapshot = { transactions: number; tables: Map<string, TableActivity> };
export type DbActivity = { requests: number; transactionsPerRequest: number; tables: Array<TableActivity & { scansPerRequest: number; insertsPerRequest: number; updatesPerRequest: number }> };

export async function snapshotDb(url: string): Promise<DbSnapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ relname: string; seq_scan: string | null; idx_scan: string | null; n_tup_ins: string; n_tup_upd: string; n_tup_del: string }>(
      "SELECT relname, seq_scan, idx_scan, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables",
    );
    const database = await client.query<{ xact_commit: string }>("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
    return {
      transactions: Number(database.rows[0]?.xact_commit ?? 0),
      tables: new Map(
        tables.rows.map((row) => [
          row.relname,
          { table: row.relname, scans: Number(row.seq_scan ?? 0) + Number(row.idx_scan ?? 0), rowsInserted: Number(row.n_tup_ins), rowsUpdated: Number(row.n_tup_upd), rowsDeleted: Number(row.n_tup_del) },
        ]),
      ),
    };
  } finally {
    await client.end();
  }
}

export function dbActivity(before: DbSnapshot, after: DbSnapshot, requests: number): DbActivity {
  const per = (value: number) => (requests > 0 ? value / requests : NaN);
  const tables = [...after.tables.values()]
    .map((table) => {
      const earlier = before.tables.get(table.table);
      const delta = {
        table: table.table,
        scans: table.scans - (earlier?.scans ?? 0),
        rowsInserted: table.rowsInserted - (earlier?.rowsInserted ?? 0),
        rowsUpdated: table.rowsUpdated - (earlier?.rowsUpdated ?? 0),
        rowsDeleted: table.rowsDeleted - (earlier?.rowsDeleted ?? 0),
      };
      return { ...delta, scansPerRequest: per(delta.scans), insertsPerRequest: per(delta.rowsInserted), updatesPerRequest: per(delta.rowsUpdated) };
    })
    .filter((table) => table.scans || table.rowsInserted || table.rowsUpdated || table.rowsDeleted)
    .sort((a, b) => b.scans + b.rowsInserted + b.rowsUpdated - (a.scans + a.rowsInserted + a.rowsUpdated));
  return { requests, transactionsPerRequest: per(after.transactions - before.transactions), tables };
}

/**
 * Request-log rows of requests logged since `since` (the rows' createdAt is the gateway's clock, this machine's):
 * next to the requests sent, how far the gateway's buffered log writer lags behind.
 */
export async function countRequestLogRows(url: string, since: Date): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    // createdAt is a UTC "timestamp without time zone" (Prisma's convention).
    const result = await client.query<{ count: string }>('SELECT count(*) AS count FROM "RequestLog" WHERE "createdAt" >= $1::timestamp', [since.toISOString().replace("Z", "")]);
    return Number(result.rows[0]?.count ?? NaN);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
