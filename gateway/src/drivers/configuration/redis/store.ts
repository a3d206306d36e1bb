import { randomUUID } from "node:crypto";
import type {
  ConfigurationDriver,
  ConfigurationGetRequest,
  ConfigurationItem,
  ConfigurationItems,
  ConfigurationSubscribeRequest,
  ConfigurationUpdateHandler,
} from "../../../components/configuration/configuration-store.js";
import type { Logger } from "../../../util/logger.js";
import type { RedisConnection } from "../../state/redis/connection.js";
import { keyspacePrefix, missingEventFlags, parseStoredValue, requiredEventFlags } from "./values.js";

interface Subscription {
  /** Undefined: every key. */
  readonly keys?: ReadonlySet<string>;
  readonly handler: ConfigurationUpdateHandler;
  /** This subscription's handler calls, one after the other. */
  chain: Promise<void>;
  closed: boolean;
  /** What was last handed over per key ("value||version"), so one state is never delivered twice. */
  readonly last: Map<string, string>;
}

const noMetadata: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Configuration items in Redis, laid out as daprd's Redis configuration
 * store keeps them ("value||version" strings), watched through keyspace
 * notifications on a second connection: SUBSCRIBE per watched key,
 * PSUBSCRIBE for subscriptions to every key. Each notification reads the
 * key once and hands the item (empty when deleted or expired) to the
 * interested subscriptions in arrival order. A notification carries no
 * value, so changes made in quick succession may be read (and delivered)
 * as their newest state only, once: a subscriber always ends with the
 * newest item, but may not see every intermediate one (as with daprd).
 */
export class RedisConfigurationStore implements ConfigurationDriver {
  private readonly subscriptions = new Map<string, Subscription>();
  /** Subscribed keyspace channels (one per watched key) and the pattern for every key, with how many subscriptions use each. */
  private readonly channelUse = new Map<string, number>();
  private patternUse = 0;
  private readonly prefix: string;
  private notificationsChecked: Promise<void> | undefined;

  constructor(
    private readonly conn: RedisConnection,
    private readonly listener: RedisConnection,
    db: number,
    private readonly logger: Logger,
  ) {
    this.prefix = keyspacePrefix(db);
    listener.client.on("message", (channel: string) => this.onNotification(channel, false));
    listener.client.on("pmessage", (_pattern: string, channel: string) => this.onNotification(channel, true));
    // Keyspace notifications are a server setting: a restarted Redis may have lost it.
    listener.client.on("ready", () => {
      if (this.subscriptions.size === 0) return;
      this.notificationsChecked = undefined;
      this.ensureNotifications().catch((e: unknown) => this.logger.warn("could not enable Redis keyspace notifications after reconnecting", { error: e }));
    });
  }

  async get(req: ConfigurationGetRequest): Promise<ConfigurationItems> {
    try {
      const keys = req.keys.length > 0 ? [...req.keys] : await this.allStringKeys();
      const out: Record<string, ConfigurationItem> = {};
      if (keys.length === 0) return out;
      // MGET answers nil for keys that are missing or are not strings; daprd skips both.
      const values = await this.conn.client.mget(...keys);
      keys.forEach((key, i) => {
        const stored = values[i];
        if (stored === null || stored === undefined) return;
        const { value, version } = parseStoredValue(stored);
        if (value !== "") out[key] = { value, version, metadata: noMetadata };
      });
      return out;
    } catch (e) {
      throw new Error(this.conn.describe(e), { cause: e });
    }
  }

  async subscribe(req: ConfigurationSubscribeRequest, handler: ConfigurationUpdateHandler): Promise<string> {
    await this.ensureNotifications();
    const id = randomUUID();
    const keys = req.keys.length > 0 ? new Set(req.keys) : undefined;
    const sub: Subscription = { ...(keys && { keys }), handler, chain: Promise.resolve(), closed: false, last: new Map() };
    try {
      if (keys) {
        const fresh = [...keys].filter((k) => !this.channelUse.has(this.prefix + k));
        for (const k of keys) this.channelUse.set(this.prefix + k, (this.channelUse.get(this.prefix + k) ?? 0) + 1);
        if (fresh.length) await this.listener.client.subscribe(...fresh.map((k) => this.prefix + k));
      } else if (this.patternUse++ === 0) {
        await this.listener.client.psubscribe(`${this.prefix}*`);
      }
    } catch (e) {
      await this.release(sub);
      throw new Error(`failed to subscribe to keyspace notifications: ${this.listener.describe(e)}`, { cause: e });
    }
    this.subscriptions.set(id, sub);
    return id;
  }

