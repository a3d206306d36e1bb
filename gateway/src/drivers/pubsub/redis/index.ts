import { definePubSubDriver } from "../../../components/pubsub/pubsub.js";
import { defineMetadata } from "../../../components/metadata-schema.js";
import { redisConnectionMetadata } from "../../shared/redis-metadata.js";
import { connectRedis } from "../../state/redis/connection.js";
import { RedisStreamsPubSub } from "./streams.js";

/** pubsub.redis: Redis Streams with consumer groups, Dapr's field names, entries laid out as daprd lays them out. */
export const redisPubSub = definePubSubDriver({
  type: "redis",
  versions: ["v1"],
  description:
    "Redis Streams: a stream per topic, a Redis consumer group per consumer group (consumerID), XACK once processed; entries left unacknowledged (RETRY, or a subscriber that crashed) are claimed again after processingTimeout. Compatible with daprd's Redis pub/sub.",
  metadata: defineMetadata({
    ...redisConnectionMetadata,
    readTimeout: { type: "duration", default: 3000, description: "Timeout for one command (0 or less: none); a subscription's blocking read waits at most this long, then reads again." },
    consumerID: { type: "string", description: "The consumer group (a Redis consumer group of that name on each topic's stream); the app id by default." },
    processingTimeout: {
      type: "duration",
      default: 15_000,
      description: 'How long an entry stays pending (not acknowledged) before it is claimed and delivered again: a RETRY, or a subscriber that crashed. "0" disables redelivery.',
    },
    redeliverInterval: { type: "duration", default: 60_000, description: 'How often pending entries are checked for redelivery. "0" disables redelivery.' },
    ackOnError: {
      type: "boolean",
      default: false,
      description: "Acknowledge an entry even when its outcome is RETRY (the block's delivery retries are spent): it is not delivered again by Redis.",
    },
    queueDepth: { type: "number", default: 100, description: "The most entries one read or one redelivery round takes." },
    concurrency: { type: "number", default: 10, description: "Entries each subscription has in flight to the app at once; 1 delivers in stream order." },
    maxLenApprox: { type: "number", description: "Trims each stream to about this many entries on publish (XADD MAXLEN ~); unlimited by default." },
    streamTTL: { type: "duration", description: "Trims entries older than this on publish (XADD MINID ~); not together with maxLenApprox." },
  }),
  features: [],
  create: async (config, ctx) => {
    if (config.maxLenApprox !== undefined && config.streamTTL !== undefined) {
      throw new Error("spec.metadata: maxLenApprox and streamTTL cannot be used together; only one stream trimming strategy can be active at a time");
    }
    if (!(config.concurrency >= 1)) throw new Error(`spec.metadata.concurrency: must be at least 1, not ${config.concurrency}`);
    if (!(config.queueDepth >= 1)) throw new Error(`spec.metadata.queueDepth: must be at least 1, not ${config.queueDepth}`);
    const conn = await connectRedis(config, ctx.logger, "redis streams");
    return new RedisStreamsPubSub(conn, {
      concurrency: config.concurrency,
      queueDepth: config.queueDepth,
      processingTimeout: Math.max(0, config.processingTimeout),
      redeliverInterval: Math.max(0, config.redeliverInterval),
      ackOnError: config.ackOnError,
      maxLenApprox: config.maxLenApprox ?? 0,
      streamTTL: config.streamTTL ?? 0,
      blockMs: config.readTimeout > 0 ? Math.min(config.readTimeout, 5000) : 2000,
      logger: ctx.logger,
    });
  },
});
