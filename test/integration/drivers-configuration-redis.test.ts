/**
 * configuration.redis against a real redis-server: the configuration
 * conformance suite with items written by a plain Redis client as daprd's
 * users write them ("value||version"), keyspace notifications turned on by
 * the driver, and a sidecar whose Redis goes away and comes back.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConfigurationDriver } from "../../gateway/src/components/configuration/configuration-store.js";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { redisConfiguration } from "../../gateway/src/drivers/configuration/redis/index.js";
import { runConfigurationConformance, type ConfigurationWriter } from "../conformance/configuration/index.js";
import { createDriver } from "../conformance/driver-factory.js";
import { componentYaml } from "../conformance/state/index.js";
import { startRecordingHttpServer, type RecordingHttpServer } from "../apps/bindings-http-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startRedis, type RedisServer } from "../servers/index.js";

const definition = redisConfiguration as unknown as DriverDefinition;

function redisWriter(server: RedisServer): ConfigurationWriter {
  const raw = new Redis({ host: server.host, port: server.port, maxRetriesPerRequest: 1 });
  return {
    set: async (items) => {
      for (const [key, { value, version }] of Object.entries(items)) await raw.set(key, `${value}||${version}`);
    },
    delete: async (keys) => void (await raw.del(...keys)),
    close: async () => void raw.disconnect(),
  };
}

let suiteRedis: RedisServer | undefined;
runConfigurationConformance({
  name: "configuration.redis",
  definition,
  create: async () => {
    suiteRedis = await startRedis();
    return { metadata: { redisHost: suiteRedis.address }, writer: redisWriter(suiteRedis) };
  },
  cleanup: async () => suiteRedis?.close(),
});

describe("configuration.redis with a real Redis", () => {
  let redis: RedisServer;
  let raw: Redis;
  let sc: SidecarProcess;
  let dir: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    // Started with keyspace notifications off, as a stock redis-server is.
    redis = await startRedis({ args: ["--notify-keyspace-events", ""] });
    raw = new Redis({ host: redis.host, port: redis.port, maxRetriesPerRequest: 1 });
    dir = tempDir({ "config.yaml": componentYaml("config", "configuration.redis", { redisHost: redis.address, dialTimeout: "2s", redisMaxRetries: "1" }) });
    sc = await startSidecar({ appId: "configured", resourcesPaths: [dir.path] });
  });
  afterAll(async () => {
    await sc?.stop();
    dir?.remove();
    raw?.disconnect();
    await redis?.close();
  });

  it("turns keyspace notifications on when subscribing, keeping the server's other flags", async () => {
    await raw.config("SET", "notify-keyspace-events", "Elx");
    const driver = await createDriver<ConfigurationDriver>(definition, { redisHost: redis.address });
    try {
      const id = await driver.subscribe({ keys: ["flagged"], metadata: {} }, async () => {});
      const [, flags] = (await raw.config("GET", "notify-keyspace-events")) as unknown as [string, string];
      for (const f of "Kg$xeEl") expect(flags).toContain(f);
      await driver.unsubscribe(id);
    } finally {
      await driver.close();
    }
  });

  it("keeps a subscription after Redis restarts: subscribes again and turns keyspace notifications back on", async () => {
    const driver = await createDriver<ConfigurationDriver>(definition, { redisHost: redis.address, dialTimeout: "2s" });
    const got: string[] = [];
    try {
      const key = `restart-${randomUUID()}`;
      await driver.subscribe({ keys: [key], metadata: {} }, async (u) => {
        for (const item of Object.values(u.items)) got.push(item.value);
      });
      await raw.set(key, "before||1");
      await expect.poll(() => got, { timeout: 10_000 }).toEqual(["before"]);

      // The restarted server starts with notifications off again (its command line says so).
      await redis.stop();
      await redis.start();
      let version = 2;
      await expect
        .poll(
          async () => {
            await raw.set(key, `after||${version++}`).catch(() => undefined);
            return got.length;
          },
          { timeout: 20_000, interval: 300 },
        )
        .toBeGreaterThan(1);
      expect(got[1]).toBe("after");
    } finally {
      await driver.close();
    }
  }, 60_000);

  it("reads items through the sidecar; Redis going away gives ERR_CONFIGURATION_GET with the cause, and it recovers", async () => {
    const key = `cfg-${randomUUID()}`;
    await raw.set(key, "blue||4");
    const get = () => fetch(`${sc.httpUrl}/v1.0/configuration/config?key=${key}`);
    expect(await (await get()).json()).toEqual({ [key]: { value: "blue", version: "4" } });

    await redis.stop();
    const failed = await get();
    expect(failed.status).toBe(500);
    const body = (await failed.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("ERR_CONFIGURATION_GET");
    expect(body.message).toMatch(/ECONNREFUSED|unreachable|closed|connect/i);
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz/outbound`)).status).toBe(204);

    await redis.start();
    await expect.poll(async () => (await get()).status, { timeout: 20_000, interval: 200 }).toBe(200);
    expect(await (await get()).json()).toEqual({ [key]: { value: "blue", version: "4" } });
  }, 60_000);

  it("through a sidecar with an HTTP app: a subscription posts each change written to Redis, until unsubscribed", async () => {
    let app: RecordingHttpServer | undefined;
    let appSc: SidecarProcess | undefined;
    const d = tempDir({ "config.yaml": componentYaml("config", "configuration.redis", { redisHost: redis.address }) });
    try {
      app = await startRecordingHttpServer();
      const key = `sub-${randomUUID()}`;
      app.on("POST", `/configuration/config/${key}`, () => ({ status: 200 }));
      appSc = await startSidecar({ appId: "subscriber", appPort: app.port, resourcesPaths: [d.path] });
      const sub = await fetch(`${appSc.httpUrl}/v1.0/configuration/config/subscribe?key=${key}`);
      expect(sub.status).toBe(200);
      const { id } = (await sub.json()) as { id: string };
      await raw.set(key, "red||1");
      await app.waitFor("POST", `/configuration/config/${key}`, 1);
      await raw.set(key, "green||2");
      const posts = await app.waitFor("POST", `/configuration/config/${key}`, 2);
      expect(posts.map((p) => JSON.parse(p.body.toString()) as unknown)).toEqual([
        { id, items: { [key]: { value: "red", version: "1" } } },
        { id, items: { [key]: { value: "green", version: "2" } } },
      ]);
      expect(await (await fetch(`${appSc.httpUrl}/v1.0/configuration/config/${id}/unsubscribe`)).json()).toEqual({ ok: true });
      await raw.set(key, "blue||3");
      await new Promise((r) => setTimeout(r, 500));
      expect(app.at("POST", `/configuration/config/${key}`)).toHaveLength(2);
    } finally {
      await appSc?.stop();
      await app?.close();
      d.remove();
    }
  }, 60_000);
});
