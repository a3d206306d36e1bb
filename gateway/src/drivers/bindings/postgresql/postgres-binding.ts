import type pg from "pg";
import type { BindingDriver, BindingInvokeRequest, BindingInvokeResponse } from "../../../components/bindings/binding.js";
import { goDuration, rfc3339Nano } from "./go-format.js";
import { rowsJson } from "./rows-json.js";

export const postgresBindingOperations = ["exec", "query", "close"] as const;

/** Every column as its text: rows-json.ts encodes them as Dapr does. */
const textTypes = { getTypeParser: () => (v: string) => v } as unknown as pg.CustomTypesConfig;

/**
 * Dapr's PostgreSQL output binding: `exec` and `query` run the request's
 * `sql` metadata with the JSON array in its `params` metadata as $1, $2...;
 * exec answers rows-affected, query the rows as JSON; both answer operation,
 * sql, start-time, end-time and duration metadata. `close` closes the pool
 * (the component answers "component is closed" from then on).
 */
export class PostgresBinding implements BindingDriver {
  private closed = false;

  constructor(private readonly pool: pg.Pool) {}

  async invoke(req: BindingInvokeRequest): Promise<BindingInvokeResponse | undefined> {
    if (req.operation === "close") {
      await this.close();
      return undefined;
    }
    if (this.closed) throw new Error("component is closed");
    const sql = req.metadata["sql"];
    if (!sql) throw new Error("required metadata not set: sql");
    let params: unknown[] = [];
    const raw = req.metadata["params"];
    if (raw) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch (e) {
        throw new Error(`invalid metadata property params: failed to unserialize into an array: ${(e as Error).message}`);
      }
      if (!Array.isArray(parsed)) throw new Error("invalid metadata property params: failed to unserialize into an array: not a JSON array");
      params = parsed.map((p) => (p !== null && typeof p === "object" ? JSON.stringify(p) : p));
    }
    if (req.operation !== "exec" && req.operation !== "query") {
      throw new Error(`invalid operation type: ${req.operation}. Expected exec, query, or close`);
    }
    const start = new Date();
    const t0 = process.hrtime.bigint();
    const metadata: Record<string, string> = { operation: req.operation, sql, "start-time": rfc3339Nano(start) };
    let result: pg.QueryResult<string[]>;
    try {
      result = await this.pool.query<string[]>({ text: sql, values: params, rowMode: "array", types: textTypes });
    } catch (e) {
      throw new Error(`error executing query: ${describe(e)}`, { cause: e });
    }
    let data: Uint8Array | undefined;
    if (req.operation === "exec") metadata["rows-affected"] = String(result.rowCount ?? 0);
    else data = new TextEncoder().encode(rowsJson(result.rows, result.fields.map((f) => f.dataTypeID)));
    metadata["end-time"] = rfc3339Nano(new Date());
    metadata["duration"] = goDuration(process.hrtime.bigint() - t0);
    return { ...(data && { data }), metadata };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end().catch(() => undefined);
  }
}

export function describe(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length) return e.errors.map((x: unknown) => (x instanceof Error ? x.message : String(x))).join("; ");
  return e instanceof Error ? e.message || e.constructor.name : String(e);
}
