import pg from "pg";
import { cpus } from "node:os";
import { defineBindingDriver } from "../../../components/bindings/binding.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { parseConnectionString } from "../../state/postgresql/connection-string.js";
import { describe, PostgresBinding, postgresBindingOperations } from "./postgres-binding.js";

export const postgresqlBinding = defineBindingDriver({
  type: "postgresql",
  versions: ["v1"],
  description:
    "Output binding to PostgreSQL, as Dapr's: `exec` and `query` run the request's `sql` metadata with its `params` metadata (a JSON array) as $1, $2...; `exec` answers `rows-affected`, `query` the rows as a JSON array of arrays (numbers, booleans, json, base64 bytea and RFC 3339 times as pgx encodes them, other types as text); both answer `operation`, `sql`, `start-time`, `end-time` and `duration` metadata. `close` closes the connection pool for good.",
  metadata: defineMetadata({
    connectionString: {
      type: "string",
      required: true,
      sensitive: true,
      aliases: ["url"],
      description: 'A postgres:// URL or libpq "host=... port=... user=... password=... database=..." pairs; use a secretKeyRef.',
    },
    timeout: { type: "duration", default: 20_000, aliases: ["timeoutInSeconds"], description: "Timeout for connecting and for each statement (at least 1s)." },
    maxConns: { type: "number", default: 0, description: "Connections in the pool (0: the greater of 4 and the number of CPUs)." },
    connectionMaxIdleTime: { type: "duration", description: "How long an idle pooled connection stays open." },
  }),
  operations: postgresBindingOperations,
  input: false,
  create: async (config, ctx) => {
    if (config.timeout < 1000) throw new MetadataError("timeout", "invalid value for 'timeout': must be greater than 1s");
    let parsed;
    try {
      parsed = parseConnectionString(config.connectionString);
    } catch (e) {
      throw new MetadataError("connectionString", e instanceof Error ? e.message : String(e));
    }
    const pool = new pg.Pool({
      connectionTimeoutMillis: config.timeout,
      query_timeout: config.timeout,
      max: config.maxConns > 0 ? config.maxConns : Math.max(4, cpus().length),
      ...(config.connectionMaxIdleTime !== undefined && { idleTimeoutMillis: config.connectionMaxIdleTime }),
      ...parsed.config,
    });
    pool.on("error", (e) => ctx.logger.warn("postgresql connection lost; it will reconnect on the next call", { error: e.message }));
    try {
      await pool.query("SELECT 1");
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`error opening DB connection: ${describe(e)}`);
    }
    return new PostgresBinding(pool);
  },
});
