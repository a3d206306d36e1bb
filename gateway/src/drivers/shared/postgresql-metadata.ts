/**
 * The PostgreSQL connection fields every PostgreSQL-backed driver accepts, in
 * Dapr's names (components-contrib's common PostgreSQL metadata: the
 * connection string, also as `url`, the pool size and idle time, and the
 * timeout), declared once. Drivers use the fields where their own reference
 * lists them; openPostgresqlPool reads them.
 */
import { defineMetadata } from "../../components/metadata-schema.js";

export const postgresqlConnectionMetadata = defineMetadata({
  connectionString: {
    type: "string",
    required: true,
    sensitive: true,
    aliases: ["url"],
    description: 'A postgres:// URL or libpq "host=... port=... user=... password=... database=..." pairs; use a secretKeyRef.',
  },
  timeout: { type: "duration", default: 20_000, aliases: ["timeoutInSeconds"], description: "Timeout for connecting and for each database operation (at least 1s)." },
  maxConns: { type: "number", default: 0, description: "Connections in the pool (0: the greater of 4 and the number of CPUs)." },
  connectionMaxIdleTime: { type: "duration", description: "How long an idle pooled connection stays open." },
});
