import type { PGlite } from "@electric-sql/pglite";

export interface JobsDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number }>;
}

/**
 * pg-boss on the embedded database, through the `db` adapter it accepts. pg-boss sends its
 * schema and maintenance commands as several statements in one string, without parameters
 * (BEGIN; …; COMMIT): those go through `exec`, which runs them all and answers with the last
 * result; everything parameterised is one statement and goes through `query`. PGlite is one
 * connection and queues callers behind any open transaction, so pg-boss and the app take
 * turns; the app must therefore never call pg-boss from inside one of its own transactions.
 */
export function pgliteJobsDb(client: PGlite): JobsDb {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await client.query(text, values);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      }
      const results = await client.exec(text);
      const last = results[results.length - 1];
      return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
    },
  };
}
