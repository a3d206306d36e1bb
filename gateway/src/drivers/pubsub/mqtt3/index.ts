import { definePubSubDriver } from "../../../components/pubsub/pubsub.js";
import { defineMetadata } from "../../../components/metadata-schema.js";
import { Mqtt3PubSub } from "./mqtt.js";

/** pubsub.mqtt3: Dapr's field names; QoS 1 and persistent sessions (cleanSession false) by default, as daprd. */
export const mqtt3PubSub = definePubSubDriver({
  type: "mqtt3",
  versions: ["v1"],
  description:
    "MQTT 3.1.1: publishes with QoS qos (resolving on the broker's PUBACK); each consumer group subscribes through a connection whose client id is the group (consumerID) with a persistent session, so messages wait at the broker while it is away and one never acknowledged (RETRY, a crash) comes again. A subscription to \"$share/<group>/<topic>\" is a shared subscription at the broker: each message goes to one of the replicas subscribed with that group (give each replica its own consumerID, e.g. \"{uuid}\"). MQTT 3.1.1 has no message headers: publish metadata is not carried.",
  metadata: defineMetadata({
    url: {
      type: "string",
      required: true,
      sensitive: true,
      description: 'The broker address, "tcp://[username][:password]@host:port" (or mqtt://; ssl:// or mqtts:// for TLS).',
    },
    consumerID: { type: "string", description: "The consumer group and the MQTT client id of its connection; the app id by default. Two connections with one client id push each other off the broker: give each replica its own (e.g. \"{uuid}\") and share a topic's messages among replicas with \"$share/<group>/<topic>\"." },
    qos: { type: "number", default: 1, description: "The QoS of publishes and subscriptions: 0 at most once, 1 at least once, 2 exactly once at the broker." },
    retain: { type: "boolean", default: false, description: 'Publish retained messages (the broker keeps the last one per topic for new subscribers); a publish\'s "retain" metadata overrides it.' },
    cleanSession: {
      type: "boolean",
      default: false,
      description: "Start each subscriber connection with a clean session; false keeps the session at the broker, with the messages published while the subscriber is away.",
    },
    caCert: { type: "string", description: "A CA certificate (PEM) to verify the broker with ssl://." },
    clientCert: { type: "string", description: "A client certificate (PEM) for ssl://." },
    clientKey: { type: "string", sensitive: true, description: "The client certificate's key (PEM)." },
    concurrency: { type: "number", default: 1, description: "Messages each subscription has in flight to the app at once; 1 delivers in broker order." },
  }),
  features: [],
  create: async (config, ctx) => {
    if (![0, 1, 2].includes(config.qos)) throw new Error(`spec.metadata.qos: ${config.qos} is not 0, 1 or 2`);
    if (!(config.concurrency >= 1)) throw new Error(`spec.metadata.concurrency: must be at least 1, not ${config.concurrency}`);
    if ((config.clientCert === undefined) !== (config.clientKey === undefined)) {
      throw new Error(`spec.metadata: ${config.clientCert === undefined ? "clientKey needs clientCert" : "clientCert needs clientKey"}`);
    }
    let url: URL;
    try {
      url = new URL(config.url.trim());
    } catch {
      throw new Error("mqtt pubsub error: missing or invalid url: it is not a tcp://, mqtt://, ssl:// or mqtts:// URL");
    }
    const scheme = url.protocol.replace(/:$/, "");
    const schemes: Record<string, string> = { tcp: "mqtt", mqtt: "mqtt", ssl: "mqtts", tls: "mqtts", mqtts: "mqtts", ws: "ws", wss: "wss" };
    const mapped = schemes[scheme];
    if (mapped === undefined) throw new Error(`mqtt pubsub error: url scheme "${scheme}" is not tcp, mqtt, ssl or mqtts`);
    const tls = mapped === "mqtts" || mapped === "wss";
    const address = `${url.hostname}:${url.port || (tls ? 8883 : 1883)}`;
    const username = url.username ? decodeURIComponent(url.username) : undefined;
    const password = url.password ? decodeURIComponent(url.password) : undefined;
    url.protocol = `${mapped}:`;
    url.username = "";
    url.password = "";
    const consumerID = config.consumerID?.trim() || ctx.appId;
    const driver = new Mqtt3PubSub({
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
      qos: config.qos as 0 | 1 | 2,
      retain: config.retain,
      cleanSession: config.cleanSession,
      consumerID,
      concurrency: config.concurrency,
      connectTimeout: 10_000,
      publishTimeout: 10_000,
      retryInitial: config.backOffInitialInterval,
      retryMax: config.backOffMaxInterval,
      retryMultiplier: config.backOffMultiplier,
      logger: ctx.logger,
    });
    try {
      await driver.start();
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw new Error(`mqtt pubsub error: error connecting to the broker at ${address}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return driver;
  },
});
