import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { redisState } from "../../gateway/src/drivers/state/redis/index.js";
import { createFromDefinition, runStateConformance, runStateEndToEnd } from "../conformance/state/index.js";
import { startRedis, type RedisServer } from "../servers/index.js";

const definition = redisState as unknown as DriverDefinition;
let redis: RedisServer | undefined;

runStateConformance({
  name: "state.redis",
  definition,
  create: async () => {
    redis = await startRedis();
    return createFromDefinition(definition, { redisHost: redis.address });
  },
  cleanup: async () => redis?.close(),
});

let e2eRedis: RedisServer | undefined;
runStateEndToEnd({
  type: "state.redis",
  start: async () => {
    e2eRedis = await startRedis();
  },
  metadata: () => ({ redisHost: e2eRedis!.address }),
  stop: async () => e2eRedis?.close(),
  capabilities: definition.features,
});
