import { defineBindingDriver } from "../../../components/bindings/binding.js";
import { MetadataError } from "../../../components/metadata-schema.js";
import { postgresqlConnectionMetadata } from "../../shared/postgresql-metadata.js";
import { openPostgresqlPool } from "../../shared/postgresql-pool.js";
import { describe, PostgresBinding, postgresBindingOperations } from "./postgres-binding.js";

export const postgresqlBinding = defineBindingDriver({
  type: "postgresql",
  versions: ["v1"],
  description:
    "Output binding to PostgreSQL, as Dapr's: `exec` and `query` run the request's `sql` metadata with its `params` metadata (a JSON array) as $1, $2...; `exec` answers `rows-affected`, `query` the rows as a JSON array of arrays (numbers, booleans, json, base64 bytea and RFC 3339 times as pgx encodes them, other types as text); both answer `operation`, `sql`, `start-time`, `end-time` and `duration` metadata. `close` closes the connection pool for good.",
  metadata: postgresqlConnectionMetadata,
  operations: postgresBindingOperations,
  input: false,
  create: async (config, ctx) => {
    if (config.timeout < 1000) throw new MetadataError("timeout", "invalid value for 'timeout': must be greater than 1s");
    const { pool } = openPostgresqlPool(config, ctx.logger);
    try {
      await pool.query("SELECT 1");
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`error opening DB connection: ${describe(e)}`);
    }
    return new PostgresBinding(pool);
  },
});
