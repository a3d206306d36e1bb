import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { jetstreamPubSub } from "../../gateway/src/drivers/pubsub/jetstream/index.js";
import { runPubSubConformance } from "../conformance/pubsub/index.js";
import { startNats, type NatsServer } from "../servers/index.js";

let server: NatsServer | undefined;

runPubSubConformance({
  name: "pubsub.jetstream",
  definition: jetstreamPubSub as unknown as DriverDefinition,
  create: async () => {
    server = await startNats();
    // A message whose subscriber crashed comes back after 2 s (ackWait), and so does a RETRY (as daprd naks with ackWait).
    return { natsURL: server.url, ackWait: "2s" };
  },
  cleanup: async () => server?.close(),
});
