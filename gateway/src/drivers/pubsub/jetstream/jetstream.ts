/**
 * Pub/sub on NATS JetStream. Each topic is a subject kept by a stream (one
 * per topic, named after it, or the component's streamName), created with
 * file storage when missing, so a broker restart loses nothing acknowledged.
 * A publish resolves on the stream's PubAck; the CloudEvent id is the
 * Nats-Msg-Id (the stream drops a duplicate of a retried publish), as daprd
 * sends it.
 *
 * Each consumer group is a durable pull consumer (durableName or the group)
 * with explicit acks; its subscribers fetch only as many messages as they
 * have room for, so they share the group's messages. Outcomes: success acks,
 * drop terminates (never redelivered), retry naks (after ackWait when it is
 * set, as daprd does). While a handler call runs the message's ack deadline
 * is extended (working), so only a crashed subscriber lets it expire and the
 * server redelivers it.
 */
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from "@nats-io/jetstream";
import { headers as natsHeaders, type NatsConnection } from "@nats-io/transport-node";
import type {
  MessageHandler,
  PubSubDriver,
  PublishRequest,
  ReceivedMessage,
  SubscribeRequest,
  SubscriptionHandle,
} from "../../../components/pubsub/pubsub.js";
import type { Logger } from "../../../util/logger.js";
import { pause } from "../../../util/backoff.js";
import { DeliveryGate, messageOf } from "../shared/delivery-gate.js";
import { ReadFailures } from "../shared/read-failures.js";
import { durableNameFor, invalidSubject, streamNameFor } from "./names.js";

export interface JetStreamOptions {
  readonly streamName: string | undefined;
  readonly durableName: string | undefined;
  readonly memoryStorage: boolean;
  readonly replicas: number;
  readonly deliverPolicy: DeliverPolicy;
  readonly startSequence: number | undefined;
  readonly startTime: Date | undefined;
  readonly ackPolicy: AckPolicy;
  /** ms; undefined: the server's default (30 s). */
  readonly ackWait: number | undefined;
  readonly maxDeliver: number | undefined;
  readonly maxAckPending: number | undefined;
  /** ms each. */
  readonly backOff: readonly number[];
  /** Handler calls in flight per subscription (1: in stream order). */
  readonly concurrency: number;
  /** Timeout of one JetStream API request or publish (ms). */
  readonly requestTimeout: number;
  readonly logger: Logger;
}

const prefix = "jetstream:";
const contentTypeHeader = "Content-Type";
const defaultAckWait = 30_000;
const ns = (ms: number) => Math.round(ms * 1_000_000);

export class JetStreamPubSub implements PubSubDriver {
  private readonly js: JetStreamClient;
  private readonly streams = new Map<string, Promise<string>>();
  private readonly subscriptions = new Set<JetStreamSubscription>();
  private down: string | undefined;
  private closed = false;

  constructor(
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    /** host:port, for messages. */
    readonly address: string,
    private readonly opts: JetStreamOptions,
  ) {
    this.js = jetstream(nc, { timeout: opts.requestTimeout });
    void this.watchStatus();
  }

  async publish(req: PublishRequest): Promise<void> {
    if (this.closed) throw new Error(`${prefix} the component is closed`);
    const invalid = invalidSubject(req.topic);
    if (invalid) throw new Error(`${prefix} ${invalid}`);
    this.assertConnected();
    try {
      await this.ensureStream(req.topic);
      const h = natsHeaders();
      for (const [k, v] of Object.entries(req.metadata)) setHeader(h, k, v);
      if (req.contentType !== undefined) setHeader(h, contentTypeHeader, req.contentType);
      const msgID = cloudEventId(req.data, req.contentType);
      await this.js.publish(req.topic, req.data, { headers: h, timeout: this.opts.requestTimeout, ...(msgID !== undefined && { msgID }) });
    } catch (e) {
      throw new Error(`${prefix} error publishing to ${req.topic}: ${this.describe(e)}`);
    }
  }

