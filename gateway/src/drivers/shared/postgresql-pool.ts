/**
 * The connection pool of a PostgreSQL-backed component, from the fields of
 * postgresqlConnectionMetadata: the connection string parsed (a bad one is a
 * metadata error naming the field), `timeout` for connecting and for each
 * query, `maxConns` (0: the greater of 4 and the number of CPUs), and a pool
 * that survives the server closing an idle connection.
 */
import { cpus } from "node:os";
import pg from "pg";
import { MetadataError } from "../../components/metadata-schema.js";
import type { Logger } from "../../util/logger.js";
import { parseConnectionString } from "../state/postgresql/connection-string.js";

export interface PostgresqlConnectionConfig {
  readonly connectionString: string;
  readonly timeout: number;
  readonly maxConns: number;
  readonly connectionMaxIdleTime: number | undefined;
}

export interface PostgresqlPool {
  readonly pool: pg.Pool;
  /** Where and how to connect (host, credentials, TLS), for connections kept outside the pool. */
  readonly connection: pg.ClientConfig;
}

/** Creates the pool (it connects on first use). Throws MetadataError when the connection string cannot be read. */
export function openPostgresqlPool(config: PostgresqlConnectionConfig, logger: Logger): PostgresqlPool {
  let parsed;
  try {
    parsed = parseConnectionString(config.connectionString);
  } catch (e) {
    throw new MetadataError("connectionString", e instanceof Error ? e.message : String(e));
  }
  if (parsed.ignored.length) logger.warn("connectionString keywords not used by pillion", { keywords: parsed.ignored });
  const pool = new pg.Pool({
    connectionTimeoutMillis: config.timeout,
    query_timeout: config.timeout,
    max: config.maxConns > 0 ? config.maxConns : Math.max(4, cpus().length),
    ...(config.connectionMaxIdleTime !== undefined && { idleTimeoutMillis: config.connectionMaxIdleTime }),
    ...parsed.config,
  });
  // An idle connection the server closes must not crash the sidecar; the next query reconnects.
  pool.on("error", (e) => logger.warn("postgresql connection lost; it will reconnect on the next call", { error: e.message }));
  return { pool, connection: parsed.config as pg.ClientConfig };
}
