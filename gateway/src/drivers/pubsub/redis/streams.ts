/**
 * Pub/sub on Redis Streams, laid out as daprd lays it out so both can share a
 * Redis: the topic is the stream key, an entry holds `data` (the bytes) and
 * `metadata` (the publish metadata as JSON), and each consumer group is a
 * Redis consumer group named after it (consumer name: the group, as daprd).
 *
 * At-least-once: an entry read with XREADGROUP stays pending until the
 * handler's outcome is success or drop (XACK). A "retry" leaves it pending.
 * Every `redeliverInterval`, pending entries idle for `processingTimeout` or
 * longer (a retry, or a consumer that crashed before acking) are claimed
 * with XCLAIM and handed out again. While a handler call runs, its entry's
 * idle time is reset every processingTimeout/3, so a long call (the block's
 * own retries) is not taken for a crash.
 */
import type { Redis } from "ioredis";
import type {
  MessageHandler,
  PubSubDriver,
  PublishRequest,
  ReceivedMessage,
  SubscribeRequest,
  SubscriptionHandle,
} from "../../../components/pubsub/pubsub.js";
import type { Logger } from "../../../util/logger.js";
import type { RedisConnection } from "../../state/redis/connection.js";
import { pause } from "../../../util/backoff.js";
import { DeliveryGate, messageOf } from "../shared/delivery-gate.js";
import { ReadFailures } from "../shared/read-failures.js";

export interface RedisStreamsOptions {
  /** Handler calls in flight per subscription (1 keeps stream order). */
  readonly concurrency: number;
  /** Most entries one XREADGROUP or one reclaim round takes. */
  readonly queueDepth: number;
  /** How long an entry stays pending before it is claimed again (ms); 0 disables redelivery. */
  readonly processingTimeout: number;
  /** How often pending entries are checked for redelivery (ms); 0 disables redelivery. */
  readonly redeliverInterval: number;
  /** XACK an entry whose outcome is retry too (no redelivery by Redis). */
  readonly ackOnError: boolean;
  /** XADD MAXLEN ~ this (0: no trimming). */
  readonly maxLenApprox: number;
  /** XADD MINID ~ now minus this (ms; 0: no trimming). */
  readonly streamTTL: number;
  /** How long one XREADGROUP blocks (ms). */
  readonly blockMs: number;
  readonly logger: Logger;
}

type Fields = (string | Buffer)[];
type StreamEntry = [id: Buffer, fields: Fields];

export class RedisStreamsPubSub implements PubSubDriver {
  private readonly subscriptions = new Set<StreamSubscription>();
  private closed = false;

  constructor(
    private readonly conn: RedisConnection,
    private readonly opts: RedisStreamsOptions,
  ) {}

