import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { rabbitmqPubSub } from "../../gateway/src/drivers/pubsub/rabbitmq/index.js";
import { runPubSubConformance } from "../conformance/pubsub/index.js";
import { startRabbitMq, type RabbitMqServer } from "../servers/index.js";

let server: RabbitMqServer | undefined;

runPubSubConformance({
  name: "pubsub.rabbitmq",
  definition: rabbitmqPubSub as unknown as DriverDefinition,
  create: async () => {
    server = await startRabbitMq();
    return {
      connectionString: server.url,
      // One message at a time per subscription keeps queue order.
      concurrency: "single",
      prefetchCount: "10",
      // A consumer group's queue outlives its consumers (a crashed sidecar's messages wait for its restart).
      deletedWhenUnused: "false",
      reconnectWaitSeconds: "500ms",
    };
  },
  cleanup: async () => server?.close(),
});
