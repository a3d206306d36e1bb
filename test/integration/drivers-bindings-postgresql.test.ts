/**
 * bindings.postgresql against a real PostgreSQL: the bindings conformance
 * suite (exec, query with rows as Dapr's JSON, close), parameters and
 * Dapr's errors, and a sidecar whose database goes away and comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import type { BindingDriver } from "../../gateway/src/components/bindings/binding.js";
import { postgresqlBinding } from "../../gateway/src/drivers/bindings/postgresql/index.js";
import { runBindingsConformance } from "../conformance/bindings/index.js";
import { createDriver } from "../conformance/driver-factory.js";
import { componentYaml } from "../conformance/state/index.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startPostgres, type PostgresServer } from "../servers/index.js";

const definition = postgresqlBinding as unknown as DriverDefinition;
const dec = new TextDecoder();
let server: PostgresServer | undefined;
let metadata: Record<string, string> = {};

runBindingsConformance({
  name: "bindings.postgresql",
  definition,
  create: async () => {
    server = await startPostgres();
    metadata = { connectionString: server.dsn };
    return metadata;
  },
  cleanup: async () => server?.close(),
  operations: {
    exec: async ({ invoke, unique }) => {
      const table = unique.replaceAll("-", "_");
      await invoke("exec", undefined, { sql: `CREATE TABLE ${table} (id int PRIMARY KEY, name text, data jsonb, at timestamptz)` });
      const res = await invoke("exec", undefined, {
        sql: `INSERT INTO ${table} (id, name, data, at) VALUES ($1, $2, $3, $4), ($5, $6, $7, $8)`,
        params: JSON.stringify([1, "one", { a: 1 }, "2024-01-02T03:04:05Z", 2, "two", null, null]),
      });
      expect(res?.metadata).toMatchObject({ operation: "exec", "rows-affected": "2" });
      expect(res?.metadata?.["start-time"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(res?.metadata?.["duration"]).toMatch(/^[\d.]+(ns|µs|ms|s)$/);
      await expect(invoke("exec", undefined, {})).rejects.toThrow("required metadata not set: sql");
      await expect(invoke("exec", undefined, { sql: "SELECT $1", params: "{not an array" })).rejects.toThrow(/invalid metadata property params/);
      await expect(invoke("exec", undefined, { sql: "SELEKT" })).rejects.toThrow(/error executing query/);
    },
    query: async ({ invoke, unique }) => {
      const table = unique.replaceAll("-", "_");
      await invoke("exec", undefined, { sql: `CREATE TABLE ${table} (id bigint, name text, ok boolean, data jsonb, at timestamptz)` });
      await invoke("exec", undefined, { sql: `INSERT INTO ${table} VALUES (1, 'one', true, '{"a": [1]}', '2024-01-02T03:04:05.5Z'), (2, NULL, false, NULL, NULL)` });
      const res = await invoke("query", undefined, { sql: `SELECT id, name, ok, data, at FROM ${table} WHERE id >= $1 ORDER BY id`, params: "[1]" });
      expect(JSON.parse(dec.decode(res?.data))).toEqual([
        [1, "one", true, { a: [1] }, "2024-01-02T03:04:05.5Z"],
        [2, null, false, null, null],
      ]);
      expect(res?.metadata).toMatchObject({ operation: "query", sql: `SELECT id, name, ok, data, at FROM ${table} WHERE id >= $1 ORDER BY id` });
    },
    close: async () => {
      // Its own instance: close ends the component for good.
      const own = await createDriver<BindingDriver>(definition, metadata);
      const invoke = (operation: string, md: Record<string, string>) => own.invoke!({ operation, data: new Uint8Array(), metadata: md, signal: new AbortController().signal });
      await invoke("query", { sql: "SELECT 1" });
      await invoke("close", {});
      await expect(invoke("query", { sql: "SELECT 1" })).rejects.toThrow("component is closed");
      await own.close();
    },
  },
});

describe("bindings.postgresql through a sidecar", () => {
  let db: PostgresServer;
  let sc: SidecarProcess;
  let dir: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    db = await startPostgres();
    dir = tempDir({ "db.yaml": componentYaml("db", "bindings.postgresql", { connectionString: db.dsn, timeout: "2s" }) });
    sc = await startSidecar({ appId: "binder", resourcesPaths: [dir.path] });
  });
  afterAll(async () => {
    await sc?.stop();
    dir?.remove();
    await db?.close();
  });

  it("queries over HTTP with Dapr's response metadata headers; the database going away gives ERR_INVOKE_OUTPUT_BINDING, and it recovers", async () => {
    const call = (body: unknown) => fetch(`${sc.httpUrl}/v1.0/bindings/db`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const ok = await call({ operation: "query", metadata: { sql: "SELECT $1::int + 1", params: "[41]" } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual([[42]]);
    expect(ok.headers.get("metadata.operation")).toBe("query");

    await db.stop();
    const failed = await call({ operation: "query", metadata: { sql: "SELECT 1" } });
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { errorCode: string }).errorCode).toBe("ERR_INVOKE_OUTPUT_BINDING");

    await db.start();
    await expect.poll(async () => (await call({ operation: "query", metadata: { sql: "SELECT 1" } })).status, { timeout: 20_000, interval: 300 }).toBe(200);
  }, 60_000);
});

