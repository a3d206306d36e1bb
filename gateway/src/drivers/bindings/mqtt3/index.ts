import { defineBindingDriver } from "../../../components/bindings/binding.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { MqttBinding } from "./mqtt-binding.js";

const schemes: Record<string, string> = { tcp: "mqtt", mqtt: "mqtt", ssl: "mqtts", tls: "mqtts", mqtts: "mqtts", ws: "ws", wss: "wss" };

export const mqtt3Binding = defineBindingDriver({
  type: "mqtt3",
  versions: ["v1"],
  description:
    "An MQTT 3.1.1 topic, as Dapr's binding: output `create` publishes the data to `topic` (or the request's `topic` metadata) with qos and retain, resolving on the broker's acknowledgement; input subscribes to `topic` through a persistent session (client id <consumerID>-consumer) and hands messages to the app in order with their `topic` metadata, acknowledging each once the app took it (a failed one is retried backOffMaxRetries times, then redelivered by the broker when the session reconnects).",
  metadata: defineMetadata({
    url: { type: "string", required: true, sensitive: true, description: 'The broker, "tcp://user:password@host:1883" (also mqtt://, ssl://, mqtts://, ws://, wss://).' },
    topic: { type: "string", required: true, description: "The topic to subscribe to and publish to (an input topic may hold + and # wildcards)." },
    consumerID: { type: "string", required: true, description: "The base of the MQTT client ids: <consumerID>-consumer and <consumerID>-producer." },
    qos: { type: "number", default: 1, description: "The QoS of subscribe and publish (0, 1 or 2); deprecated in Dapr, 1 by default." },
    retain: { type: "boolean", default: false, description: "Publish with the retain flag." },
    cleanSession: { type: "boolean", default: false, description: "Start the consumer with a clean session (messages sent while it was away are lost)." },
    backOffMaxRetries: { type: "number", default: 0, description: "How many times a message the app failed is retried (5 s apart) before it is left to the broker's redelivery; -1: until it succeeds." },
    caCert: { type: "string", description: "A CA certificate (PEM) to verify the broker with ssl://." },
    clientCert: { type: "string", description: "A client certificate (PEM)." },
    clientKey: { type: "string", sensitive: true, description: "The client certificate's key (PEM)." },
  }),
  operations: ["create"],
  input: true,
  create: (config, ctx) => {
    if (![0, 1, 2].includes(config.qos)) throw new MetadataError("qos", `${config.qos} is not 0, 1 or 2`);
    if (!config.consumerID.trim()) throw new MetadataError("consumerID", "missing consumerID");
    let url: URL;
    try {
      url = new URL(config.url.trim());
    } catch {
      throw new MetadataError("url", "missing or invalid url: it is not a tcp://, mqtt://, ssl:// or mqtts:// URL");
    }
    const mapped = schemes[url.protocol.replace(/:$/, "")];
    if (mapped === undefined) throw new MetadataError("url", `scheme "${url.protocol}" is not tcp, mqtt, ssl or mqtts`);
    const tls = mapped === "mqtts" || mapped === "wss";
    const address = `${url.hostname}:${url.port || (tls ? 8883 : 1883)}`;
    const username = url.username ? decodeURIComponent(url.username) : undefined;
    const password = url.password ? decodeURIComponent(url.password) : undefined;
    url.protocol = `${mapped}:`;
    url.username = "";
    url.password = "";
    return new MqttBinding({
      url: url.toString(),
      address,
      clientOptions: {
        protocolVersion: 4,
        keepalive: 30,
        ...(username !== undefined && { username }),
        ...(password !== undefined && { password }),
        ...(config.caCert !== undefined && { ca: config.caCert }),
        ...(config.clientCert !== undefined && { cert: config.clientCert }),
        ...(config.clientKey !== undefined && { key: config.clientKey }),
      },
      topic: config.topic,
      consumerID: config.consumerID.trim(),
      qos: config.qos as 0 | 1 | 2,
      retain: config.retain,
      cleanSession: config.cleanSession,
      backOffMaxRetries: config.backOffMaxRetries,
      retryIntervalMs: 5000,
      connectTimeoutMs: 10_000,
      logger: ctx.logger,
    });
  },
});
