import { defineDriver } from "../../../components/definition.js";
import { defineMetadata } from "../../../components/metadata-schema.js";
import { redisConnectionMetadata } from "../../shared/redis-metadata.js";
import { connectRedis } from "./connection.js";
import { RedisStateStore } from "./store.js";

/** state.redis: Dapr's field names; data laid out as daprd lays it out, so both can share a Redis. */
export const redisState = defineDriver({
  kind: "state",
  type: "redis",
  versions: ["v1"],
  description: "State in Redis (one hash per key: data, version as the ETag, EXPIRE for TTL), compatible with daprd's Redis state store.",
  metadata: defineMetadata({
    ...redisConnectionMetadata,
    ttlInSeconds: { type: "number", description: "Default TTL of items written without a ttlInSeconds of their own." },
    actorStateStore: { type: "boolean", default: false, description: "Use this store for actor state." },
  }),
  // Dapr adds ACTOR to every store with ETAG and TRANSACTIONAL.
  features: ["ETAG", "TRANSACTIONAL", "TTL", "ACTOR"],
  create: async (config, ctx) => {
    if (config.ttlInSeconds !== undefined && !Number.isInteger(config.ttlInSeconds)) {
      throw new Error(`spec.metadata.ttlInSeconds: "${config.ttlInSeconds}" is not a whole number of seconds`);
    }
    const conn = await connectRedis(config, ctx.logger);
    return new RedisStateStore(conn, config.ttlInSeconds !== undefined ? { defaultTtlSeconds: config.ttlInSeconds } : {});
  },
});
