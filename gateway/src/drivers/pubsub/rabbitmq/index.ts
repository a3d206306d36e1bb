import { credentials } from "amqplib";
import { definePubSubDriver } from "../../../components/pubsub/pubsub.js";
import { defineMetadata } from "../../../components/metadata-schema.js";
import { RabbitConnection } from "./connection.js";
import { RabbitMqPubSub } from "./rabbitmq.js";

/**
 * pubsub.rabbitmq: Dapr's field names and topology. Where pillion's defaults
 * differ from daprd's it is for at-least-once delivery: durable (true),
 * publisherConfirm (true), deliveryMode (2, persistent) and requeueInFailure
 * (true). A broker shared with daprd needs the same durable and
 * deletedWhenUnused on both sides (RabbitMQ refuses to declare an existing
 * queue or exchange with other flags).
 */
export const rabbitmqPubSub = definePubSubDriver({
  type: "rabbitmq",
  versions: ["v1"],
  description:
    "RabbitMQ: a topic is an exchange (fanout), each consumer group a queue {consumerID}-{topic}; publishes confirmed by the broker, manual acks, RETRY requeued, reconnection on connection loss. Compatible with daprd's RabbitMQ pub/sub.",
  metadata: defineMetadata({
    connectionString: {
      type: "string",
      sensitive: true,
      aliases: ["host"],
      description: 'The broker address, "amqp://user:password@host:port" (or amqps://); or use protocol, hostname, username and password.',
    },
    protocol: { type: "string", oneOf: ["amqp", "amqps"], description: "amqp or amqps, when connectionString is not set (default amqp)." },
    hostname: { type: "string", default: "localhost", description: "The broker host (and :port), when connectionString is not set." },
    username: { type: "string", description: "The user, when connectionString is not set." },
    password: { type: "string", sensitive: true, description: "The password, when connectionString is not set; use a secretKeyRef." },
    consumerID: { type: "string", description: "The consumer group: queues are named {consumerID}-{topic}. The app id by default." },
    durable: { type: "boolean", default: true, description: "Declare exchanges and queues durable (they survive a broker restart). daprd's default is false: set it the same on both when they share a broker." },
    deletedWhenUnused: { type: "boolean", default: true, description: "Declare exchanges and queues auto-delete: a queue goes (with its messages) when its last consumer leaves. Set false to keep messages for a consumer group while it is away." },
    autoAck: { type: "boolean", default: false, description: "Let the broker forget a message once sent (no redelivery); false acks after the app processed it." },
    deliveryMode: { type: "number", default: 2, description: "2 publishes persistent messages (kept by durable queues across a broker restart), 1 or 0 transient ones." },
    publisherConfirm: { type: "boolean", default: true, description: "A publish returns once the broker confirmed it; false returns once written to the connection." },
    requeueInFailure: {
      type: "boolean",
      default: true,
      description: "A message the app did not process (RETRY, after the delivery retries) is requeued for redelivery; false rejects it (to the dead-letter queue with enableDeadLetter, otherwise discarded).",
    },
    enableDeadLetter: { type: "boolean", default: false, description: "Declare a dead-letter exchange dlx-{queue} and queue dlq-{queue} for each queue: DROPped messages go there." },
    prefetchCount: { type: "number", default: 0, description: "Unacknowledged messages the broker sends a subscription at once (0: no limit); with concurrency parallel also the handler calls in flight." },
    concurrency: { type: "string", default: "parallel", oneOf: ["parallel", "single"], description: '"single" hands one message at a time to the app, in queue order; "parallel" up to prefetchCount at once.' },
    exchangeKind: { type: "string", default: "fanout", oneOf: ["fanout", "topic", "direct", "headers"], description: "The kind of exchange declared for each topic." },
    maxLen: { type: "number", description: "The most messages a queue (and its dead-letter queue) holds." },
    maxLenBytes: { type: "number", description: "The most bytes a queue (and its dead-letter queue) holds." },
    ttlInSeconds: { type: "number", description: "Expiry of messages published without a ttlInSeconds of their own." },
    reconnectWaitSeconds: { type: "duration", default: 3000, description: "Wait between reconnection attempts after the connection was lost." },
    heartBeat: { type: "duration", default: 10_000, description: "The AMQP heartbeat of the connection." },
    clientName: { type: "string", description: "The connection name shown by the broker." },
    publishMessagePropertiesToMetadata: { type: "boolean", default: false, description: "Also pass AMQP properties and headers to the app as metadata.* entries." },
    saslExternal: { type: "boolean", default: false, description: "With amqps and a client certificate: authenticate with SASL EXTERNAL (the user from the certificate)." },
    caCert: { type: "string", description: "A CA certificate (PEM) to verify the broker with amqps." },
    clientCert: { type: "string", description: "A client certificate (PEM) for amqps." },
    clientKey: { type: "string", sensitive: true, description: "The client certificate's key (PEM)." },
  }),
  features: ["MESSAGE_TTL"],
  create: async (config, ctx) => {
    let url: URL;
    const raw = config.connectionString?.trim() || undefined;
    try {
      if (raw !== undefined) url = new URL(raw);
      else {
        url = new URL(`${config.protocol ?? "amqp"}://${config.hostname}`);
        if (config.username) url.username = encodeURIComponent(config.username);
        if (config.password) url.password = encodeURIComponent(config.password);
      }
    } catch {
      throw new Error("rabbitmq pub/sub error: invalid connection string: it is not an amqp:// or amqps:// URL");
    }
    const protocol = url.protocol.replace(/:$/, "");
    if (protocol !== "amqp" && protocol !== "amqps") throw new Error(`rabbitmq pub/sub error: invalid connection string: scheme "${protocol}" is not amqp or amqps`);
    if (config.protocol !== undefined && raw !== undefined && config.protocol !== protocol) {
      throw new Error(`rabbitmq pub/sub error: protocol does not match connection string, protocol: ${config.protocol}, connection string scheme: ${protocol}`);
    }
    if (config.saslExternal && !(config.caCert && config.clientCert && config.clientKey)) {
      throw new Error("spec.metadata.saslExternal: can only be set to true when caCert, clientCert and clientKey are set");
    }
    if (![0, 1, 2].includes(config.deliveryMode)) throw new Error(`spec.metadata.deliveryMode: ${config.deliveryMode} is not 0, 1 or 2`);
    if (!Number.isInteger(config.prefetchCount) || config.prefetchCount < 0) throw new Error(`spec.metadata.prefetchCount: ${config.prefetchCount} is not a whole number of messages`);
    const address = `${url.hostname}:${url.port || (protocol === "amqps" ? 5671 : 5672)}`;
    const conn = new RabbitConnection(
      {
        url: url.toString(),
        socketOptions: {
          ...(config.caCert && { ca: [config.caCert] }),
          ...(config.clientCert && config.clientKey && { cert: config.clientCert, key: config.clientKey }),
          ...(config.saslExternal && { credentials: credentials.external() }),
          clientProperties: { connection_name: config.clientName ?? `pillion ${ctx.appId} ${ctx.name}` },
        },
        heartbeatSeconds: Math.round(config.heartBeat / 1000),
        reconnectWait: Math.max(config.reconnectWaitSeconds, 50),
        connectTimeout: 10_000,
        logger: ctx.logger,
      },
      address,
    );
    try {
      await conn.start();
    } catch (e) {
      throw new Error(`rabbitmq pub/sub error: error connecting to rabbitmq at ${address}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return new RabbitMqPubSub(conn, {
      exchangeKind: config.exchangeKind,
      durable: config.durable,
      deletedWhenUnused: config.deletedWhenUnused,
      deliveryMode: config.deliveryMode,
      publisherConfirm: config.publisherConfirm,
      enableDeadLetter: config.enableDeadLetter,
      requeueInFailure: config.requeueInFailure,
      autoAck: config.autoAck,
      prefetchCount: config.prefetchCount,
      concurrency: config.concurrency as "single" | "parallel",
      maxLen: config.maxLen,
      maxLenBytes: config.maxLenBytes,
      defaultTtl: config.ttlInSeconds !== undefined ? config.ttlInSeconds * 1000 : undefined,
      publishMessagePropertiesToMetadata: config.publishMessagePropertiesToMetadata,
      reconnectWait: Math.max(config.reconnectWaitSeconds, 50),
      logger: ctx.logger,
    });
  },
});
