import { defineDriver } from "../../../components/definition.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { postgresqlConnectionMetadata } from "../../shared/postgresql-metadata.js";
import { openPostgresqlPool } from "../../shared/postgresql-pool.js";
import { ensureSchema, tableNamePattern } from "./schema.js";
import { PostgresStateStore } from "./store.js";

/** state.postgresql (v1): Dapr's field names and table layout, so daprd and pillion can share a database. */
export const postgresqlState = defineDriver({
  kind: "state",
  type: "postgresql",
  versions: ["v1"],
  description: "State in a PostgreSQL table (jsonb values, xmin as the ETag, expiredate for TTL), compatible with daprd's postgresql v1 state store; supports the query API.",
  metadata: defineMetadata({
    connectionString: postgresqlConnectionMetadata.connectionString,
    tableName: { type: "string", default: "state", description: 'The state table, optionally with its schema ("public.state"); created on first use.' },
    metadataTableName: { type: "string", default: "dapr_metadata", description: "The table holding the migration level and the last TTL cleanup (shared with daprd)." },
    timeout: postgresqlConnectionMetadata.timeout,
    cleanupInterval: {
      type: "duration",
      default: 3_600_000,
      aliases: ["cleanupIntervalInSeconds"],
      description: "How often rows with an expired TTL are deleted (0 or less: never); reads never return expired rows either way.",
    },
    maxConns: postgresqlConnectionMetadata.maxConns,
    connectionMaxIdleTime: postgresqlConnectionMetadata.connectionMaxIdleTime,
    actorStateStore: { type: "boolean", default: false, description: "Use this store for actor state." },
  }),
  // Dapr adds ACTOR to every store with ETAG and TRANSACTIONAL.
  features: ["ETAG", "TRANSACTIONAL", "TTL", "QUERY_API", "ACTOR"],
  create: async (config, ctx) => {
    for (const field of ["tableName", "metadataTableName"] as const) {
      if (!tableNamePattern.test(config[field])) throw new MetadataError(field, `"${config[field]}" is not a table name ("table" or "schema.table", letters, digits and _)`);
    }
    if (config.timeout < 1000) throw new MetadataError("timeout", "must be at least 1s");
    const { pool } = openPostgresqlPool(config, ctx.logger);
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
