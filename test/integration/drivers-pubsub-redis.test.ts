import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { redisPubSub } from "../../gateway/src/drivers/pubsub/redis/index.js";
import { runPubSubConformance } from "../conformance/pubsub/index.js";
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
