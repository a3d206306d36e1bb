/**
 * The AMQP connection of a RabbitMQ component: a bounded first connect (so
 * start-up fails clearly), then reconnection every `reconnectWait` for as
 * long as the component lives. Listeners learn when a new connection is up
 * (subscriptions declare their topology and consume again) and callers get
 * the reason when there is none.
 */
import { connect, type ChannelModel, type ConfirmChannel, type SocketOptions } from "amqplib";
import type { Logger } from "../../../util/logger.js";
import { pause } from "../../../util/backoff.js";
import { messageOf } from "../shared/delivery-gate.js";

export interface RabbitConnectionOptions {
  /** amqp:// or amqps:// URL. */
  readonly url: string;
  readonly socketOptions: SocketOptions;
  /** Heartbeat in seconds (0: none). */
  readonly heartbeatSeconds: number;
  /** Wait between reconnection attempts (ms). */
  readonly reconnectWait: number;
  /** Timeout of one connection attempt (ms). */
  readonly connectTimeout: number;
  readonly logger: Logger;
}

export class RabbitConnection {
  private model: ChannelModel | undefined;
  private publishChannel: Promise<ConfirmChannel> | undefined;
  private lastError: string | undefined;
  private readonly upListeners = new Set<(model: ChannelModel) => void>();
  private readonly closed = new AbortController();
  private reconnecting = false;

  constructor(
    private readonly opts: RabbitConnectionOptions,
    /** host:port, for messages (never the URL: it may hold a password). */
    readonly address: string,
  ) {}

  /** Connects once; rejects with the reason when the broker cannot be reached. */
  async start(): Promise<void> {
    this.attach(await this.dial());
  }

  get current(): ChannelModel | undefined {
    return this.model;
  }

  /** Why there is no connection right now, if there is none. */
  get downReason(): string | undefined {
    return this.model ? undefined : (this.lastError ?? "not connected");
  }

  /** Calls `fn` with every new connection (after a reconnect); returns a function that stops it. */
  onUp(fn: (model: ChannelModel) => void): () => void {
    this.upListeners.add(fn);
    return () => this.upListeners.delete(fn);
  }

  /** The confirm channel publishes go through, created on first use and again after it closed. */
  async confirmChannel(): Promise<ConfirmChannel> {
    const model = this.model;
    if (!model) throw new Error(`rabbitmq at ${this.address} is unreachable: ${this.downReason}`);
    this.publishChannel ??= model.createConfirmChannel().then(
      (ch) => {
        ch.on("error", (e: Error) => this.opts.logger.warn("rabbitmq pub/sub: the publishing channel was closed by the broker", { error: e.message }));
        ch.on("close", () => {
          this.publishChannel = undefined;
        });
        return ch;
      },
      (e: unknown) => {
        this.publishChannel = undefined;
        throw e;
      },
    );
    return this.publishChannel;
  }

  /** A cause for an error, with the connection problem when there is one. */
  describe(e: unknown): string {
    const msg = messageOf(e);
    const down = this.downReason;
    if (down !== undefined && !msg.includes(down)) return `rabbitmq at ${this.address} is unreachable (${down}): ${msg}`;
    return msg;
  }

  async close(): Promise<void> {
    this.closed.abort();
    const model = this.model;
    this.model = undefined;
    this.publishChannel = undefined;
    if (model) await model.close().catch(() => undefined);
  }

  private async dial(): Promise<ChannelModel> {
    const { url, socketOptions, heartbeatSeconds, connectTimeout } = this.opts;
    const u = new URL(url);
    u.searchParams.set("heartbeat", String(heartbeatSeconds));
    try {
      return await connect(u.toString(), { timeout: connectTimeout, ...socketOptions, clientProperties: { connection_name: socketOptions.clientProperties?.["connection_name"] ?? "pillion" } });
    } catch (e) {
      this.lastError = describeConnectError(e);
      throw new Error(this.lastError);
    }
  }

  private attach(model: ChannelModel): void {
    this.model = model;
    this.lastError = undefined;
    model.on("error", (e: Error) => {
      this.lastError = e.message;
    });
    model.on("close", (e?: Error) => {
      if (this.model !== model) return;
      this.model = undefined;
      this.publishChannel = undefined;
      this.lastError = e?.message ?? this.lastError ?? "the connection was closed";
      if (this.closed.signal.aborted) return;
      this.opts.logger.warn("rabbitmq pub/sub: connection lost; reconnecting", { address: this.address, error: this.lastError, reconnectWaitMs: this.opts.reconnectWait });
      void this.reconnect();
    });
    for (const fn of this.upListeners) fn(model);
  }

  private async reconnect(): Promise<void> {
    if (this.reconnecting) return;
    this.reconnecting = true;
    let attempts = 0;
    try {
      while (await pause(this.opts.reconnectWait, this.closed.signal)) {
        attempts++;
        try {
          const model = await this.dial();
          if (this.closed.signal.aborted) {
            await model.close().catch(() => undefined);
            return;
          }
          this.opts.logger.info("rabbitmq pub/sub: connection restored", { address: this.address, attempts });
          this.attach(model);
          return;
        } catch {
          if (attempts === 1 || attempts % 20 === 0) this.opts.logger.warn("rabbitmq pub/sub: still unreachable", { address: this.address, error: this.lastError, attempts });
        }
      }
    } finally {
      this.reconnecting = false;
    }
  }
}

/** A connection error as a sentence (AggregateError from dual-stack dialling has an empty message). */
function describeConnectError(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length) return e.errors.map((x) => messageOf(x)).join("; ");
  const err = e as { code?: string; message?: string };
  return err.message || err.code || String(e);
}
