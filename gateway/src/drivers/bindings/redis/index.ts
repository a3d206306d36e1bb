import { defineBindingDriver } from "../../../components/bindings/binding.js";
import { connectRedis } from "../../state/redis/connection.js";
import { redisConnectionMetadata } from "../../shared/redis-metadata.js";
import { RedisBinding, redisBindingOperations } from "./redis-binding.js";

export const redisBinding = defineBindingDriver({
  type: "redis",
  versions: ["v1"],
  description:
    'Output binding to a single Redis, as Dapr\'s: the request\'s `key` metadata names a string key; `create` sets it to the data (with `ttlInSeconds`/`ttl` metadata, then expires it), `get` returns it (empty when missing; `delete: "true"` reads and deletes it), `delete` removes it, `increment` adds one to it.',
  metadata: redisConnectionMetadata,
  operations: redisBindingOperations,
  input: false,
  create: async (config, ctx) => new RedisBinding(await connectRedis(config, ctx.logger)),
});
