import pg from "pg";
import { cpus } from "node:os";
import { defineDriver } from "../../../components/definition.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { parseConnectionString } from "./connection-string.js";
import { ensureSchema, tableNamePattern } from "./schema.js";
import { PostgresStateStore } from "./store.js";

/** state.postgresql (v1): Dapr's field names and table layout, so daprd and pillion can share a database. */
export const postgresqlState = defineDriver({
  kind: "state",
  type: "postgresql",
  versions: ["v1"],
  description: "State in a PostgreSQL table (jsonb values, xmin as the ETag, expiredate for TTL), compatible with daprd's postgresql v1 state store; supports the query API.",
  metadata: defineMetadata({
    connectionString: {
      type: "string",
      required: true,
      sensitive: true,
      description: 'A postgres:// URL or libpq "host=... port=... user=... password=... database=..." pairs; use a secretKeyRef.',
    },
    tableName: { type: "string", default: "state", description: 'The state table, optionally with its schema ("public.state"); created on first use.' },
    metadataTableName: { type: "string", default: "dapr_metadata", description: "The table holding the migration level and the last TTL cleanup (shared with daprd)." },
    timeout: { type: "duration", default: 20_000, aliases: ["timeoutInSeconds"], description: "Timeout for connecting and for each database operation." },
    cleanupInterval: {
      type: "duration",
      default: 3_600_000,
      aliases: ["cleanupIntervalInSeconds"],
      description: "How often rows with an expired TTL are deleted (0 or less: never); reads never return expired rows either way.",
    },
    maxConns: { type: "number", default: 0, description: "Connections in the pool (0: the greater of 4 and the number of CPUs)." },
    connectionMaxIdleTime: { type: "duration", description: "How long an idle pooled connection stays open." },
    actorStateStore: { type: "boolean", default: false, description: "Use this store for actor state." },
  }),
  // Dapr adds ACTOR to every store with ETAG and TRANSACTIONAL.
  features: ["ETAG", "TRANSACTIONAL", "TTL", "QUERY_API", "ACTOR"],
  create: async (config, ctx) => {
    for (const field of ["tableName", "metadataTableName"] as const) {
      if (!tableNamePattern.test(config[field])) throw new MetadataError(field, `"${config[field]}" is not a table name ("table" or "schema.table", letters, digits and _)`);
    }
    if (config.timeout < 1000) throw new MetadataError("timeout", "must be at least 1s");
    let parsed;
    try {
      parsed = parseConnectionString(config.connectionString);
    } catch (e) {
      throw new MetadataError("connectionString", e instanceof Error ? e.message : String(e));
    }
    if (parsed.ignored.length) ctx.logger.warn("connectionString keywords not used by pillion", { keywords: parsed.ignored });
    const pool = new pg.Pool({
      connectionTimeoutMillis: config.timeout,
      query_timeout: config.timeout,
      max: config.maxConns > 0 ? config.maxConns : Math.max(4, cpus().length),
      ...(config.connectionMaxIdleTime !== undefined && { idleTimeoutMillis: config.connectionMaxIdleTime }),
      ...parsed.config,
    });
    // An idle connection the server closes must not crash the sidecar; the next query reconnects.
    pool.on("error", (e) => ctx.logger.warn("postgresql connection lost; it will reconnect on the next call", { error: e.message }));
    try {
      await pool.query("SELECT 1");
      await ensureSchema(pool, config.tableName, config.metadataTableName);
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`failed to connect to the database: ${describe(e)}`);
    }
    return new PostgresStateStore(pool, {
      table: config.tableName,
      metadataTable: config.metadataTableName,
      ...(config.cleanupInterval > 0 && { cleanupIntervalMs: config.cleanupInterval }),
      logger: ctx.logger,
    });
  },
});

function describe(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length) return e.errors.map((x: unknown) => (x instanceof Error ? x.message : String(x))).join("; ");
  return e instanceof Error ? e.message || e.constructor.name : String(e);
}
