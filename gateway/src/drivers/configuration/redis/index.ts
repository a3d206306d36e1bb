import { defineDriver } from "../../../components/definition.js";
import { connectRedis } from "../../state/redis/connection.js";
import { redisConnectionMetadata } from "../../shared/redis-metadata.js";
import { RedisConfigurationStore } from "./store.js";

/** configuration.redis: Dapr's field names and item layout, so daprd and pillion can share a Redis. */
export const redisConfiguration = defineDriver({
  kind: "configuration",
  type: "redis",
  versions: ["v1"],
  description:
    'Configuration items in a single Redis, as daprd keeps them: a string key per item holding "value||version". Subscriptions watch keyspace notifications; pillion adds the flags daprd needs ("Kg$xe") to notify-keyspace-events when subscribing, and a server that refuses CONFIG SET without having them makes the subscription fail saying so. Items are written with any Redis client (SET key "value||version"). A notification carries no value: changes made in quick succession may reach subscribers as their newest state only (never a stale one, never twice).',
  metadata: redisConnectionMetadata,
  features: [],
  create: async (config, ctx) => {
    const conn = await connectRedis(config, ctx.logger);
    try {
      const listener = await connectRedis(config, ctx.logger);
      return new RedisConfigurationStore(conn, listener, config.redisDB, ctx.logger);
    } catch (e) {
      await conn.close();
      throw e;
    }
  },
});
