import { connect, type IClientOptions, type MqttClient } from "mqtt";
import type { BindingDriver, BindingInvokeRequest, BindingInvokeResponse, InputBindingHandle, InputBindingHandler } from "../../../components/bindings/binding.js";
import { pause } from "../../../util/backoff.js";
import type { Logger } from "../../../util/logger.js";
import { DeferredAcks } from "../../pubsub/mqtt3/deferred-acks.js";

export interface MqttBindingOptions {
  readonly url: string;
  /** host:port, for messages (never the URL: it may hold a password). */
  readonly address: string;
  readonly clientOptions: IClientOptions;
  readonly topic: string;
  readonly consumerID: string;
  readonly qos: 0 | 1 | 2;
  readonly retain: boolean;
  readonly cleanSession: boolean;
  /** Handler attempts after the first failure (Dapr's backOffMaxRetries); -1: until it succeeds. */
  readonly backOffMaxRetries: number;
  readonly retryIntervalMs: number;
  readonly connectTimeoutMs: number;
  readonly logger: Logger;
}

/**
 * Dapr's MQTT 3 binding: output `create` publishes the data to the
 * component's topic (or the request's `topic` metadata) with its qos and
 * retain, through a producer connection (client id <consumerID>-producer)
 * and resolves on the broker's PUBACK; input subscribes to the topic through
 * a consumer connection (<consumerID>-consumer, a persistent session unless
 * cleanSession) and hands messages to the app one at a time, in order, with
 * the `topic` metadata. A message is acknowledged once the app took it; a
 * failed one is retried every retryIntervalMs up to backOffMaxRetries times
 * and then left unacknowledged (the broker sends it again when the session
 * reconnects).
 */
export class MqttBinding implements BindingDriver {
  private producer: Promise<MqttClient> | undefined;
  private consumer: MqttClient | undefined;
  private readonly closed = new AbortController();

  constructor(private readonly opts: MqttBindingOptions) {}

  async invoke(req: BindingInvokeRequest): Promise<BindingInvokeResponse | undefined> {
    if (req.operation !== "create") throw new Error(`invalid operation type: ${req.operation}`);
    const topic = req.metadata["topic"] || this.opts.topic;
    const client = await this.producerClient();
    try {
      await withTimeout(client.publishAsync(topic, Buffer.from(req.data), { qos: this.opts.qos, retain: this.opts.retain }), 10_000, "mqtt client timeout");
    } catch (e) {
      throw new Error(`failed to publish: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    return undefined;
  }

  async read(handler: InputBindingHandler): Promise<InputBindingHandle> {
    if (this.consumer) throw new Error("mqtt binding: already reading");
    const client = connect(this.opts.url, {
      ...this.opts.clientOptions,
      clientId: `${this.opts.consumerID}-consumer`,
      clean: this.opts.cleanSession,
      reconnectPeriod: 1000,
      connectTimeout: this.opts.connectTimeoutMs,
    });
    this.consumer = client;
    const acks = new DeferredAcks(client);
    let generation = 0;
    let chain = Promise.resolve();
    const stop = new AbortController();
    this.closed.signal.addEventListener("abort", () => stop.abort(), { once: true });
    client.on("error", (e) => this.opts.logger.warn("mqtt binding: consumer connection error", { address: this.opts.address, error: e.message }));
    client.on("close", () => {
      generation++;
      acks.reset();
    });
    let first = true;
    client.on("connect", (connack) => {
      generation++;
      acks.reset();
      if (first) {
        first = false; // the first connection subscribes below, before read() resolves
        return;
      }
      if (!connack.sessionPresent || this.opts.cleanSession) {
        client.subscribe(this.opts.topic, { qos: this.opts.qos }, (err) => {
          if (err) this.opts.logger.warn("mqtt binding: subscribe failed", { topic: this.opts.topic, error: err.message });
        });
      }
    });
    client.handleMessage = (packet, callback) => {
      const id = packet.messageId;
      const gen = generation;
      if (id !== undefined && packet.qos > 0) acks.hold(id);
      callback();
      const event = { data: new Uint8Array(packet.payload as Buffer), metadata: { topic: packet.topic } };
      chain = chain.then(async () => {
        for (let attempt = 0; !stop.signal.aborted; attempt++) {
          try {
            await handler(event);
            if (id !== undefined && packet.qos > 0 && gen === generation) acks.ack(id);
            return;
          } catch (e) {
            const max = this.opts.backOffMaxRetries;
            if (max >= 0 && attempt >= max) {
              this.opts.logger.warn("mqtt binding: the app did not take a message; the broker sends it again when the session reconnects", { topic: packet.topic, error: e });
              return;
            }
            await pause(this.opts.retryIntervalMs, stop.signal);
          }
        }
      });
    };
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`mqtt binding: no connection to ${this.opts.address} within ${this.opts.connectTimeoutMs} ms`)), this.opts.connectTimeoutMs);
      client.once("connect", (connack) => {
        // Subscribed before resolving, so nothing published after read() resolves is missed.
        if (connack.sessionPresent && !this.opts.cleanSession) {
          clearTimeout(timer);
          resolve();
          return;
        }
        client.subscribe(this.opts.topic, { qos: this.opts.qos }, (err) => {
          clearTimeout(timer);
          if (err) reject(err);
          else resolve();
        });
      });
    }).catch(async (e: unknown) => {
      this.consumer = undefined;
      await client.endAsync(true).catch(() => undefined);
      throw e;
    });
    return {
      close: async () => {
        stop.abort();
        await chain;
        // Not UNSUBSCRIBE: the persistent session keeps what arrives meanwhile, as Dapr's consumer does.
        await client.endAsync().catch(() => undefined);
        this.consumer = undefined;
      },
    };
  }

  async close(): Promise<void> {
    this.closed.abort();
    const producer = this.producer;
    this.producer = undefined;
    await Promise.all([
      producer?.then((c) => c.endAsync()).catch(() => undefined),
      this.consumer?.endAsync().catch(() => undefined),
    ]);
  }

  private producerClient(): Promise<MqttClient> {
    this.producer ??= new Promise<MqttClient>((resolve, reject) => {
      const client = connect(this.opts.url, {
        ...this.opts.clientOptions,
        clientId: `${this.opts.consumerID}-producer`,
        clean: true,
        reconnectPeriod: 1000,
        connectTimeout: this.opts.connectTimeoutMs,
      });
      client.on("error", (e) => this.opts.logger.warn("mqtt binding: producer connection error", { address: this.opts.address, error: e.message }));
      const timer = setTimeout(() => {
        client.end(true);
        reject(new Error(`failed to create producer connection: no connection to ${this.opts.address} within ${this.opts.connectTimeoutMs} ms`));
      }, this.opts.connectTimeoutMs);
      client.once("connect", () => {
        clearTimeout(timer);
        resolve(client);
      });
    }).catch((e: unknown) => {
      this.producer = undefined;
      throw e;
    });
    return this.producer;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  p.catch(() => undefined);
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() => clearTimeout(timer));
}
