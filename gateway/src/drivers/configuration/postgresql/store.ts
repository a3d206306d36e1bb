import { randomUUID } from "node:crypto";
import type pg from "pg";
import type {
  ConfigurationDriver,
  ConfigurationGetRequest,
  ConfigurationItems,
  ConfigurationSubscribeRequest,
  ConfigurationUpdateHandler,
} from "../../../components/configuration/configuration-store.js";
import type { Logger } from "../../../util/logger.js";
import type { PgListener } from "./listener.js";
import { identifierPattern, keyPattern, latestPerKey, parseNotification, type ConfigRow } from "./rows.js";

interface Subscription {
  readonly channel: string;
  /** Undefined: every key. */
  readonly keys?: ReadonlySet<string>;
  readonly handler: ConfigurationUpdateHandler;
  chain: Promise<void>;
  closed: boolean;
}

export interface PostgresConfigurationOptions {
  readonly table: string;
  /** The component's notify channel; when unset, each subscription names one in its pgNotifyChannel metadata. */
  readonly notifyChannel: string | undefined;
  readonly logger: Logger;
}

/**
 * Configuration items in daprd's PostgreSQL table (key, value, version,
 * metadata), watched through LISTEN on the channel the table's trigger
 * NOTIFYs (the component's notifyChannel, or a subscription's
 * pgNotifyChannel metadata). Every notification goes to the subscriptions
 * on its channel that watch its key, in arrival order.
 */
export class PostgresConfigurationStore implements ConfigurationDriver {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly table: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly listener: PgListener,
    private readonly opts: PostgresConfigurationOptions,
  ) {
    this.table = opts.table;
  }

  async get(req: ConfigurationGetRequest): Promise<ConfigurationItems> {
    for (const key of req.keys) if (!keyPattern.test(key)) throw new Error(`invalid key : '${key}'`);
    const sql =
      req.keys.length === 0
        ? `SELECT key, value, version, metadata FROM ${this.table}`
        : `SELECT key, value, version, metadata FROM ${this.table} WHERE key = ANY($1::text[])`;
    try {
      const res = await this.pool.query<ConfigRow>(sql, req.keys.length === 0 ? [] : [req.keys]);
      return latestPerKey(res.rows);
    } catch (e) {
      throw new Error(`error in querying configuration store: ${describe(e)}`, { cause: e });
    }
  }

  async subscribe(req: ConfigurationSubscribeRequest, handler: ConfigurationUpdateHandler): Promise<string> {
    let channel = this.opts.notifyChannel;
    if (!channel) for (const [k, v] of Object.entries(req.metadata)) if (k.toLowerCase() === "pgnotifychannel") channel = v;
    if (!channel) {
      throw new Error(`unable to subscribe to "${this.table}". notifyChannel must be set in component metadata or request metadata`);
    }
    if (channel.length > 64) throw new Error(`notifyChannel name is too long - "${channel}". max allowed length is 64`);
    if (!identifierPattern.test(channel)) throw new Error(`invalid notifyChannel name "${channel}". non-alphanumerics or upper cased names are not supported`);
    try {
      await this.listener.listen(channel);
    } catch (e) {
      throw new Error(`error listening to channel ${channel}: ${describe(e)}`, { cause: e });
    }
    const id = randomUUID();
    this.subscriptions.set(id, { channel, ...(req.keys.length > 0 && { keys: new Set(req.keys) }), handler, chain: Promise.resolve(), closed: false });
    return id;
  }

  async unsubscribe(id: string): Promise<void> {
    const sub = this.subscriptions.get(id);
    if (!sub) throw new Error(`unable to find subscription with ID : ${id}`);
    sub.closed = true;
    this.subscriptions.delete(id);
    await this.listener.unlisten(sub.channel).catch((e: unknown) => this.opts.logger.warn("could not UNLISTEN", { channel: sub.channel, error: describe(e) }));
  }

  async ping(): Promise<void> {
    await this.pool.query("SELECT 1");
  }

  async close(): Promise<void> {
    for (const sub of this.subscriptions.values()) sub.closed = true;
    this.subscriptions.clear();
    await this.listener.close();
    await this.pool.end().catch(() => undefined);
  }

  /** Called by the listener for each NOTIFY. */
  notify(channel: string, payload: string): void {
    const change = parseNotification(payload);
    if (!change) {
      this.opts.logger.info("unknown format of data received in notify event", { channel, payload });
      return;
    }
    for (const [id, sub] of this.subscriptions) {
      if (sub.channel !== channel || (sub.keys && !sub.keys.has(change.key))) continue;
      sub.chain = sub.chain
        .then(() => (sub.closed ? undefined : sub.handler({ id, items: { [change.key]: change.item } })))
        .catch((e: unknown) => this.opts.logger.warn("a configuration subscriber failed to take an update", { id, error: e }));
    }
  }
}

export function describe(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length) return e.errors.map((x: unknown) => (x instanceof Error ? x.message : String(x))).join("; ");
  return e instanceof Error ? e.message || e.constructor.name : String(e);
}
