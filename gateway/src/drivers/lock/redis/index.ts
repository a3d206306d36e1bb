import { defineLockDriver } from "../../../components/lock/lock-store.js";
import { connectRedis } from "../../state/redis/connection.js";
import { redisConnectionMetadata } from "../../shared/redis-metadata.js";
import { RedisLockStore } from "./store.js";

/** lock.redis: Dapr's field names and key layout, so daprd and pillion can share locks in one Redis. */
export const redisLock = defineLockDriver({
  type: "redis",
  versions: ["v1"],
  description:
    "Locks in a single Redis: one key per lock holding the owner, taken with SET NX PX (expiring by itself) and released with a compare-and-delete script. Compatible with daprd's Redis lock store (same keys and values).",
  metadata: redisConnectionMetadata,
  create: async (config, ctx) => new RedisLockStore(await connectRedis(config, ctx.logger)),
});
