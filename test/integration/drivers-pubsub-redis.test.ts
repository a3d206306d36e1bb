import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import type { PubSubDriver } from "../../gateway/src/components/pubsub/pubsub.js";
import { redisPubSub } from "../../gateway/src/drivers/pubsub/redis/index.js";
import { createPubSubFromDefinition, recorder, runPubSubConformance } from "../conformance/pubsub/index.js";
import { startRedis, type RedisServer } from "../servers/index.js";

let redis: RedisServer | undefined;

runPubSubConformance({
  name: "pubsub.redis",
  definition: redisPubSub as unknown as DriverDefinition,
  create: async () => {
    redis = await startRedis();
    // One entry in flight per subscription keeps stream order; entries left pending come back after 1 s.
    return { redisHost: redis.address, concurrency: "1", processingTimeout: "1s", redeliverInterval: "250ms" };
  },
  cleanup: async () => redis?.close(),
});

describe("pubsub.redis ackOnError", () => {
  let server: RedisServer;
  let client: Redis;
  const drivers: PubSubDriver[] = [];
  beforeAll(async () => {
    server = await startRedis();
    client = new Redis({ host: server.host, port: server.port });
  });
  afterAll(async () => {
    for (const d of drivers) await d.close();
    client?.disconnect();
    await server?.close();
  });

  it.each([
    { ackOnError: "false", pending: 1 },
    { ackOnError: "true", pending: 0 },
  ])("with ackOnError $ackOnError, an entry answered retry stays pending: $pending", async ({ ackOnError, pending }) => {
    const driver = await createPubSubFromDefinition(redisPubSub as unknown as DriverDefinition, { redisHost: server.address, ackOnError, processingTimeout: "0" });
    drivers.push(driver);
    const topic = `ack-on-error-${ackOnError}`;
    const r = recorder(() => "retry");
    const h = await driver.subscribe({ topic, consumerGroup: "g", metadata: {} }, r.handler);
    await driver.publish({ topic, data: new TextEncoder().encode("x"), metadata: {} });
    await r.until(1);
    await h.close();
    // The acknowledgement follows the handler's outcome: poll until it is settled.
    await expect.poll(async () => ((await client.xpending(topic, "g")) as [number])[0], { timeout: 5000 }).toBe(pending);
  });
});
