import { AckPolicy, DeliverPolicy, jetstreamManager } from "@nats-io/jetstream";
import { connect, jwtAuthenticator, type ConnectionOptions } from "@nats-io/transport-node";
import { definePubSubDriver } from "../../../components/pubsub/pubsub.js";
import { defineMetadata, parseDuration } from "../../../components/metadata-schema.js";
import { messageOf } from "../shared/delivery-gate.js";
import { JetStreamPubSub } from "./jetstream.js";

const deliverPolicies: Record<string, DeliverPolicy> = {
  all: DeliverPolicy.All,
  last: DeliverPolicy.Last,
  new: DeliverPolicy.New,
  sequence: DeliverPolicy.StartSequence,
  time: DeliverPolicy.StartTime,
};
const ackPolicies: Record<string, AckPolicy> = { explicit: AckPolicy.Explicit, all: AckPolicy.All, none: AckPolicy.None };

/** pubsub.jetstream: Dapr's field names; streams are created when missing (daprd expects them to exist). */
export const jetstreamPubSub = definePubSubDriver({
  type: "jetstream",
  versions: ["v1"],
  description:
    "NATS JetStream: a stream per topic (file storage, created when missing) or the streamName stream, a durable pull consumer per consumer group, explicit acks, RETRY naked and DROP terminated.",
  metadata: defineMetadata({
    natsURL: { type: "string", required: true, description: 'The NATS server URL, e.g. "nats://localhost:4222" (several separated by commas).' },
    jwt: { type: "string", description: "A user JWT, with seedKey." },
    seedKey: { type: "string", sensitive: true, description: "The user's NKey seed, with jwt." },
    token: { type: "string", sensitive: true, description: "An authentication token." },
    tls_client_cert: { type: "string", description: "A TLS client certificate (PEM)." },
    tls_client_key: { type: "string", sensitive: true, description: "The TLS client certificate's key (PEM)." },
    name: { type: "string", default: "dapr.io - pubsub.jetstream", description: "The connection name shown by the server." },
    consumerID: { type: "string", description: "The consumer group, the durable consumer's name unless durableName is set; the app id by default." },
    streamName: { type: "string", description: "One stream (created when missing) for every topic of the component, instead of a stream per topic; its durable consumers are named {durable}_{topic}." },
    durableName: { type: "string", description: "The durable consumer's name instead of the consumer group." },
    queueGroupName: { type: "string", description: "Accepted for compatibility: subscribers of one durable pull consumer share its messages without a queue group." },
    deliverPolicy: { type: "string", default: "all", oneOf: ["all", "last", "new", "sequence", "time"], description: "Where a new durable consumer starts in the stream." },
    startSequence: { type: "number", description: 'The first stream sequence, with deliverPolicy "sequence".' },
    startTime: { type: "number", description: 'The start time in Unix seconds, with deliverPolicy "time".' },
    ackPolicy: { type: "string", default: "explicit", oneOf: ["explicit", "all", "none"], description: "The consumer's acknowledgement policy; explicit acks each message once processed." },
    ackWait: { type: "duration", description: "How long the server waits for an ack before redelivering (30 s by default); a RETRY is redelivered after it. Extended while the app processes the message." },
    maxDeliver: { type: "number", description: "How many times a message is delivered at most (no limit by default)." },
    maxAckPending: { type: "number", description: "Unacknowledged messages the consumer allows at once; with concurrency parallel also the handler calls in flight (default 100)." },
    backOff: { type: "list", description: 'Redelivery delays after missed acks, e.g. "[1s, 5s, 30s]".' },
    replicas: { type: "number", description: "Replicas of a stream created by pillion (1 by default)." },
    memoryStorage: { type: "boolean", default: false, description: "Create streams (and consumers) in memory instead of files: faster, lost on a server restart." },
    concurrency: { type: "string", default: "single", oneOf: ["single", "parallel"], description: '"single" hands one message at a time to the app, in stream order; "parallel" up to maxAckPending.' },
    domain: { type: "string", description: "The JetStream domain." },
    apiPrefix: { type: "string", description: "The JetStream API prefix." },
    flowControl: { type: "boolean", default: false, description: "Accepted for compatibility (push consumers only)." },
    rateLimit: { type: "number", description: "Accepted for compatibility (push consumers only)." },
    heartbeat: { type: "duration", description: "Accepted for compatibility (push consumers only)." },
  }),
  features: [],
  create: async (config, ctx) => {
    if ((config.jwt === undefined) !== (config.seedKey === undefined)) throw new Error(`spec.metadata: ${config.jwt === undefined ? "missing jwt" : "missing seed key"}`);
    if ((config.tls_client_cert === undefined) !== (config.tls_client_key === undefined)) {
      throw new Error(`spec.metadata: ${config.tls_client_cert === undefined ? "missing tls client cert" : "missing tls client key"}`);
    }
    const backOff = (config.backOff ?? []).map((s) => s.replace(/^\[|\]$/g, "").trim()).filter(Boolean).map((s) => {
      const ms = parseDuration(s);
      if (ms === undefined) throw new Error(`spec.metadata.backOff: "${s}" is not a duration`);
      return ms;
    });
    const deliverPolicy = deliverPolicies[config.deliverPolicy]!;
    if (deliverPolicy === DeliverPolicy.StartSequence && config.startSequence === undefined) throw new Error('spec.metadata.startSequence: is required with deliverPolicy "sequence"');
    if (deliverPolicy === DeliverPolicy.StartTime && config.startTime === undefined) throw new Error('spec.metadata.startTime: is required with deliverPolicy "time"');
    const servers = config.natsURL.split(",").map((s) => s.trim()).filter(Boolean);
    const address = servers.map((s) => s.replace(/^[a-z]+:\/\//i, "").replace(/^[^@]*@/, "")).join(",");
    const options: ConnectionOptions = {
      servers,
      name: config.name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
      waitOnFirstConnect: false,
      timeout: 5000,
      ...(config.token !== undefined && { token: config.token }),
      ...(config.jwt !== undefined && config.seedKey !== undefined && { authenticator: jwtAuthenticator(config.jwt, new TextEncoder().encode(config.seedKey)) }),
      ...(config.tls_client_cert !== undefined && { tls: { cert: config.tls_client_cert, key: config.tls_client_key } }),
    };
    let nc;
    try {
      nc = await connect(options);
    } catch (e) {
      throw new Error(`jetstream: error connecting to nats at ${address}: ${messageOf(e)}`);
    }
    const jsOpts = { ...(config.domain !== undefined && { domain: config.domain }), ...(config.apiPrefix !== undefined && { apiPrefix: config.apiPrefix }), timeout: 5000 };
    let jsm;
    try {
      jsm = await jetstreamManager(nc, jsOpts);
    } catch (e) {
      await nc.close().catch(() => undefined);
      throw new Error(`jetstream: nats at ${address} does not offer JetStream (start nats-server with -js): ${messageOf(e)}`);
    }
    const parallel = config.concurrency === "parallel";
    return new JetStreamPubSub(nc, jsm, address, {
      streamName: config.streamName,
      durableName: config.durableName,
      memoryStorage: config.memoryStorage,
      replicas: config.replicas ?? 1,
      deliverPolicy,
      startSequence: config.startSequence,
      startTime: config.startTime !== undefined ? new Date(config.startTime * 1000) : undefined,
      ackPolicy: ackPolicies[config.ackPolicy]!,
      ackWait: config.ackWait,
      maxDeliver: config.maxDeliver,
      maxAckPending: config.maxAckPending,
      backOff,
      concurrency: parallel ? (config.maxAckPending ?? 100) : 1,
      requestTimeout: 5000,
      logger: ctx.logger,
    });
  },
});
