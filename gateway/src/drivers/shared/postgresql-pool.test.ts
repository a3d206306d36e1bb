import { describe, expect, it } from "vitest";
import { MetadataError, parseMetadata } from "../../components/metadata-schema.js";
import { silentLogger } from "../../util/logger.js";
import { postgresqlConnectionMetadata } from "./postgresql-metadata.js";
import { openPostgresqlPool } from "./postgresql-pool.js";

const logger = silentLogger;

describe("PostgreSQL connection metadata and pool", () => {
  it("reads Dapr's names: connectionString or url, timeout or timeoutInSeconds, maxConns, connectionMaxIdleTime", () => {
    const { config } = parseMetadata(postgresqlConnectionMetadata, { URL: "postgres://u:p@db:5433/app", timeoutInSeconds: "5", maxConns: "3", connectionMaxIdleTime: "1m" });
    expect(config).toEqual({ connectionString: "postgres://u:p@db:5433/app", timeout: 5000, maxConns: 3, connectionMaxIdleTime: 60_000 });
    expect(() => parseMetadata(postgresqlConnectionMetadata, {})).toThrow("spec.metadata.connectionString: is required");
  });

  it("builds the pool from them without connecting (timeouts, size, idle time, the parsed connection)", async () => {
    const { config } = parseMetadata(postgresqlConnectionMetadata, { connectionString: "host=db port=5433 user=u password=p dbname=app", timeout: "5s", connectionMaxIdleTime: "30s" });
    const { pool, connection } = openPostgresqlPool(config, logger);
    try {
      expect(connection).toMatchObject({ host: "db", port: 5433, user: "u", password: "p", database: "app" });
      expect(pool.options).toMatchObject({ host: "db", port: 5433, connectionTimeoutMillis: 5000, query_timeout: 5000, idleTimeoutMillis: 30_000 });
      expect(pool.options.max).toBeGreaterThanOrEqual(4);
      expect(pool.totalCount).toBe(0);
    } finally {
      await pool.end();
    }
  });

  it("refuses an unreadable connection string as a metadata error naming the field", () => {
    const { config } = parseMetadata(postgresqlConnectionMetadata, { connectionString: "host=a,b" });
    expect(() => openPostgresqlPool(config, logger)).toThrow(MetadataError);
    expect(() => openPostgresqlPool(config, logger)).toThrow(/^spec\.metadata\.connectionString: .*several hosts/);
  });
});
