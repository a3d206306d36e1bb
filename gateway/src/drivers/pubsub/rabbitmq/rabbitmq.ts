/**
 * Pub/sub on RabbitMQ, with daprd's topology so both can share a broker: a
 * topic is an exchange (fanout by default), each consumer group has its own
 * queue `{consumerGroup}-{topic}` bound to it (or the subscription's
 * `queueName`), and the group's subscribers consume that queue.
 *
 * A publish goes through a confirm channel and resolves when the broker
 * confirmed it (persistent, with deliveryMode 2, so a durable queue keeps it
 * across a broker restart). Deliveries are acked manually once the handler's
 * outcome is known: success acks; drop acks, or rejects into the queue's
 * dead-letter exchange with `enableDeadLetter`; retry nacks with requeue (or
 * without, into the dead-letter exchange, with requeueInFailure false). A
 * lost connection is re-established every `reconnectWaitSeconds`, and every
 * subscription declares its queue and consumes again on the new connection;
 * what was unacked is redelivered by the broker.
 */
import type { Channel, ChannelModel, ConsumeMessage, Options } from "amqplib";
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
import type { RabbitConnection } from "./connection.js";

export interface RabbitMqOptions {
  readonly exchangeKind: string;
  readonly durable: boolean;
  readonly deletedWhenUnused: boolean;
  readonly deliveryMode: number;
  readonly publisherConfirm: boolean;
  readonly enableDeadLetter: boolean;
  readonly requeueInFailure: boolean;
  readonly autoAck: boolean;
  readonly prefetchCount: number;
  /** "single": one handler call at a time per subscription, in queue order; "parallel": up to prefetchCount (0: no limit). */
  readonly concurrency: "single" | "parallel";
  readonly maxLen: number | undefined;
  readonly maxLenBytes: number | undefined;
  /** Default message TTL (ms) for publishes without ttlInSeconds. */
  readonly defaultTtl: number | undefined;
  readonly publishMessagePropertiesToMetadata: boolean;
  readonly reconnectWait: number;
  readonly logger: Logger;
}

const prefix = "rabbitmq pub/sub error:";
/** Headers the broker adds (dead-lettering, quorum queue delivery counts), not publish metadata. */
const brokerHeaders = /^x-(death|delivery-count|first-death-|last-death-)/;

export class RabbitMqPubSub implements PubSubDriver {
  private readonly subscriptions = new Set<QueueSubscription>();
  /** Exchanges declared on the current publishing channel. */
  private declared = new WeakMap<object, Set<string>>();
  private closed = false;

  constructor(
    private readonly conn: RabbitConnection,
    private readonly opts: RabbitMqOptions,
  ) {}

