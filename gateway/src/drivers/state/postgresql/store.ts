import type { Pool, PoolClient, QueryConfig, QueryResult } from "pg";
import type {
  BulkGetResult,
  StateDeleteRequest,
  StateDriver,
  StateGetRequest,
  StateItem,
  StateOperation,
  StateQueryResult,
  StateQueryScope,
  StateSetRequest,
} from "../../../components/state/state-store.js";
import { encodePageToken, type StateQuery } from "../../../components/state/query.js";
import { ETagError } from "../../../errors/catalog.js";
import type { Logger } from "../../../util/logger.js";
import { buildQuerySql, selectColumns } from "./query-sql.js";

export interface PostgresStateOptions {
  readonly table: string;
  readonly metadataTable: string;
  /** Milliseconds between sweeps of expired rows; undefined disables them. */
  readonly cleanupIntervalMs?: number;
  readonly logger: Logger;
}

type Queryable = Pick<Pool, "query"> | PoolClient;

/** Expiry for a TTL in seconds ($n is the parameter): none for undefined, 0 or -1. */
const expiry = (n: string) => `CASE WHEN ${n}::int > 0 THEN CURRENT_TIMESTAMP + make_interval(secs => ${n}::int) ELSE NULL END`;
const live = `(expiredate IS NULL OR expiredate >= CURRENT_TIMESTAMP)`;

/**
 * Dapr-compatible PostgreSQL state (the postgresql v1 table layout; the ETag
 * is the row's xmin). Values that are JSON are stored as jsonb, so they can be
 * queried; anything else is stored base64-encoded with isbinary = true.
 */
export class PostgresStateStore implements StateDriver {
  private readonly sql: ReturnType<typeof statements>;
  private readonly sweeper?: NodeJS.Timeout;

  constructor(
    private readonly pool: Pool,
    private readonly opts: PostgresStateOptions,
  ) {
    this.sql = statements(opts.table, opts.metadataTable);
    if (opts.cleanupIntervalMs !== undefined && opts.cleanupIntervalMs > 0) {
      this.sweeper = setInterval(() => void this.cleanupExpired().catch((e) => opts.logger.warn("TTL cleanup failed", { error: String(e) })), opts.cleanupIntervalMs);
      this.sweeper.unref();
    }
  }

  async get(req: StateGetRequest): Promise<StateItem | undefined> {
    const r = await this.pool.query<Row>({ name: `pillion-get:${this.opts.table}`, text: this.sql.get, values: [req.key], rowMode: "array" } as QueryConfig);
    const row = r.rows[0];
    return row ? toItem(row) : undefined;
  }

  async bulkGet(reqs: readonly StateGetRequest[]): Promise<BulkGetResult[]> {
    if (reqs.length === 0) return [];
    const keys = reqs.map((r) => r.key);
    const r = await this.pool.query<Row>({ name: `pillion-bulkget:${this.opts.table}`, text: this.sql.bulkGet, values: [keys], rowMode: "array" } as QueryConfig);
    const found = new Map<string, Row>();
    for (const row of r.rows) found.set(row[0], row);
    return reqs.map((req) => {
      const row = found.get(req.key);
      if (!row) return { key: req.key };
      try {
        return { key: req.key, item: toItem(row) };
      } catch (e) {
        return { key: req.key, error: e instanceof Error ? e.message : String(e) };
      }
    });
  }

  async set(req: StateSetRequest): Promise<void> {
    await this.setOn(this.pool, req);
  }

  async delete(req: StateDeleteRequest): Promise<void> {
    await this.deleteOn(this.pool, req);
  }

  /**
   * Items without an ETag or first-write go in one statement; the others are
   * checked one by one. Not atomic (as in Dapr): the first failure is thrown
   * after all ran.
   */
  async bulkSet(reqs: readonly StateSetRequest[]): Promise<void> {
    const plain = new Map<string, StateSetRequest>();
    const checked: StateSetRequest[] = [];
    for (const r of reqs) {
      if (r.etag || r.concurrency === "first-write") checked.push(r);
      else plain.set(r.key, r); // the last write of a key wins, as it would one by one
    }
    const results = await Promise.allSettled([
      plain.size ? this.upsertMany([...plain.values()]) : Promise.resolve(),
      ...checked.map((r) => this.setOn(this.pool, r)),
    ]);
    throwFirst(results);
  }

