/**
 * bindings.redis against a real redis-server: the bindings conformance
 * suite (a round trip per Dapr operation, checked with a plain Redis
 * client), Dapr's errors, and a sidecar whose Redis goes away and comes back.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { redisBinding } from "../../gateway/src/drivers/bindings/redis/index.js";
import { runBindingsConformance } from "../conformance/bindings/index.js";
import { componentYaml } from "../conformance/state/index.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startRedis, type RedisServer } from "../servers/index.js";

const dec = new TextDecoder();
let redis: RedisServer | undefined;
let raw: Redis | undefined;

runBindingsConformance({
  name: "bindings.redis",
  definition: redisBinding as unknown as DriverDefinition,
  create: async () => {
    redis = await startRedis();
    raw = new Redis({ host: redis.host, port: redis.port });
    return { redisHost: redis.address };
  },
  cleanup: async () => {
    raw?.disconnect();
    await redis?.close();
  },
  operations: {
    create: async ({ invoke, unique }) => {
      await invoke("create", "value-1", { key: unique });
      expect(await raw!.get(unique)).toBe("value-1");
      await invoke("create", "value-2", { key: `${unique}-ttl`, ttlInSeconds: "100" });
      expect(await raw!.ttl(`${unique}-ttl`)).toBeGreaterThan(90);
      await expect(invoke("create", "x", {})).rejects.toThrow("redis binding: missing key in request metadata");
      await expect(invoke("create", "x", { key: unique, ttlInSeconds: "0" })).rejects.toThrow(/higher than zero/);
    },
    get: async ({ invoke, unique }) => {
      await raw!.set(unique, "stored");
      expect(dec.decode((await invoke("get", undefined, { key: unique }))?.data)).toBe("stored");
      expect(dec.decode((await invoke("get", undefined, { key: unique, delete: "true" }))?.data)).toBe("stored");
      expect(await raw!.exists(unique)).toBe(0);
      expect((await invoke("get", undefined, { key: unique }))?.data).toBeUndefined();
    },
    delete: async ({ invoke, unique }) => {
      await raw!.set(unique, "doomed");
      await invoke("delete", undefined, { key: unique });
      expect(await raw!.exists(unique)).toBe(0);
    },
    increment: async ({ invoke, unique }) => {
      await invoke("increment", undefined, { key: unique });
      await invoke("increment", undefined, { key: unique, ttlInSeconds: "100" });
      expect(await raw!.get(unique)).toBe("2");
      expect(await raw!.ttl(unique)).toBeGreaterThan(90);
    },
  },
});

describe("bindings.redis through a sidecar", () => {
  let server: RedisServer;
  let sc: SidecarProcess;
  let dir: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    server = await startRedis();
    dir = tempDir({ "cache.yaml": componentYaml("cache", "bindings.redis", { redisHost: server.address, dialTimeout: "2s", redisMaxRetries: "1" }) });
    sc = await startSidecar({ appId: "binder", resourcesPaths: [dir.path] });
  });
  afterAll(async () => {
    await sc?.stop();
    dir?.remove();
    await server?.close();
  });

  it("round-trips over HTTP; Redis going away gives ERR_INVOKE_OUTPUT_BINDING with the cause, and it recovers", async () => {
    const call = (body: unknown) => fetch(`${sc.httpUrl}/v1.0/bindings/cache`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await call({ operation: "create", data: { n: 1 }, metadata: { key: "k" } })).status).toBe(204);
    const got = await call({ operation: "get", metadata: { key: "k" } });
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual({ n: 1 });

    await server.stop();
    const failed = await call({ operation: "get", metadata: { key: "k" } });
    expect(failed.status).toBe(500);
    const body = (await failed.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("ERR_INVOKE_OUTPUT_BINDING");
    expect(body.message).toMatch(/ECONNREFUSED|unreachable|closed|connect/i);

    await server.start();
    await expect.poll(async () => (await call({ operation: "get", metadata: { key: "k" } })).status, { timeout: 20_000, interval: 200 }).toBe(200);
  }, 60_000);
});