  async subscribe(req: SubscribeRequest, handler: MessageHandler): Promise<SubscriptionHandle> {
    if (this.closed) throw new Error(`${prefix} the component is closed`);
    const invalid = invalidSubject(req.topic);
    if (invalid) throw new Error(`${prefix} ${invalid}`);
    this.assertConnected();
    const durable = durableNameFor(req.consumerGroup, req.topic, this.opts.durableName, this.opts.streamName !== undefined && this.opts.streamName !== "");
    let stream: string;
    try {
      stream = await this.ensureStream(req.topic);
      await this.ensureConsumer(stream, durable, req.topic);
    } catch (e) {
      throw new Error(`${prefix} error subscribing to ${req.topic} as consumer ${durable}: ${this.describe(e)}`);
    }
    const sub = new JetStreamSubscription(req.topic, stream, durable, handler, this.js, this.opts, () => this.reensure(req.topic, stream, durable), (e) => this.describe(e));
    this.subscriptions.add(sub);
    sub.onClosed = () => this.subscriptions.delete(sub);
    sub.start();
    return sub;
  }

  async ping(): Promise<void> {
    this.assertConnected();
    try {
      await this.nc.flush();
    } catch (e) {
      throw new Error(`${prefix} ${this.describe(e)}`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    // Drain sends the acks still buffered; a connection that cannot drain is closed.
    await Promise.race([this.nc.drain().catch(() => undefined), new Promise((r) => setTimeout(r, 3000).unref())]);
    if (!this.nc.isClosed()) await this.nc.close().catch(() => undefined);
  }

  private assertConnected(): void {
    if (this.down !== undefined) throw new Error(`${prefix} nats at ${this.address} is unreachable (${this.down})`);
  }

  private describe(e: unknown): string {
    const msg = messageOf(e);
    if (this.down !== undefined && !msg.includes(this.down)) return `nats at ${this.address} is unreachable (${this.down}): ${msg}`;
    return msg;
  }

  private async watchStatus(): Promise<void> {
    for await (const s of this.nc.status()) {
      if (s.type === "disconnect") {
        this.down = "disconnected";
        if (!this.closed) this.opts.logger.warn("jetstream: connection to nats lost; reconnecting", { address: this.address });
      } else if (s.type === "reconnect") {
        this.down = undefined;
        this.opts.logger.info("jetstream: connection to nats restored", { address: this.address });
      } else if (s.type === "error" && this.down !== undefined) {
        this.down = `disconnected: ${messageOf((s as { error?: unknown }).error ?? "error")}`;
      } else if (s.type === "close") {
        this.down = "the connection is closed";
      }
    }
  }

  /** The stream that keeps `topic`, created (file storage) or extended with the subject when needed. */
  private ensureStream(topic: string): Promise<string> {
    let p = this.streams.get(topic);
    if (!p) {
      p = this.createOrExtendStream(topic);
      this.streams.set(topic, p);
      p.catch(() => this.streams.delete(topic));
    }
    return p;
  }

  private async createOrExtendStream(topic: string): Promise<string> {
    const name = streamNameFor(topic, this.opts.streamName);
    try {
      const info = await this.jsm.streams.info(name);
      const subjects = info.config.subjects ?? [];
      if (!subjects.includes(topic)) {
        await this.jsm.streams.update(name, { ...info.config, subjects: [...subjects, topic] });
        this.opts.logger.info("jetstream: added the topic's subject to the stream", { stream: name, topic });
      }
      return name;
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
    try {
      await this.jsm.streams.add({
        name,
        subjects: [topic],
        storage: this.opts.memoryStorage ? StorageType.Memory : StorageType.File,
        retention: RetentionPolicy.Limits,
        num_replicas: Math.max(1, this.opts.replicas),
      });
      this.opts.logger.info("jetstream: created a stream for the topic", { stream: name, topic, storage: this.opts.memoryStorage ? "memory" : "file" });
    } catch (e) {
      // Another sidecar created it meanwhile: use it (and add the subject if needed).
      if (/already in use|already exists/i.test(messageOf(e))) return this.createOrExtendStream(topic);
      throw e;
    }
    return name;
  }

  private consumerConfig(durable: string, topic: string): Partial<ConsumerConfig> {
    const o = this.opts;
    return {
      durable_name: durable,
      ack_policy: o.ackPolicy,
      deliver_policy: o.deliverPolicy,
      filter_subject: topic,
      ...(o.startSequence !== undefined && o.deliverPolicy === DeliverPolicy.StartSequence && { opt_start_seq: o.startSequence }),
      ...(o.startTime !== undefined && o.deliverPolicy === DeliverPolicy.StartTime && { opt_start_time: o.startTime.toISOString() }),
      ...(o.ackWait !== undefined && { ack_wait: ns(o.ackWait) }),
      ...(o.maxDeliver !== undefined && { max_deliver: o.maxDeliver }),
      ...(o.maxAckPending !== undefined && { max_ack_pending: o.maxAckPending }),
      ...(o.backOff.length > 0 && { backoff: o.backOff.map(ns) }),
      ...(o.memoryStorage && { mem_storage: true }),
    };
  }

  /** Creates the durable consumer, or updates the settings that can change on an existing one. */
  private async ensureConsumer(stream: string, durable: string, topic: string): Promise<void> {
    const config = this.consumerConfig(durable, topic);
    try {
      await this.jsm.consumers.add(stream, config);
    } catch (e) {
      if (!/already exists|already in use/i.test(messageOf(e))) throw e;
      const { ack_wait, max_deliver, max_ack_pending, backoff } = config;
      await this.jsm.consumers.update(stream, durable, {
        ...(ack_wait !== undefined && { ack_wait }),
        ...(max_deliver !== undefined && { max_deliver }),
        ...(max_ack_pending !== undefined && { max_ack_pending }),
        ...(backoff !== undefined && { backoff }),
      });
    }
  }

  /** After the stream or consumer disappeared (a broker that lost its store): create them again. */
  private async reensure(topic: string, stream: string, durable: string): Promise<void> {
    this.streams.delete(topic);
    await this.ensureStream(topic);
    await this.ensureConsumer(stream, durable, topic);
  }
}

class JetStreamSubscription implements SubscriptionHandle {
  onClosed?: () => void;
  private readonly gate: DeliveryGate;
  private readonly log: Logger;
  private readonly inFlight = new Set<JsMsg>();
  private batch: ConsumerMessages | undefined;
  private loops: Promise<void>[] = [];
  private closing: Promise<void> | undefined;

  constructor(
    private readonly topic: string,
    private readonly stream: string,
    private readonly durable: string,
    handler: MessageHandler,
    private readonly js: JetStreamClient,
    private readonly opts: JetStreamOptions,
    private readonly reensure: () => Promise<void>,
    private readonly describe: (e: unknown) => string,
  ) {
    this.gate = new DeliveryGate(handler, opts.concurrency);
    this.log = opts.logger;
  }

  start(): void {
    this.loops = [this.fetchLoop(), ...(this.opts.ackPolicy === AckPolicy.None ? [] : [this.workingLoop()])];
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.onClosed?.();
      const gateClosed = this.gate.close();
      await this.batch?.close().catch(() => undefined);
      await Promise.all([gateClosed, ...this.loops]);
    })();
    return this.closing;
  }

  /** Pulls as many messages as there is room for, as long as the subscription lives. */
  private async fetchLoop(): Promise<void> {
    const signal = this.gate.signal;
    const failures = new ReadFailures();
    while (!signal.aborted) {
      await this.gate.slot();
      if (signal.aborted) return;
      try {
        const consumer = await this.js.consumers.get(this.stream, this.durable);
        while (!signal.aborted) {
          await this.gate.slot();
          if (signal.aborted) return;
          const batch = await consumer.fetch({ max_messages: Math.min(this.gate.free, 256), expires: 5000 });
          this.batch = batch;
          for await (const m of batch) this.dispatch(m);
          this.batch = undefined;
          failures.succeeded();
        }
      } catch (e) {
        this.batch = undefined;
        if (signal.aborted) return;
        if (failures.failed()) this.log.warn("jetstream: error fetching messages; retrying", { topic: this.topic, stream: this.stream, consumer: this.durable, error: this.describe(e) });
        if (isNotFound(e)) {
          this.log.warn("jetstream: the stream or consumer is gone; creating it again", { topic: this.topic, stream: this.stream, consumer: this.durable });
          await this.reensure().catch((err: unknown) => this.log.debug("jetstream: could not create the stream or consumer yet", { error: this.describe(err) }));
        }
        await failures.backoff(signal);
      }
    }
  }

  /** Extends the ack deadline of messages whose handler call is still running. */
  private async workingLoop(): Promise<void> {
    const every = Math.max(100, Math.floor((this.opts.ackWait ?? defaultAckWait) / 3));
    while (await pause(every, this.gate.signal)) {
      for (const m of this.inFlight) {
        try {
          m.working();
        } catch {
          // disconnected: the server redelivers after the deadline
        }
      }
    }
  }

  private dispatch(m: JsMsg): void {
    if (this.gate.closing) {
      if (this.opts.ackPolicy !== AckPolicy.None) m.nak();
      return;
    }
    this.inFlight.add(m);
    void this.gate.deliver(toMessage(this.topic, m)).then((outcome) => {
      this.inFlight.delete(m);
      if (this.opts.ackPolicy === AckPolicy.None) return;
      try {
        if (outcome === "success") m.ack();
        // (no reason: servers before 2.10.4 ignore a +TERM with one)
        else if (outcome === "drop") m.term();
        else if (this.opts.ackWait !== undefined) m.nak(this.opts.ackWait);
        else m.nak();
      } catch (e) {
        this.log.debug("jetstream: could not settle a message; the server redelivers it", { topic: this.topic, outcome, error: messageOf(e) });
      }
    });
  }
}

function toMessage(topic: string, m: JsMsg): ReceivedMessage {
  const metadata: Record<string, string> = {};
  let contentType: string | undefined;
  if (m.headers) {
    for (const [k, values] of m.headers) {
      if (k === contentTypeHeader) contentType = values[0];
      else if (!/^nats-/i.test(k) && values.length > 0) metadata[k] = values[0]!;
    }
  }
  return { topic: m.subject || topic, data: m.data, metadata, deliveryCount: m.info.deliveryCount, ...(contentType !== undefined && { contentType }) };
}

function setHeader(h: ReturnType<typeof natsHeaders>, k: string, v: string): void {
  try {
    h.set(k, v);
  } catch {
    // a name or value NATS headers cannot hold (e.g. a line break) is left out
  }
}

/** The CloudEvent id of an envelope, used as Nats-Msg-Id so the stream drops a retried duplicate. */
function cloudEventId(data: Uint8Array, contentType: string | undefined): string | undefined {
  if (contentType !== undefined && !/json/i.test(contentType)) return undefined;
  if (data.byteLength === 0 || data[0] !== 0x7b /* { */) return undefined;
  try {
    const ce = JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8")) as { id?: unknown; specversion?: unknown };
    return typeof ce.id === "string" && ce.id !== "" && ce.specversion !== undefined ? ce.id : undefined;
  } catch {
    return undefined;
  }
}

function isNotFound(e: unknown): boolean {
  if (e instanceof JetStreamApiError && (e.code === 10059 || e.code === 10014)) return true;
  return /not found/i.test(messageOf(e));
}