  async bulkDelete(reqs: readonly StateDeleteRequest[]): Promise<void> {
    const plain = reqs.filter((r) => !r.etag).map((r) => r.key);
    const checked = reqs.filter((r) => r.etag);
    const results = await Promise.allSettled([
      plain.length ? this.pool.query(this.sql.deleteMany, [plain]) : Promise.resolve(),
      ...checked.map((r) => this.deleteOn(this.pool, r)),
    ]);
    throwFirst(results);
  }

  /** One SQL transaction: the operations run in order, and any failure rolls back all of them. */
  async transact(ops: readonly StateOperation[]): Promise<void> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query("BEGIN");
      for (const { op, request } of ops) {
        if (op === "upsert") await this.setOn(client, request);
        else await this.deleteOn(client, request);
      }
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {
        broken = true;
      });
      throw e;
    } finally {
      client.release(broken);
    }
  }

  async query(q: StateQuery, scope: StateQueryScope): Promise<StateQueryResult> {
    const stmt = buildQuerySql(this.opts.table, q, scope.keyPrefix);
    const r = await this.pool.query<[string, string, boolean, string]>({ text: stmt.text, values: stmt.values, rowMode: "array" } as QueryConfig);
    const more = q.limit > 0 && r.rows.length > q.limit;
    const rows = more ? r.rows.slice(0, q.limit) : r.rows;
    return {
      results: rows.map(([key, data, isbinary, etag]) => ({ key, data: decode(data, isbinary), etag })),
      ...(more && { token: encodePageToken(q.offset + q.limit) }),
    };
  }

  /** Deletes expired rows, at most once per interval across every sidecar sharing the database (as Dapr does). */
  async cleanupExpired(): Promise<number> {
    const interval = Math.max((this.opts.cleanupIntervalMs ?? 0) - 1000, 0);
    const claimed = await this.pool.query(this.sql.claimCleanup, [interval]);
    if (claimed.rowCount === 0) return 0;
    const r = await this.pool.query(this.sql.deleteExpired);
    return r.rowCount ?? 0;
  }

  async ping(): Promise<void> {
    await this.pool.query("SELECT 1");
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.pool.end();
  }

  private async setOn(db: Queryable, req: StateSetRequest): Promise<void> {
    const { json, isBinary } = encode(req.value);
    const ttl = req.ttlSeconds ?? null;
    let r: QueryResult;
    if (req.etag) {
      r = await db.query(this.sql.update, [req.key, json, isBinary, ttl, xid(req.etag)]);
    } else if (req.concurrency === "first-write") {
      r = await db.query(this.sql.insertIfAbsent, [req.key, json, isBinary, ttl]);
    } else {
      r = await db.query(this.sql.upsert, [req.key, json, isBinary, ttl]);
    }
    if (r.rowCount !== 1) {
      throw new ETagError(
        "mismatch",
        req.etag
          ? `possible etag mismatch. error from state store: the item ${req.key} does not exist or its ETag is not ${req.etag}`
          : `possible etag mismatch. error from state store: item ${req.key} already exists and no etag was given (first-write)`,
      );
    }
  }

  private async deleteOn(db: Queryable, req: StateDeleteRequest): Promise<void> {
    if (!req.etag) {
      await db.query(this.sql.delete, [req.key]);
      return;
    }
    const r = await db.query(this.sql.deleteIfEtag, [req.key, xid(req.etag)]);
    if (r.rowCount !== 1) throw new ETagError("mismatch", `possible etag mismatch. error from state store: the item ${req.key} does not exist or its ETag is not ${req.etag}`);
  }

  private async upsertMany(reqs: readonly StateSetRequest[]): Promise<void> {
    const keys: string[] = [];
    const values: string[] = [];
    const binary: boolean[] = [];
    const ttls: (number | null)[] = [];
    for (const r of reqs) {
      const { json, isBinary } = encode(r.value);
      keys.push(r.key);
      values.push(json);
      binary.push(isBinary);
      ttls.push(r.ttlSeconds ?? null);
    }
    await this.pool.query(this.sql.upsertMany, [keys, values, binary, ttls]);
  }
}

type Row = [key: string, data: string, isbinary: boolean, etag: string, expiredate: Date | null];

