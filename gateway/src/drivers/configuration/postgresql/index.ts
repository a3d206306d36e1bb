import { defineDriver } from "../../../components/definition.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { postgresqlConnectionMetadata } from "../../shared/postgresql-metadata.js";
import { openPostgresqlPool } from "../../shared/postgresql-pool.js";
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
    connectionString: postgresqlConnectionMetadata.connectionString,
    table: { type: "string", required: true, description: "The configuration table (lower-case letters, digits, \".\", \"/\" and \"_\"); it must exist." },
    notifyChannel: {
      type: "string",
      aliases: ["pgNotifyChannel"],
      description: "The channel the table's trigger sends pg_notify to; when unset, each subscription names it in its pgNotifyChannel metadata.",
    },
    timeout: postgresqlConnectionMetadata.timeout,
    maxConns: postgresqlConnectionMetadata.maxConns,
    // Only Dapr's configuration store also reads the deprecated connMaxIdleTime.
    connectionMaxIdleTime: { ...postgresqlConnectionMetadata.connectionMaxIdleTime, aliases: ["connMaxIdleTime"] },
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
    const { pool, connection } = openPostgresqlPool(config, ctx.logger);
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
    const listener = new PgListener({ connectionTimeoutMillis: config.timeout, ...connection }, (channel, payload) => store?.notify(channel, payload), ctx.logger);
    store = new PostgresConfigurationStore(pool, listener, { table: config.table, notifyChannel: config.notifyChannel, logger: ctx.logger });
    return store;
  },
});
