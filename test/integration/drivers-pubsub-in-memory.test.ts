import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { inMemoryPubSub } from "../../gateway/src/drivers/pubsub/in-memory/index.js";
import { pubsubTests, runPubSubConformance } from "../conformance/pubsub/index.js";

const noRedelivery = "the in-memory pubsub does not redeliver: a message answered retry is logged and discarded";

runPubSubConformance({
  name: "pubsub.in-memory",
  definition: inMemoryPubSub as unknown as DriverDefinition,
  create: async () => ({}),
  skip: [
    { reason: noRedelivery, tests: [pubsubTests.retry, pubsubTests.appRetry] },
    { reason: "the in-memory pubsub lives in the sidecar's memory: a crash loses what it held", tests: [pubsubTests.crash] },
  ],
});
