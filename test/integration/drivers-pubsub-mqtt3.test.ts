import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { mqtt3PubSub } from "../../gateway/src/drivers/pubsub/mqtt3/index.js";
import { pubsubTests, runPubSubConformance } from "../conformance/pubsub/index.js";
import { startMosquitto, type MosquittoServer } from "../servers/index.js";

let server: MosquittoServer | undefined;

runPubSubConformance({
  name: "pubsub.mqtt3",
  definition: mqtt3PubSub as unknown as DriverDefinition,
  create: async () => {
    server = await startMosquitto();
    // QoS 1 with persistent sessions (the defaults); a RETRY comes back after 200 ms.
    return { url: server.url, backOffInitialInterval: "200ms" };
  },
  cleanup: async () => server?.close(),
  skip: [{ reason: "MQTT 3.1.1 messages have no headers: publish metadata and content type are not carried", tests: [pubsubTests.metadata] }],
});
