/**
 * lock.redis against a real redis-server: the lock conformance suite, the
 * storage daprd uses (a key per lock holding the owner, with its expiry), and
 * a running pillion whose Redis goes away (Dapr's lock errors with the cause,
 * the sidecar keeps serving) and comes back (it recovers by itself).
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import type { LockDriver } from "../../gateway/src/components/lock/lock-store.js";
import { redisLock } from "../../gateway/src/drivers/lock/redis/index.js";
import { createDriver } from "../conformance/driver-factory.js";
import { runLockConformance } from "../conformance/lock/index.js";
import { componentYaml } from "../conformance/state/index.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startRedis, type RedisServer } from "../servers/index.js";

const definition = redisLock as unknown as DriverDefinition;
let suiteRedis: RedisServer | undefined;

runLockConformance({
  name: "lock.redis",
  definition,
  create: async () => {
    suiteRedis = await startRedis();
    return { redisHost: suiteRedis.address };
  },
  breakLock: async (key) => {
    const raw = new Redis({ host: suiteRedis!.host, port: suiteRedis!.port });
    await raw.hset(key, "not", "a lock");
    raw.disconnect();
  },
  cleanup: async () => suiteRedis?.close(),
});

describe("lock.redis with a real Redis", () => {
  let redis: RedisServer;
  let raw: Redis;
  let driver: LockDriver;
  let sc: SidecarProcess;
  let dir: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    redis = await startRedis();
    raw = new Redis({ host: redis.host, port: redis.port, maxRetriesPerRequest: 1 });
    driver = await createDriver<LockDriver>(definition, { redisHost: redis.address });
    dir = tempDir({ "lockstore.yaml": componentYaml("lockstore", "lock.redis", { redisHost: redis.address, dialTimeout: "2s", redisMaxRetries: "1" }) });
    sc = await startSidecar({ appId: "locker", resourcesPaths: [dir.path] });
  });
  afterAll(async () => {
    await sc?.stop();
    dir?.remove();
    await driver?.close();
    raw?.disconnect();
    await redis?.close();
  });

  it("stores a lock as daprd does: the key holds the owner and expires; a lock daprd took is honoured", async () => {
    const key = `lock||app||${randomUUID()}`;
    expect(await driver.tryLock({ key, owner: "owner-1", expirySeconds: 30 })).toBe(true);
    expect(await raw.get(key)).toBe("owner-1");
    const ttl = await raw.pttl(key);
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);

    const taken = `lock||app||${randomUUID()}`;
    await raw.set(taken, "daprd-owner", "EX", 30, "NX");
    expect(await driver.tryLock({ key: taken, owner: "other", expirySeconds: 30 })).toBe(false);
    expect(await driver.unlock({ key: taken, owner: "other" })).toBe("lock-belongs-to-others");
    expect(await driver.unlock({ key: taken, owner: "daprd-owner" })).toBe("success");
    expect(await raw.exists(taken)).toBe(0);
  });

  it("through the sidecar: Redis going away gives ERR_TRY_LOCK / ERR_UNLOCK with the cause, and it recovers when Redis returns", async () => {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${sc.httpUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const resourceId = `res-${randomUUID()}`;
    expect(await post("/v1.0-alpha1/lock/lockstore", { resourceId, lockOwner: "a", expiryInSeconds: 60 })).toEqual({ status: 200, body: { success: true } });
    // Stored under Dapr's default key prefix.
    expect(await raw.get(`lock||locker||${resourceId}`)).toBe("a");

    await redis.stop();
    const failedLock = await post("/v1.0-alpha1/lock/lockstore", { resourceId: `${resourceId}-2`, lockOwner: "a", expiryInSeconds: 60 });
    expect(failedLock.status).toBe(500);
    expect(failedLock.body.errorCode).toBe("ERR_TRY_LOCK");
    expect(String(failedLock.body.message)).toMatch(/ECONNREFUSED|unreachable|closed|connect/i);
    const failedUnlock = await post("/v1.0-alpha1/unlock/lockstore", { resourceId, lockOwner: "a" });
    expect(failedUnlock.status).toBe(500);
    expect(failedUnlock.body.errorCode).toBe("ERR_UNLOCK");
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz/outbound`)).status).toBe(204);

    await redis.start();
    await expect
      .poll(async () => (await post("/v1.0-alpha1/unlock/lockstore", { resourceId, lockOwner: "a" })).body, { timeout: 20_000, interval: 200 })
      .toEqual({ status: 0 });
  }, 60_000);
});
