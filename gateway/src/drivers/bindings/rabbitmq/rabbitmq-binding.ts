import type { Channel, ChannelModel, ConsumeMessage, Options } from "amqplib";
import type { BindingDriver, BindingInvokeRequest, BindingInvokeResponse, InputBindingHandle, InputBindingHandler } from "../../../components/bindings/binding.js";
import type { Logger } from "../../../util/logger.js";
import type { RabbitConnection } from "../../pubsub/rabbitmq/connection.js";
import { requestPriority, requestTtlMs } from "../../shared/request-metadata.js";

export interface RabbitBindingOptions {
  readonly queueName: string;
  readonly durable: boolean;
  readonly exclusive: boolean;
  readonly deleteWhenUnused: boolean;
  readonly prefetchCount: number;
  readonly maxPriority: number | undefined;
  /** The queue's default message TTL (x-message-ttl), in ms. */
  readonly queueTtlMs: number | undefined;
  readonly logger: Logger;
}

/**
 * Dapr's RabbitMQ binding on one queue, declared with the component's
 * settings (durable, exclusive, auto-delete, x-message-ttl, x-max-priority)
 * on every connection. Output `create` publishes the data to the queue
 * (persistent, text/plain, the request metadata as headers, `ttlInSeconds`
 * as the expiration and `priority`) and resolves once the broker confirms
 * it. Input consumes the queue with manual acks: an event the app took is
 * acked, one it did not is nacked and requeued (as Dapr does), and consuming
 * starts again after a reconnect.
 */
export class RabbitMqBinding implements BindingDriver {
  private consumer: { handler: InputBindingHandler; channel?: Channel; tag?: string; inFlight: Set<Promise<void>>; stopped: boolean } | undefined;
  private readonly stopUp: () => void;

  constructor(
    private readonly conn: RabbitConnection,
    private readonly opts: RabbitBindingOptions,
  ) {
    this.stopUp = conn.onUp((model) => {
      void this.declare(model).catch((e: unknown) => opts.logger.warn("rabbitmq binding: could not declare the queue after reconnecting", { error: conn.describe(e) }));
      if (this.consumer && !this.consumer.stopped) void this.consume(model);
    });
  }

  /** Declares the queue once at start-up (so a mismatch with an existing queue stops start-up). */
  async start(): Promise<void> {
    const model = this.conn.current;
    if (!model) throw new Error(`rabbitmq at ${this.conn.address} is unreachable: ${this.conn.downReason}`);
    await this.declare(model);
  }

  async invoke(req: BindingInvokeRequest): Promise<BindingInvokeResponse | undefined> {
    if (req.operation !== "create") throw new Error(`invalid operation type: ${req.operation}`);
    const headers: Record<string, string> = { ...req.metadata };
    const options: Options.Publish = { persistent: true, contentType: "text/plain", headers };
    const ttl = requestTtlMs(req.metadata);
    if (ttl !== undefined) options.expiration = String(Math.trunc(ttl));
    const priority = requestPriority(req.metadata);
    if (priority !== undefined) options.priority = priority;
    try {
      const ch = await this.conn.confirmChannel();
      await new Promise<void>((resolve, reject) => {
        ch.sendToQueue(this.opts.queueName, Buffer.from(req.data), options, (err: unknown) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve()));
      });
    } catch (e) {
      throw new Error(`failed to publish message: ${this.conn.describe(e)}`, { cause: e });
    }
    return undefined;
  }

  async read(handler: InputBindingHandler): Promise<InputBindingHandle> {
    if (this.consumer) throw new Error("rabbitmq binding: already reading");
    const consumer = { handler, inFlight: new Set<Promise<void>>(), stopped: false };
    this.consumer = consumer;
    const model = this.conn.current;
    // Without a connection now, consuming starts once the connection is back.
    if (model) await this.consume(model);
    return {
      close: async () => {
        consumer.stopped = true;
        const c = this.consumer;
        if (c?.channel && c.tag) await c.channel.cancel(c.tag).catch(() => undefined);
        await Promise.allSettled([...consumer.inFlight]);
        await c?.channel?.close().catch(() => undefined);
        this.consumer = undefined;
      },
    };
  }

  async close(): Promise<void> {
    this.stopUp();
    if (this.consumer) this.consumer.stopped = true;
    await this.conn.close();
  }

  private async declare(model: ChannelModel): Promise<void> {
    const ch = await model.createChannel();
    try {
      await ch.assertQueue(this.opts.queueName, this.queueOptions());
    } finally {
      await ch.close().catch(() => undefined);
    }
  }

  private queueOptions(): Options.AssertQueue {
    const args: Record<string, unknown> = {};
    if (this.opts.queueTtlMs !== undefined) args["x-message-ttl"] = Math.trunc(this.opts.queueTtlMs);
    if (this.opts.maxPriority !== undefined) args["x-max-priority"] = this.opts.maxPriority;
    return { durable: this.opts.durable, exclusive: this.opts.exclusive, autoDelete: this.opts.deleteWhenUnused, arguments: args };
  }

  private async consume(model: ChannelModel): Promise<void> {
    const c = this.consumer;
    if (!c || c.stopped) return;
    const ch = await model.createChannel();
    ch.on("error", (e: Error) => this.opts.logger.warn("rabbitmq binding: the consuming channel was closed by the broker", { error: e.message }));
    if (this.opts.prefetchCount > 0) await ch.prefetch(this.opts.prefetchCount);
    await ch.assertQueue(this.opts.queueName, this.queueOptions());
    c.channel = ch;
    const { consumerTag } = await ch.consume(this.opts.queueName, (msg: ConsumeMessage | null) => {
      if (!msg) return;
      const metadata: Record<string, string> = {};
      for (const [k, v] of Object.entries(msg.properties.headers ?? {})) if (typeof v === "string") metadata[encodeURIComponent(k)] = v;
      const done = c
        .handler({ data: new Uint8Array(msg.content), metadata })
        .then(
          () => ch.ack(msg),
          () => ch.nack(msg, false, true),
        )
        .catch(() => undefined /* the channel closed: the broker redelivers */)
        .finally(() => c.inFlight.delete(done));
      c.inFlight.add(done);
    });
    c.tag = consumerTag;
  }
}