  async unsubscribe(id: string): Promise<void> {
    const sub = this.subscriptions.get(id);
    if (!sub) throw new Error(`subscription with id ${id} does not exist`);
    sub.closed = true;
    this.subscriptions.delete(id);
    await this.release(sub).catch((e: unknown) => this.logger.warn("could not unsubscribe from keyspace notifications", { error: e }));
  }

  async ping(): Promise<void> {
    try {
      await this.conn.client.ping();
    } catch (e) {
      throw new Error(this.conn.describe(e), { cause: e });
    }
  }

  async close(): Promise<void> {
    for (const sub of this.subscriptions.values()) sub.closed = true;
    this.subscriptions.clear();
    await Promise.all([this.listener.close(), this.conn.close()]);
  }

  /** Drops a subscription's share of the channels, unsubscribing those nobody uses any more. */
  private async release(sub: Subscription): Promise<void> {
    if (sub.keys) {
      const unused: string[] = [];
      for (const k of sub.keys) {
        const channel = this.prefix + k;
        const n = (this.channelUse.get(channel) ?? 1) - 1;
        if (n <= 0) {
          this.channelUse.delete(channel);
          unused.push(channel);
        } else this.channelUse.set(channel, n);
      }
      if (unused.length) await this.listener.client.unsubscribe(...unused);
    } else if (--this.patternUse === 0) {
      await this.listener.client.punsubscribe(`${this.prefix}*`);
    }
  }

  /**
   * Turns on the keyspace events daprd relies on (notify-keyspace-events
   * Kg$xe, added to what the server has), once; when the server refuses
   * CONFIG SET and does not have them, subscribing fails saying so.
   */
  private ensureNotifications(): Promise<void> {
    this.notificationsChecked ??= (async () => {
      let current = "";
      try {
        const answer = (await this.conn.client.config("GET", "notify-keyspace-events")) as unknown as string[];
        current = answer[1] ?? "";
      } catch (e) {
        if (!/unknown command|NOPERM|disabled/i.test(String(e))) throw new Error(this.conn.describe(e), { cause: e });
      }
      const wanted = missingEventFlags(current);
      if (wanted === undefined) return;
      try {
        await this.conn.client.config("SET", "notify-keyspace-events", wanted);
      } catch (e) {
        throw new Error(
          `Redis keyspace notifications are off and could not be turned on (${this.conn.describe(e)}): set notify-keyspace-events to "${requiredEventFlags}" in the server's configuration`,
          { cause: e },
        );
      }
    })().catch((e: unknown) => {
      this.notificationsChecked = undefined;
      throw e;
    });
    return this.notificationsChecked;
  }

  private async allStringKeys(): Promise<string[]> {
    const keys: string[] = [];
    let cursor = "0";
    do {
      const [next, batch] = await this.conn.client.scan(cursor, "COUNT", 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== "0");
    return keys;
  }

  /** One keyspace event: read the key once, then hand it to each interested subscription in order. */
  private onNotification(channel: string, fromPattern: boolean): void {
    if (!channel.startsWith(this.prefix)) return;
    const key = channel.slice(this.prefix.length);
    const interested = [...this.subscriptions].filter(([, s]) => (fromPattern ? s.keys === undefined : s.keys?.has(key)));
    if (interested.length === 0) return;
    const item = this.conn.client.get(key).then(
      (stored): ConfigurationItem => (stored === null ? { value: "", version: "", metadata: noMetadata } : { ...parseStoredValue(stored), metadata: noMetadata }),
      (e: unknown) => {
        // A non-string key (WRONGTYPE) is not a configuration item; a lost connection loses this event.
        this.logger.warn("could not read a changed configuration key", { key, error: this.conn.describe(e) });
        return undefined;
      },
    );
    for (const [id, sub] of interested) {
      sub.chain = sub.chain
        .then(async () => {
          const it = await item;
          if (it === undefined || sub.closed) return;
          // Changes in quick succession can all read the newest value: hand it over once.
          const seen = `${it.value}||${it.version}`;
          if (sub.last.get(key) === seen) return;
          if (it.value === "" && it.version === "") sub.last.delete(key);
          else sub.last.set(key, seen);
          await sub.handler({ id, items: { [key]: it } });
        })
        .catch((e: unknown) => this.logger.warn("a configuration subscriber failed to take an update", { id, error: e }));
    }
  }
}
