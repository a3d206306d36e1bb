/**
 * configuration.postgresql against a real PostgreSQL: the configuration
 * conformance suite on daprd's table layout with the notify trigger a user
 * creates (pillion creates neither), Dapr's start-up and subscribe errors,
 * and faults: the LISTEN connection is re-established after the server
 * restarts, and a sidecar whose database goes away answers Dapr's error and
 * recovers.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConfigurationDriver, ConfigurationUpdate } from "../../gateway/src/components/configuration/configuration-store.js";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { postgresqlConfiguration } from "../../gateway/src/drivers/configuration/postgresql/index.js";
import { runConfigurationConformance, type ConfigurationWriter } from "../conformance/configuration/index.js";
import { createDriver } from "../conformance/driver-factory.js";
import { componentYaml } from "../conformance/state/index.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startPostgres, type PostgresServer } from "../servers/index.js";

const definition = postgresqlConfiguration as unknown as DriverDefinition;

/** The table and trigger a user creates for daprd's PostgreSQL configuration store. */
async function createTable(client: pg.Client, table: string, channel: string): Promise<void> {
  await client.query(`CREATE TABLE ${table} (key VARCHAR NOT NULL, value VARCHAR NOT NULL, version VARCHAR NOT NULL, metadata JSON)`);
  await client.query(`
    CREATE OR REPLACE FUNCTION ${table}_notify() RETURNS trigger AS $$
    DECLARE row_data json;
    BEGIN
      IF TG_OP = 'DELETE' THEN row_data := row_to_json(OLD); ELSE row_data := row_to_json(NEW); END IF;
      PERFORM pg_notify('${channel}', json_build_object('table', TG_TABLE_NAME, 'action', TG_OP, 'data', row_data)::text);
      RETURN NULL;
    END;
    $$ LANGUAGE plpgsql`);
  await client.query(`CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_notify()`);
}

function sqlWriter(client: pg.Client, table: string): ConfigurationWriter {
  return {
    set: async (items) => {
      for (const [key, { value, version }] of Object.entries(items)) {
        const updated = await client.query(`UPDATE ${table} SET value = $2, version = $3 WHERE key = $1`, [key, value, version]);
        if (updated.rowCount === 0) await client.query(`INSERT INTO ${table} (key, value, version) VALUES ($1, $2, $3)`, [key, value, version]);
      }
    },
    delete: async (keys) => void (await client.query(`DELETE FROM ${table} WHERE key = ANY($1::text[])`, [keys])),
  };
}

let suiteServer: PostgresServer | undefined;
let suiteClient: pg.Client | undefined;
runConfigurationConformance({
  name: "configuration.postgresql",
  definition,
  create: async () => {
    suiteServer = await startPostgres();
    suiteClient = new pg.Client({ connectionString: suiteServer.url });
    await suiteClient.connect();
    await createTable(suiteClient, "configtable", "config");
    return { metadata: { connectionString: suiteServer.dsn, table: "configtable", notifyChannel: "config" }, writer: sqlWriter(suiteClient, "configtable") };
  },
  cleanup: async () => {
    await suiteClient?.end();
    await suiteServer?.close();
  },
});

