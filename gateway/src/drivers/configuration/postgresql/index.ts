import pg from "pg";
import { cpus } from "node:os";
import { defineDriver } from "../../../components/definition.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { parseConnectionString } from "../../state/postgresql/connection-string.js";
import { PgListener } from "./listener.js";
import { identifierPattern } from "./rows.js";
import { describe, PostgresConfigurationStore } from "./store.js";

/** configuration.postgresql: Dapr's field names and table layout, so daprd and pillion can share a table. */
export const postgresqlConfiguration = defineDriver({
  kind: "configuration",
  type: "postgresql",
  versions: ["v1"],
  description:
    "Configuration items in a PostgreSQL table with daprd's columns (key, value, version, metadata json; a key with several rows reads as its highest numeric version). The table and the trigger that NOTIFYs changes are the user's, as with daprd: pillion creates neither (it checks that the table exists and warns when it has no trigger), so it never changes a schema it shares. Subscriptions LISTEN on notifyChannel (or the subscription's pgNotifyChannel metadata) and LISTEN again after a lost connection; changes made while it is lost are not delivered.",
  metadata: defineMetadata({
    connectionString: {
      type: "string",
      required: true,
      sensitive: true,
      description: 'A postgres:// URL or libpq "host=... port=... user=... password=... database=..." pairs; use a secretKeyRef.',
    },
    table: { type: "string", required: true, description: "The configuration table (lower-case letters, digits, \".\", \"/\" and \"_\"); it must exist." },
    notifyChannel: {
      type: "string",
      aliases: ["pgNotifyChannel"],
      description: "The channel the table's trigger sends pg_notify to; when unset, each subscription names it in its pgNotifyChannel metadata.",
    },
    timeout: { type: "duration", default: 20_000, aliases: ["timeoutInSeconds"], description: "Timeout for connecting and for each database operation (at least 1s)." },
    maxConns: { type: "number", default: 0, description: "Connections in the pool (0: the greater of 4 and the number of CPUs)." },
    connectionMaxIdleTime: { type: "duration", aliases: ["connMaxIdleTime"], description: "How long an idle pooled connection stays open." },
  }),
  features: [],
  create: async (config, ctx) => {
    if (!identifierPattern.test(config.table)) {
      throw new MetadataError("table", `invalid table name '${config.table}'. non-alphanumerics or upper cased table names are not supported`);
    }
    if (config.notifyChannel !== undefined && !identifierPattern.test(config.notifyChannel)) {
      throw new MetadataError("notifyChannel", `invalid notifyChannel name "${config.notifyChannel}". non-alphanumerics or upper cased names are not supported`);
    }
    if (config.timeout < 1000) throw new MetadataError("timeout", "must be at least 1s");
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
    let exists: boolean;
    let triggers: number;
    try {
      const res = await pool.query<{ exists: boolean; triggers: number }>(
        "SELECT to_regclass($1) IS NOT NULL AS exists, (SELECT count(*)::int FROM pg_trigger WHERE tgrelid = to_regclass($1) AND NOT tgisinternal) AS triggers",
        [config.table],
      );
      exists = res.rows[0]!.exists;
      triggers = res.rows[0]!.triggers;
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`PostgreSQL configuration store connection error: ${describe(e)}`);
    }
    if (!exists) {
      await pool.end().catch(() => undefined);
      throw new Error(`postgreSQL configuration table '${config.table}' does not exist`);
    }
    if (triggers === 0) {
      ctx.logger.warn("the configuration table has no trigger: subscribers will not hear of changes until one calls pg_notify on the notify channel", { table: config.table });
    }
    let store: PostgresConfigurationStore | undefined;
    const listener = new PgListener({ connectionTimeoutMillis: config.timeout, ...parsed.config } as pg.ClientConfig, (channel, payload) => store?.notify(channel, payload), ctx.logger);
    store = new PostgresConfigurationStore(pool, listener, { table: config.table, notifyChannel: config.notifyChannel, logger: ctx.logger });
    return store;
  },
});