  async publish(req: PublishRequest): Promise<void> {
    if (this.closed) throw new Error("redis streams: the component is closed");
    const trim: string[] = [];
    if (this.opts.maxLenApprox > 0) trim.push("MAXLEN", "~", String(this.opts.maxLenApprox));
    else if (this.opts.streamTTL > 0) trim.push("MINID", "~", `${Date.now() - this.opts.streamTTL}-0`);
    const fields: (string | Buffer)[] = ["data", Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength), "metadata", JSON.stringify(req.metadata)];
    if (req.contentType !== undefined) fields.push("contentType", req.contentType);
    try {
      await this.conn.client.xadd(req.topic, ...trim, "*", ...fields);
    } catch (e) {
      throw new Error(`redis streams: error from publish: ${this.conn.describe(e)}`);
    }
  }

  async subscribe(req: SubscribeRequest, handler: MessageHandler): Promise<SubscriptionHandle> {
    if (this.closed) throw new Error("redis streams: the component is closed");
    if (req.topic === "") throw new Error("redis streams: the topic is empty");
    await this.createGroup(req.topic, req.consumerGroup);
    const reader = this.conn.client.duplicate({ commandTimeout: undefined, lazyConnect: true }) as Redis;
    reader.on("error", () => undefined); // reported by the main connection's listener
    const sub = new StreamSubscription(req.topic, req.consumerGroup, handler, reader, this.conn, this.opts, () => this.createGroup(req.topic, req.consumerGroup));
    this.subscriptions.add(sub);
    sub.onClosed = () => this.subscriptions.delete(sub);
    sub.start();
    return sub;
  }

  async ping(): Promise<void> {
    try {
      await this.conn.client.ping();
    } catch (e) {
      throw new Error(`redis streams: ${this.conn.describe(e)}`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.conn.close();
  }

  /** XGROUP CREATE ... MKSTREAM from the stream's start (as daprd); an existing group is fine. */
  private async createGroup(topic: string, group: string): Promise<void> {
    try {
      await this.conn.client.xgroup("CREATE", topic, group, "0", "MKSTREAM");
    } catch (e) {
      if (/BUSYGROUP/.test(messageOf(e))) return;
      throw new Error(`redis streams: error creating consumer group ${group} on stream ${topic}: ${this.conn.describe(e)}`);
    }
  }
}

class StreamSubscription implements SubscriptionHandle {
  onClosed?: () => void;
  private readonly gate: DeliveryGate;
  private readonly log: Logger;
  /** Entries handed to the handler and not settled yet. */
  private readonly inFlight = new Set<string>();
  private loops: Promise<void>[] = [];
  private closing?: Promise<void>;

  constructor(
    private readonly topic: string,
    private readonly group: string,
    handler: MessageHandler,
    private readonly reader: Redis,
    private readonly conn: RedisConnection,
    private readonly opts: RedisStreamsOptions,
    private readonly recreateGroup: () => Promise<void>,
  ) {
    this.gate = new DeliveryGate(handler, opts.concurrency);
    this.log = opts.logger;
  }

  private get redelivers(): boolean {
    return this.opts.processingTimeout > 0 && this.opts.redeliverInterval > 0;
  }

  start(): void {
    this.loops = [this.readLoop(), ...(this.redelivers ? [this.reclaimLoop(), this.keepAliveLoop()] : [])];
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.onClosed?.();
      const gateClosed = this.gate.close();
      this.reader.disconnect(); // ends a blocking XREADGROUP at once
      await Promise.all([gateClosed, ...this.loops]);
    })();
    return this.closing;
  }

  /** New entries: XREADGROUP ... > as long as there is room for another handler call. */
  private async readLoop(): Promise<void> {
    const signal = this.gate.signal;
    const failures = new ReadFailures();
    while (!signal.aborted) {
      await this.gate.slot();
      if (signal.aborted) return;
      const count = Math.max(1, Math.min(this.opts.queueDepth, this.gate.free));
      let entries: StreamEntry[];
      try {
        if (this.reader.status === "wait") await this.reader.connect();
        const res = (await this.reader.xreadgroupBuffer("GROUP", this.group, this.group, "COUNT", count, "BLOCK", this.opts.blockMs, "STREAMS", this.topic, ">")) as
          | [Buffer, StreamEntry[]][]
          | null;
        entries = res?.[0]?.[1] ?? [];
        failures.succeeded();
      } catch (e) {
        if (signal.aborted) return;
        const logIt = failures.failed();
        const msg = messageOf(e);
        if (/NOGROUP/.test(msg)) {
          this.log.warn("redis streams: the consumer group is gone (data loss on the server, or the group or stream was deleted); recreating it", { topic: this.topic, consumerGroup: this.group });
          await this.recreateGroup().catch(() => undefined);
        } else if (logIt) {
          this.log.error("redis streams: error reading from the stream; retrying", { topic: this.topic, consumerGroup: this.group, error: this.conn.describe(e) });
        }
        await failures.backoff(signal);
        continue;
      }
      for (const [id, fields] of entries) this.dispatch(id.toString(), fields, 1);
    }
  }

  /** Pending entries idle for processingTimeout: claimed and handed out again, every redeliverInterval. */
  private async reclaimLoop(): Promise<void> {
    const signal = this.gate.signal;
    do {
      try {
        await this.reclaim();
      } catch (e) {
        if (!signal.aborted) this.log.warn("redis streams: error reclaiming pending entries", { topic: this.topic, consumerGroup: this.group, error: this.conn.describe(e) });
      }
    } while (await pause(this.opts.redeliverInterval, signal));
  }

  private async reclaim(): Promise<void> {
    const signal = this.gate.signal;
    const client = this.conn.client;
    let start = "-";
    for (;;) {
      await this.gate.slot();
      if (signal.aborted) return;
      const room = Math.max(1, Math.min(this.opts.queueDepth, this.gate.free));
      // XPENDING key group IDLE ms start end count: entries idle long enough, with their delivery counts.
      const pending = (await client.xpending(this.topic, this.group, "IDLE", this.opts.processingTimeout, start, "+", room)) as [string, string, number, number][];
      const candidates = pending.filter(([id]) => !this.inFlight.has(id));
      if (candidates.length === 0) {
        if (pending.length < room) return;
        start = `(${pending[pending.length - 1]![0]}`;
        continue;
      }
      const ids = candidates.map(([id]) => id);
      const counts = new Map(candidates.map(([id, , , times]) => [id, times]));
      // Claimed only when still idle that long (another replica may have claimed them meanwhile).
      const claimed = (await client.callBuffer("XCLAIM", this.topic, this.group, this.group, String(this.opts.processingTimeout), ...ids)) as (StreamEntry | null)[];
      const found = new Set<string>();
      for (const entry of claimed) {
        if (!entry) continue;
        const id = entry[0].toString();
        found.add(id);
        this.dispatch(id, entry[1], (counts.get(id) ?? 1) + 1);
      }
      // Pending entries whose data was trimmed away (maxLenApprox, streamTTL) can never be delivered: ack them.
      const gone = ids.filter((id) => !found.has(id));
      if (gone.length) await this.ackMissing(gone);
      if (pending.length < room) return;
      start = `(${pending[pending.length - 1]![0]}`;
    }
  }

  /** Acks pending entries that no longer exist in the stream. */
  private async ackMissing(ids: string[]): Promise<void> {
    const client = this.conn.client;
    for (const id of ids) {
      const range = await client.xrange(this.topic, id, id);
      if (range.length === 0) {
        await client.xack(this.topic, this.group, id);
        this.log.warn("redis streams: a pending entry no longer exists in the stream (trimmed); acknowledged without delivery", { topic: this.topic, consumerGroup: this.group, id });
      }
    }
  }

  /** Resets the idle time of entries whose handler call is still running, so they are not reclaimed as crashed. */
  private async keepAliveLoop(): Promise<void> {
    const signal = this.gate.signal;
    const every = Math.max(50, Math.floor(this.opts.processingTimeout / 3));
    while (await pause(every, signal)) {
      if (this.inFlight.size === 0) continue;
      try {
        await this.conn.client.xclaim(this.topic, this.group, this.group, 0, ...this.inFlight, "JUSTID");
      } catch (e) {
        this.log.debug("redis streams: could not refresh pending entries in flight", { topic: this.topic, error: this.conn.describe(e) });
      }
    }
  }

  private dispatch(id: string, fields: Fields, deliveryCount: number): void {
    if (this.gate.closing || this.inFlight.has(id)) return;
    const msg = toMessage(this.topic, fields, deliveryCount, (warning) => this.log.warn(warning, { topic: this.topic, id }));
    this.inFlight.add(id);
    void this.gate.deliver(msg).then(async (outcome) => {
      try {
        if (outcome === "retry" && !this.opts.ackOnError) {
          this.log.debug("redis streams: entry left pending for redelivery", { topic: this.topic, consumerGroup: this.group, id });
          return;
        }
        await this.conn.client.xack(this.topic, this.group, id);
      } catch (e) {
        this.log.error("redis streams: error acknowledging an entry; it will be delivered again", { topic: this.topic, consumerGroup: this.group, id, error: this.conn.describe(e) });
      } finally {
        this.inFlight.delete(id);
      }
    });
  }
}

/** An entry's fields as a message (daprd's layout: data, metadata as JSON). */
function toMessage(topic: string, fields: Fields, deliveryCount: number, warn: (msg: string) => void): ReceivedMessage {
  let data: Uint8Array = new Uint8Array(0);
  let metadata: Record<string, string> = {};
  let contentType: string | undefined;
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const name = fields[i]!.toString();
    const value = fields[i + 1]!;
    if (name === "data") data = typeof value === "string" ? Buffer.from(value) : value;
    else if (name === "contentType") contentType = value.toString();
    else if (name === "metadata") {
      try {
        const parsed = JSON.parse(value.toString()) as unknown;
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
          metadata = Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
        }
      } catch (e) {
        warn(`redis streams: could not read the entry's metadata: ${messageOf(e)}`);
      }
    }
  }
  return { topic, data, metadata, deliveryCount, ...(contentType !== undefined && { contentType }) };
}
