/**
 * One PostgreSQL connection that LISTENs on the channels subscriptions use,
 * reconnecting with backoff when the connection is lost and LISTENing again
 * on every channel (notifications sent while it was away are lost: NOTIFY
 * is not durable).
 */
import pg from "pg";
import { exponentialBackoffMs } from "../../../util/backoff.js";
import type { Logger } from "../../../util/logger.js";

/** Waits between LISTEN reconnection attempts: 100 ms doubling up to 5 s. */
const reconnectBackoff = { initialMs: 100, multiplier: 2, maxMs: 5000 };

export type NotificationHandler = (channel: string, payload: string) => void;

export class PgListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly channels = new Map<string, number>();
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private attempt = 0;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly onNotification: NotificationHandler,
    private readonly logger: Logger,
  ) {}

  /** Starts listening on a channel (counted: each listen needs an unlisten). */
  async listen(channel: string): Promise<void> {
    const n = this.channels.get(channel) ?? 0;
    this.channels.set(channel, n + 1);
    if (n > 0) return;
    try {
      const client = await this.connected();
      await client.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (e) {
      this.channels.delete(channel);
      throw e;
    }
  }

  async unlisten(channel: string): Promise<void> {
    const n = (this.channels.get(channel) ?? 1) - 1;
    if (n > 0) {
      this.channels.set(channel, n);
      return;
    }
    this.channels.delete(channel);
    if (this.client) await this.client.query(`UNLISTEN ${quoteIdent(channel)}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client(this.config);
      client.on("error", (e) => this.lost(client, e));
      client.on("end", () => this.lost(client));
      client.on("notification", (m) => this.onNotification(m.channel, m.payload ?? ""));
      try {
        await client.connect();
      } catch (e) {
        client.removeAllListeners("end");
        await client.end().catch(() => undefined);
        throw e;
      }
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private lost(client: pg.Client, e?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.logger.warn("postgresql LISTEN connection lost; reconnecting", { error: e?.message ?? "connection ended" });
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    const delay = exponentialBackoffMs(reconnectBackoff, ++this.attempt);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.reconnect();
    }, delay);
    this.retryTimer.unref();
  }

  private async reconnect(): Promise<void> {
    if (this.closed || this.channels.size === 0) {
      this.attempt = 0;
      return;
    }
    try {
      const client = await this.connected();
      for (const channel of this.channels.keys()) await client.query(`LISTEN ${quoteIdent(channel)}`);
      this.attempt = 0;
      this.logger.info("postgresql LISTEN connection restored", { channels: [...this.channels.keys()] });
    } catch {
      this.scheduleReconnect();
    }
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
