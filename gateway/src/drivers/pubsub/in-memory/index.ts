import { definePubSubDriver } from "../../../components/pubsub/pubsub.js";
import { defineMetadata } from "../../../components/metadata-schema.js";
import { InMemoryBroker } from "./broker.js";

export const inMemoryPubSub = definePubSubDriver({
  type: "in-memory",
  versions: ["v1"],
  description:
    "A broker in the sidecar's memory: every consumer group gets each message once, in publish order; nothing survives a restart and nothing is shared with other sidecars. The default pubsub.",
  metadata: defineMetadata({
    concurrency: {
      type: "number",
      default: 1,
      description: "Messages each subscription has in flight to the app at once; 1 delivers strictly in publish order.",
    },
    maxPendingMessages: {
      type: "number",
      default: 10_000,
      description: "Undelivered messages a subscription holds; a publish to its topic beyond that fails (ERR_PUBSUB_PUBLISH_MESSAGE) rather than losing messages.",
    },
  }),
  features: ["SUBSCRIBE_WILDCARDS"],
  create: (config, ctx) => new InMemoryBroker({ concurrency: config.concurrency, maxPendingMessages: config.maxPendingMessages, logger: ctx.logger }),
});