function statements(t: string, meta: string) {
  return {
    get: `SELECT ${selectColumns}, expiredate FROM ${t} WHERE key = $1 AND ${live}`,
    bulkGet: `SELECT ${selectColumns}, expiredate FROM ${t} WHERE key = ANY($1::text[]) AND ${live}`,
    upsert: `INSERT INTO ${t} AS s (key, value, isbinary, expiredate) VALUES ($1, $2::jsonb, $3, ${expiry("$4")})
      ON CONFLICT (key) DO UPDATE SET value = excluded.value, isbinary = excluded.isbinary, updatedate = CURRENT_TIMESTAMP, expiredate = excluded.expiredate`,
    // First-write: a row may exist but be expired (not yet swept); only then is it replaced.
    insertIfAbsent: `INSERT INTO ${t} AS s (key, value, isbinary, expiredate) VALUES ($1, $2::jsonb, $3, ${expiry("$4")})
      ON CONFLICT (key) DO UPDATE SET value = excluded.value, isbinary = excluded.isbinary, updatedate = CURRENT_TIMESTAMP, expiredate = excluded.expiredate
      WHERE s.expiredate IS NOT NULL AND s.expiredate < CURRENT_TIMESTAMP`,
    update: `UPDATE ${t} SET value = $2::jsonb, isbinary = $3, updatedate = CURRENT_TIMESTAMP, expiredate = ${expiry("$4")}
      WHERE key = $1 AND xmin = $5::xid AND ${live}`,
    upsertMany: `INSERT INTO ${t} AS s (key, value, isbinary, expiredate)
      SELECT k, v, b, ${expiry("x")} FROM unnest($1::text[], $2::jsonb[], $3::boolean[], $4::int[]) AS u(k, v, b, x)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value, isbinary = excluded.isbinary, updatedate = CURRENT_TIMESTAMP, expiredate = excluded.expiredate`,
    delete: `DELETE FROM ${t} WHERE key = $1`,
    deleteIfEtag: `DELETE FROM ${t} WHERE key = $1 AND xmin = $2::xid`,
    deleteMany: `DELETE FROM ${t} WHERE key = ANY($1::text[])`,
    deleteExpired: `DELETE FROM ${t} WHERE expiredate IS NOT NULL AND expiredate < CURRENT_TIMESTAMP`,
    // Claims this round of cleanup unless another sidecar ran one within the interval ($1, ms); Dapr's row and rule.
    claimCleanup: `INSERT INTO ${meta} (key, value) VALUES ('last-cleanup', now()::text)
      ON CONFLICT (key) DO UPDATE SET value = now()::text
      WHERE (EXTRACT('epoch' FROM now() - ${meta}.value::timestamp with time zone) * 1000)::bigint > $1`,
  } as const;
}

/** JSON text is stored as jsonb; anything else as a base64 JSON string with isbinary, as Dapr stores []byte values. */
export function encode(value: Uint8Array): { json: string; isBinary: boolean } {
  const text = jsonText(value);
  if (text !== undefined) return { json: text, isBinary: false };
  return { json: JSON.stringify(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64")), isBinary: true };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function jsonText(value: Uint8Array): string | undefined {
  if (value.byteLength === 0) return undefined;
  let text: string;
  try {
    text = utf8.decode(value);
  } catch {
    return undefined;
  }
  // jsonb cannot hold \u0000; such documents stay bytes.
  if (text.includes("\\u0000")) return undefined;
  try {
    JSON.parse(text);
    return text;
  } catch {
    return undefined;
  }
}

function decode(data: string, isBinary: boolean): Uint8Array {
  return isBinary ? new Uint8Array(Buffer.from(data, "base64")) : new Uint8Array(Buffer.from(data, "utf8"));
}

function toItem([, data, isbinary, etag, expiredate]: Row): StateItem {
  return {
    data: decode(data, isbinary),
    etag,
    ...(expiredate && { metadata: { ttlExpireTime: expiredate.toISOString().replace(/\.\d{3}Z$/, "Z") } }),
  };
}

/** PostgreSQL ETags are transaction ids (xmin, 32 bits); anything else is invalid, as in Dapr. */
function xid(etag: string): string {
  if (!/^\d{1,10}$/.test(etag) || Number(etag) > 0xffffffff) throw new ETagError("invalid", `invalid etag value: "${etag}" is not a PostgreSQL row version`);
  return etag;
}

function throwFirst(results: PromiseSettledResult<unknown>[]): void {
  let first: unknown;
  for (const r of results) {
    if (r.status !== "rejected") continue;
    if (first === undefined || (r.reason instanceof ETagError && !(first instanceof ETagError))) first = r.reason;
  }
  if (first !== undefined) throw first;
}
