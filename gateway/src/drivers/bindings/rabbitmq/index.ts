import { credentials } from "amqplib";
import { defineBindingDriver } from "../../../components/bindings/binding.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { RabbitConnection } from "../../pubsub/rabbitmq/connection.js";
import { RabbitMqBinding } from "./rabbitmq-binding.js";

export const rabbitmqBinding = defineBindingDriver({
  type: "rabbitmq",
  versions: ["v1"],
  description:
    "A RabbitMQ queue, as Dapr's binding: output `create` publishes the data to the queue (persistent; the request metadata as headers, `ttlInSeconds`/`ttl` as the message expiration, `priority`), confirmed by the broker; input consumes the queue with acks (an event the app did not take is requeued). The queue is declared with the component's settings on every connection; the connection is re-established every reconnectWaitInSeconds.",
  metadata: defineMetadata({
    host: { type: "string", required: true, sensitive: true, description: 'The broker, "amqp://user:password@host:port" (or amqps://).' },
    queueName: { type: "string", required: true, description: "The queue to publish to and consume from." },
    durable: { type: "boolean", default: false, description: "Declare the queue durable (it survives a broker restart)." },
    exclusive: { type: "boolean", default: false, description: "Declare the queue exclusive to this connection." },
    deleteWhenUnused: { type: "boolean", default: false, description: "Declare the queue auto-delete (removed once its last consumer goes)." },
    prefetchCount: { type: "number", default: 0, description: "Unacknowledged messages the broker sends ahead (0: no limit)." },
    maxPriority: { type: "number", description: "Declare a priority queue with this highest priority (x-max-priority, 0..255)." },
    ttl: { type: "duration", aliases: ["ttlInSeconds"], description: "The queue's default message TTL (x-message-ttl)." },
    reconnectWaitInSeconds: { type: "duration", default: 5000, description: "The wait between reconnection attempts." },
    caCert: { type: "string", description: "CA certificate (PEM) for amqps." },
    clientCert: { type: "string", description: "Client certificate (PEM) for amqps." },
    clientKey: { type: "string", sensitive: true, description: "The client certificate's key (PEM)." },
    externalSasl: { type: "boolean", default: false, description: "Authenticate with SASL EXTERNAL (the client certificate)." },
  }),
  operations: ["create"],
  input: true,
  create: async (config, ctx) => {
    let url: URL;
    try {
      url = new URL(config.host);
    } catch {
      throw new MetadataError("host", "is not an amqp:// or amqps:// URL");
    }
    const protocol = url.protocol.replace(/:$/, "");
    if (protocol !== "amqp" && protocol !== "amqps") throw new MetadataError("host", `scheme "${protocol}" is not amqp or amqps`);
    if (config.maxPriority !== undefined && !(Number.isInteger(config.maxPriority) && config.maxPriority >= 0 && config.maxPriority <= 255)) {
      throw new MetadataError("maxPriority", `${config.maxPriority} is not a whole number from 0 to 255`);
    }
    if (!Number.isInteger(config.prefetchCount) || config.prefetchCount < 0) throw new MetadataError("prefetchCount", `${config.prefetchCount} is not a whole number of messages`);
    const address = `${url.hostname}:${url.port || (protocol === "amqps" ? 5671 : 5672)}`;
    const conn = new RabbitConnection(
      {
        url: url.toString(),
        socketOptions: {
          ...(config.caCert && { ca: [config.caCert] }),
          ...(config.clientCert && config.clientKey && { cert: config.clientCert, key: config.clientKey }),
          ...(config.externalSasl && { credentials: credentials.external() }),
          clientProperties: { connection_name: `pillion ${ctx.appId} ${ctx.name}` },
        },
        heartbeatSeconds: 10,
        reconnectWait: Math.max(config.reconnectWaitInSeconds, 50),
        connectTimeout: 10_000,
        logger: ctx.logger,
      },
      address,
    );
    try {
      await conn.start();
    } catch (e) {
      throw new Error(`rabbitmq binding: error connecting to rabbitmq at ${address}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const binding = new RabbitMqBinding(conn, {
      queueName: config.queueName,
      durable: config.durable,
      exclusive: config.exclusive,
      deleteWhenUnused: config.deleteWhenUnused,
      prefetchCount: config.prefetchCount,
      maxPriority: config.maxPriority,
      queueTtlMs: config.ttl,
      logger: ctx.logger,
    });
    try {
      await binding.start();
    } catch (e) {
      await conn.close();
      throw new Error(`rabbitmq binding: cannot declare queue ${config.queueName}: ${conn.describe(e)}`);
    }
    return binding;
  },
});