  async publish(req: PublishRequest): Promise<void> {
    if (this.closed) throw new Error(`${prefix} the component is closed`);
    let ch;
    try {
      ch = await this.conn.confirmChannel();
      await this.ensureExchange(ch, req.topic);
    } catch (e) {
      throw new Error(`${prefix} publishing to ${req.topic}: ${this.conn.describe(e)}`);
    }
    const options = this.publishOptions(req);
    const content = Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength);
    const routingKey = req.metadata["routingKey"] ?? "";
    await new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => reject(new Error(`${prefix} publishing to ${req.topic}: ${this.conn.describe(e)}`));
      try {
        if (this.opts.publisherConfirm) {
          ch.publish(req.topic, routingKey, content, options, (err: unknown) => (err ? fail(err instanceof Error ? err : new Error(`the broker did not confirm the message (${String(err)})`)) : resolve()));
        } else {
          ch.publish(req.topic, routingKey, content, options);
          resolve();
        }
      } catch (e) {
        fail(e);
      }
    });
  }

  async subscribe(req: SubscribeRequest, handler: MessageHandler): Promise<SubscriptionHandle> {
    if (this.closed) throw new Error(`${prefix} the component is closed`);
    if (req.topic === "") throw new Error(`${prefix} the topic is empty`);
    const queue = req.metadata["queueName"] || `${req.consumerGroup}-${req.topic}`;
    const sub = new QueueSubscription(req, queue, handler, this.conn, this.opts, this.queueArguments(req, queue));
    this.subscriptions.add(sub);
    sub.onClosed = () => this.subscriptions.delete(sub);
    try {
      await sub.start();
    } catch (e) {
      await sub.close();
      throw e;
    }
    return sub;
  }

  async ping(): Promise<void> {
    const reason = this.conn.downReason;
    if (reason !== undefined) throw new Error(`rabbitmq at ${this.conn.address} is unreachable: ${reason}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.conn.close();
  }

  private async ensureExchange(ch: object & { assertExchange: Channel["assertExchange"] }, topic: string): Promise<void> {
    let set = this.declared.get(ch);
    if (!set) this.declared.set(ch, (set = new Set()));
    if (set.has(topic)) return;
    await ch.assertExchange(topic, this.opts.exchangeKind, { durable: this.opts.durable, autoDelete: this.opts.deletedWhenUnused });
    set.add(topic);
  }

  private publishOptions(req: PublishRequest): Options.Publish {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.metadata)) headers[k] = v;
    const meta = (name: string) => Object.entries(req.metadata).find(([k, v]) => v !== "" && k.toLowerCase() === name.toLowerCase())?.[1];
    const ttlSeconds = meta("ttlInSeconds");
    let expiration: string | undefined;
    if (ttlSeconds !== undefined && /^\d+$/.test(ttlSeconds.trim())) expiration = String(Number(ttlSeconds.trim()) * 1000);
    else if (this.opts.defaultTtl !== undefined) expiration = String(this.opts.defaultTtl);
    const priority = meta("priority");
    const contentType = req.contentType ?? meta("contentType");
    return {
      persistent: this.opts.deliveryMode === 2,
      deliveryMode: this.opts.deliveryMode === 2 ? 2 : 1,
      headers,
      ...(contentType !== undefined && { contentType }),
      ...(expiration !== undefined && { expiration }),
      ...(priority !== undefined && /^\d+$/.test(priority) && { priority: Number(priority) }),
      ...(meta("messageID") !== undefined && { messageId: meta("messageID") }),
      ...(meta("correlationID") !== undefined && { correlationId: meta("correlationID") }),
      ...(meta("type") !== undefined && { type: meta("type") }),
    };
  }

  /** x-arguments of a group's queue, from the component and the subscription's metadata (as daprd reads them). */
  private queueArguments(req: SubscribeRequest, queue: string): Record<string, unknown> {
    const args: Record<string, unknown> = {};
    if (this.opts.enableDeadLetter) args["x-dead-letter-exchange"] = `dlx-${queue}`;
    if (this.opts.maxLen !== undefined && this.opts.maxLen > 0) args["x-max-length"] = this.opts.maxLen;
    if (this.opts.maxLenBytes !== undefined && this.opts.maxLenBytes > 0) args["x-max-length-bytes"] = this.opts.maxLenBytes;
    const md = req.metadata;
    const uint = (name: string, value: string) => {
      if (!/^\d+$/.test(value.trim())) throw new Error(`${prefix} subscription metadata ${name} "${value}" is not a whole number`);
      return Number(value.trim());
    };
    if (md["maxPriority"]) args["x-max-priority"] = Math.min(uint("maxPriority", md["maxPriority"]), 255);
    const queueType = md["queueType"] || "classic";
    if (queueType !== "classic" && queueType !== "quorum") throw new Error(`invalid queue type ${queueType}. Valid types are classic and quorum`);
    args["x-queue-type"] = queueType;
    if (/^(1|t|true|y|yes|on)$/i.test(md["singleActiveConsumer"] ?? "")) args["x-single-active-consumer"] = true;
    if (md["maxLenBytes"]) args["x-max-length-bytes"] = uint("maxLenBytes", md["maxLenBytes"]);
    if (md["maxLen"]) args["x-max-length"] = uint("maxLen", md["maxLen"]);
    return args;
  }
}

class QueueSubscription implements SubscriptionHandle {
  onClosed?: () => void;
  private readonly gate: DeliveryGate;
  private readonly log: Logger;
  private channel: Channel | undefined;
  private consumerTag: string | undefined;
  /** Deliveries received and not yet handed to the handler, in queue order. */
  private backlog: { msg: ConsumeMessage; ch: Channel }[] = [];
  private stopUp: (() => void) | undefined;
  private establishing: Promise<void> | undefined;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly req: SubscribeRequest,
    private readonly queue: string,
    handler: MessageHandler,
    private readonly conn: RabbitConnection,
    private readonly opts: RabbitMqOptions,
    private readonly args: Record<string, unknown>,
  ) {
    this.gate = new DeliveryGate(handler, opts.concurrency === "single" ? 1 : opts.prefetchCount);
    this.log = opts.logger;
  }

  /** Declares the topology and consumes; while the broker is unreachable, it does so once it is back. */
  async start(): Promise<void> {
    this.stopUp = this.conn.onUp((model) => void this.establishLogged(model));
    const model = this.conn.current;
    if (model) await this.establish(model);
    else this.log.warn("rabbitmq pub/sub: the broker is unreachable; the subscription starts once it is back", { topic: this.req.topic, queue: this.queue, error: this.conn.downReason });
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.onClosed?.();
      this.stopUp?.();
      const ch = this.channel;
      // No new deliveries; the handler calls in flight see the abort and settle (retry: requeued).
      if (ch && this.consumerTag) await ch.cancel(this.consumerTag).catch(() => undefined);
      await this.establishing?.catch(() => undefined);
      await this.gate.close();
      // Deliveries never handed out go back to the queue with the channel.
      this.backlog = [];
      if (this.channel) await this.channel.close().catch(() => undefined);
      this.channel = undefined;
    })();
    return this.closing;
  }

  private async establishLogged(model: ChannelModel): Promise<void> {
    try {
      await this.establish(model);
      this.log.info("rabbitmq pub/sub: subscription restored", { topic: this.req.topic, queue: this.queue });
    } catch (e) {
      this.log.error("rabbitmq pub/sub: could not restore the subscription", { topic: this.req.topic, queue: this.queue, error: messageOf(e) });
    }
  }

  private establish(model: ChannelModel): Promise<void> {
    const p = this.doEstablish(model);
    this.establishing = p;
    return p;
  }

  private async doEstablish(model: ChannelModel): Promise<void> {
    if (this.gate.closing) return;
    const { topic } = this.req;
    const ch = await model.createChannel();
    ch.on("error", (e: Error) => this.log.warn("rabbitmq pub/sub: a subscription channel was closed by the broker", { topic, queue: this.queue, error: e.message }));
    ch.on("close", () => this.onChannelClosed(ch, model));
    try {
      await ch.assertExchange(topic, this.opts.exchangeKind, { durable: this.opts.durable, autoDelete: this.opts.deletedWhenUnused });
      if (this.opts.enableDeadLetter) {
        const dlx = `dlx-${this.queue}`;
        const dlq = `dlq-${this.queue}`;
        await ch.assertExchange(dlx, "fanout", { durable: true, autoDelete: this.opts.deletedWhenUnused });
        const dlqArgs: Record<string, unknown> = { "x-queue-mode": "lazy" };
        if (this.opts.maxLen !== undefined && this.opts.maxLen > 0) dlqArgs["x-max-length"] = this.opts.maxLen;
        if (this.opts.maxLenBytes !== undefined && this.opts.maxLenBytes > 0) dlqArgs["x-max-length-bytes"] = this.opts.maxLenBytes;
        await ch.assertQueue(dlq, { durable: true, autoDelete: this.opts.deletedWhenUnused, arguments: dlqArgs });
        await ch.bindQueue(dlq, dlx, "");
      }
      await ch.assertQueue(this.queue, { durable: this.opts.durable, autoDelete: this.opts.deletedWhenUnused, exclusive: false, arguments: this.args });
      if (this.opts.prefetchCount > 0) await ch.prefetch(this.opts.prefetchCount);
      for (const key of (this.req.metadata["routingKey"] ?? "").split(",")) await ch.bindQueue(this.queue, topic, key);
      if (this.gate.closing) {
        await ch.close().catch(() => undefined);
        return;
      }
      this.channel = ch;
      const { consumerTag } = await ch.consume(this.queue, (msg) => this.onDelivery(ch, msg), { noAck: this.opts.autoAck });
      this.consumerTag = consumerTag;
    } catch (e) {
      await ch.close().catch(() => undefined);
      throw new Error(`${prefix} subscribing to topic ${topic} (queue ${this.queue}): ${this.conn.describe(e)}`);
    }
  }

  /** A channel closed by the broker while the connection lives (e.g. the queue was deleted) is opened again after reconnectWait. */
  private onChannelClosed(ch: Channel, model: ChannelModel): void {
    if (this.channel !== ch) return;
    this.channel = undefined;
    this.consumerTag = undefined;
    this.backlog = this.backlog.filter((b) => b.ch !== ch);
    if (this.gate.closing) return;
    void (async () => {
      if (!(await pause(this.opts.reconnectWait, this.gate.signal))) return;
      if (this.conn.current === model) await this.establishLogged(model);
    })();
  }

  private onDelivery(ch: Channel, msg: ConsumeMessage | null): void {
    if (msg === null) {
      // The broker cancelled the consumer (the queue was deleted): consume again on a fresh channel.
      this.log.warn("rabbitmq pub/sub: the broker cancelled the consumer; subscribing again", { topic: this.req.topic, queue: this.queue });
      void ch.close().catch(() => undefined);
      return;
    }
    this.backlog.push({ msg, ch });
    this.pump();
  }

  private pump(): void {
    while (this.backlog.length > 0 && this.gate.free > 0 && !this.gate.closing) {
      const { msg, ch } = this.backlog.shift()!;
      void this.gate.deliver(this.toMessage(msg)).then((outcome) => {
        this.settle(ch, msg, outcome);
        this.pump();
      });
    }
  }

  private settle(ch: Channel, msg: ConsumeMessage, outcome: "success" | "retry" | "drop"): void {
    if (this.opts.autoAck) return;
    try {
      if (outcome === "success") ch.ack(msg);
      else if (outcome === "drop") {
        if (this.opts.enableDeadLetter) ch.nack(msg, false, false);
        else ch.ack(msg);
      } else ch.nack(msg, false, this.opts.requeueInFailure);
    } catch (e) {
      // The channel closed meanwhile: the broker redelivers the message.
      this.log.debug("rabbitmq pub/sub: could not settle a delivery; the broker redelivers it", { topic: this.req.topic, queue: this.queue, outcome, error: messageOf(e) });
    }
  }

  private toMessage(msg: ConsumeMessage): ReceivedMessage {
    const metadata: Record<string, string> = {};
    const headers = msg.properties.headers ?? {};
    for (const [k, v] of Object.entries(headers)) {
      if (v === undefined || v === null || brokerHeaders.test(k)) continue;
      metadata[k] = typeof v === "string" ? v : Buffer.isBuffer(v) ? v.toString("utf8") : String(v);
    }
    if (this.opts.publishMessagePropertiesToMetadata) {
      const p = msg.properties;
      if (p.messageId) metadata["metadata.messageid"] = String(p.messageId);
      if (p.correlationId) metadata["metadata.correlationid"] = String(p.correlationId);
      if (p.type) metadata["metadata.type"] = String(p.type);
      if (p.contentType) metadata["metadata.contenttype"] = String(p.contentType);
      for (const [k, v] of Object.entries(headers)) if (v !== undefined && v !== null) metadata[`metadata.${k}`] = typeof v === "string" ? v : Buffer.isBuffer(v) ? v.toString("utf8") : String(v);
    }
    const deaths = Number(headers["x-delivery-count"]);
    const deliveryCount = Number.isFinite(deaths) && deaths > 0 ? deaths + 1 : msg.fields.redelivered ? 2 : 1;
    const contentType = msg.properties.contentType as string | undefined;
    return { topic: this.req.topic, data: msg.content, metadata, deliveryCount, ...(contentType && { contentType }) };
  }
}