describe("configuration.postgresql with a real PostgreSQL", () => {
  let server: PostgresServer;
  let admin: pg.Client;
  let sc: SidecarProcess;
  let dir: ReturnType<typeof tempDir>;
  const connect = async () => {
    const c = new pg.Client({ connectionString: server.url });
    c.on("error", () => undefined);
    await c.connect();
    return c;
  };

  beforeAll(async () => {
    server = await startPostgres();
    admin = await connect();
    await createTable(admin, "settings", "settings_changed");
    dir = tempDir({
      "config.yaml": componentYaml("config", "configuration.postgresql", { connectionString: server.dsn, table: "settings", timeout: "2s" }),
      // daprd registers the driver as configuration.postgres too.
      "config-alias.yaml": componentYaml("config-alias", "configuration.postgres", { connectionString: server.dsn, table: "settings", timeout: "2s" }),
    });
    sc = await startSidecar({ appId: "configured", resourcesPaths: [dir.path] });
  });
  afterAll(async () => {
    await sc?.stop();
    dir?.remove();
    await admin?.end().catch(() => undefined);
    await server?.close();
  });

  it("loads a component of type configuration.postgres (daprd's other name for the driver), reported under that type", async () => {
    const key = `k_${randomUUID().replaceAll("-", "")}`;
    await admin.query("INSERT INTO settings (key, value, version) VALUES ($1, 'blue', '7')", [key]);
    const res = await fetch(`${sc.httpUrl}/v1.0/configuration/config-alias?key=${key}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ [key]: { value: "blue", version: "7" } });
    const meta = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { components: { name: string; type: string; version: string }[] };
    expect(meta.components.find((c) => c.name === "config-alias")).toMatchObject({ type: "configuration.postgres", version: "v1" });
  });

  it("refuses a missing table and bad names with Dapr's messages; a subscription needs a channel", async () => {
    await expect(createDriver(definition, { connectionString: server.dsn, table: "nosuchtable" })).rejects.toThrow("postgreSQL configuration table 'nosuchtable' does not exist");
    await expect(createDriver(definition, { connectionString: server.dsn, table: "Bad-Name" })).rejects.toThrow(/spec\.metadata\.table: invalid table name/);
    const driver = await createDriver<ConfigurationDriver>(definition, { connectionString: server.dsn, table: "settings" });
    try {
      await expect(driver.subscribe({ keys: [], metadata: {} }, async () => {})).rejects.toThrow(/notifyChannel must be set/);
      await expect(driver.get({ keys: ["bad key!"], metadata: {} })).rejects.toThrow("invalid key : 'bad key!'");
      // The channel from the request's metadata, as Dapr's pgNotifyChannel.
      const id = await driver.subscribe({ keys: [], metadata: { pgNotifyChannel: "settings_changed" } }, async () => {});
      await driver.unsubscribe(id);
    } finally {
      await driver.close();
    }
  });

  it("LISTENs again after the server restarts and delivers the changes made after it", async () => {
    const driver = await createDriver<ConfigurationDriver>(definition, { connectionString: server.dsn, table: "settings", notifyChannel: "settings_changed", timeout: "2s" });
    const got: string[] = [];
    try {
      await driver.subscribe({ keys: ["restart_key"], metadata: {} }, async (u: ConfigurationUpdate) => {
        for (const item of Object.values(u.items)) got.push(item.value);
      });
      await admin.query("INSERT INTO settings (key, value, version) VALUES ('restart_key', 'before', '1')");
      await expect.poll(() => got, { timeout: 10_000 }).toEqual(["before"]);

      await server.stop();
      await server.start();
      admin = await connect();
      // Write until the re-established LISTEN hears one; each write is a new version.
      let version = 2;
      await expect
        .poll(
          async () => {
            await admin.query("UPDATE settings SET value = $1, version = $2 WHERE key = 'restart_key'", [`after-${version}`, String(version)]);
            version++;
            return got.length;
          },
          { timeout: 20_000, interval: 300 },
        )
        .toBeGreaterThan(1);
      expect(got[1]).toMatch(/^after-/);
    } finally {
      await driver.close();
    }
  }, 60_000);

  it("through the sidecar: the database going away gives ERR_CONFIGURATION_GET with the cause, and it recovers", async () => {
    const key = `k_${randomUUID().replaceAll("-", "")}`;
    await admin.query("INSERT INTO settings (key, value, version, metadata) VALUES ($1, 'green', '3', '{\"team\":\"web\"}')", [key]);
    const get = () => fetch(`${sc.httpUrl}/v1.0/configuration/config?key=${key}`);
    expect(await (await get()).json()).toEqual({ [key]: { value: "green", version: "3", metadata: { team: "web" } } });

    await server.stop();
    const failed = await get();
    expect(failed.status).toBe(500);
    const body = (await failed.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("ERR_CONFIGURATION_GET");
    expect(body.message).toMatch(/ECONNREFUSED|terminat|closed|connect|timeout/i);
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz/outbound`)).status).toBe(204);

    await server.start();
    admin = await connect();
    await expect.poll(async () => (await get()).status, { timeout: 20_000, interval: 200 }).toBe(200);
  }, 60_000);
});
