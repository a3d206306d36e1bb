/**
 * Pub/sub on an MQTT 3.1.1 broker. Publishes go through one connection of
 * their own (clean session, QoS `qos`, resolving on PUBACK). Each consumer
 * group subscribes through a connection whose client id is the group (the
 * consumerID, as daprd uses it) with a persistent session (cleanSession
 * false), so messages published while the subscriber is away wait at the
 * broker, and one it received but never acknowledged (a crash) is sent again
 * when it reconnects. A PUBACK is sent once the handler's outcome is success
 * or drop; a retry keeps the message unacknowledged and hands it out again
 * after the block's backoff (the broker resends it only on a reconnect).
 * Several subscriptions of one group to one topic share its messages
 * round-robin; MQTT filters with "+" and "#" work as the broker matches them.
 */
import { connect, type IClientOptions, type IPublishPacket, type MqttClient } from "mqtt";
import type {
  DeliveryOutcome,
  MessageHandler,
  PubSubDriver,
  PublishRequest,
  ReceivedMessage,
  SubscribeRequest,
  SubscriptionHandle,
} from "../../../components/pubsub/pubsub.js";
import type { Logger } from "../../../util/logger.js";
import { exponentialBackoffMs } from "../../../util/backoff.js";
import { DeliveryGate, messageOf } from "../shared/delivery-gate.js";
import { DeferredAcks } from "./deferred-acks.js";
import { filterMatches, invalidFilter } from "./topic-filter.js";

export interface Mqtt3Options {
  /** mqtt://, mqtts://, tcp:// or ssl:// URL (credentials in it are used). */
  readonly url: string;
  /** host:port, for messages. */
  readonly address: string;
  readonly clientOptions: IClientOptions;
  readonly qos: 0 | 1 | 2;
  readonly retain: boolean;
  readonly cleanSession: boolean;
  /** Client id prefix of the publishing connection. */
  readonly consumerID: string;
  /** Handler calls in flight per subscription (1: in broker order). */
  readonly concurrency: number;
  readonly connectTimeout: number;
  readonly publishTimeout: number;
  /** Local redelivery of a message answered retry: the block's backoff. */
  readonly retryInitial: number;
  readonly retryMax: number;
  readonly retryMultiplier: number;
  readonly logger: Logger;
}

const prefix = "mqtt pubsub error:";

export class Mqtt3PubSub implements PubSubDriver {
  private readonly groups = new Map<string, GroupConnection>();
  private readonly publisher: MqttClient;
  private lastError: string | undefined;
  private closed = false;

  constructor(private readonly opts: Mqtt3Options) {
    const id = `${opts.consumerID}-pub-${Math.random().toString(36).slice(2, 10)}`;
    this.publisher = connect(opts.url, { ...opts.clientOptions, clientId: id, clean: true, reconnectPeriod: 1000, connectTimeout: opts.connectTimeout });
    this.publisher.on("error", (e) => (this.lastError = describeError(e)));
    this.publisher.on("offline", () => {
      if (!this.closed) opts.logger.warn("mqtt: connection to the broker lost; reconnecting", { address: opts.address, error: this.lastError });
    });
    this.publisher.on("connect", () => {
      if (this.lastError !== undefined) opts.logger.info("mqtt: connection to the broker restored", { address: opts.address });
      this.lastError = undefined;
    });
  }

  /** Resolves once the publishing connection is up; rejects with the reason when the broker cannot be reached. */
  async start(): Promise<void> {
    await firstConnect(this.publisher, this.opts.connectTimeout);
  }

  async publish(req: PublishRequest): Promise<void> {
    if (this.closed) throw new Error(`${prefix} the component is closed`);
    if (req.topic === "") throw new Error(`${prefix} topic name is empty`);
    if (/[+#]/.test(req.topic)) throw new Error(`${prefix} topic "${req.topic}" holds a wildcard ("+" or "#"), which a published topic cannot`);
    if (!this.publisher.connected) throw new Error(`${prefix} failed to publish: the broker at ${this.opts.address} is unreachable (${this.lastError ?? "not connected"})`);
    let retain = this.opts.retain;
    const r = Object.entries(req.metadata).find(([k]) => k.toLowerCase() === "retain")?.[1];
    if (r !== undefined && r !== "") {
      if (!/^(1|t|true|0|f|false)$/i.test(r)) throw new Error(`${prefix} mqtt invalid retain ${r}`);
      retain = /^(1|t|true)$/i.test(r);
    }
    const payload = Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.publisher.publishAsync(req.topic, payload, { qos: this.opts.qos, retain }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no acknowledgement from the broker within ${this.opts.publishTimeout} ms`)), this.opts.publishTimeout);
        }),
      ]);
    } catch (e) {
      throw new Error(`${prefix} failed to publish: ${messageOf(e)}${this.publisher.connected ? "" : ` (the broker at ${this.opts.address} is unreachable: ${this.lastError ?? "not connected"})`}`);
    } finally {
      clearTimeout(timer);
    }
  }

  async subscribe(req: SubscribeRequest, handler: MessageHandler): Promise<SubscriptionHandle> {
    if (this.closed) throw new Error(`${prefix} the component is closed`);
    const invalid = invalidFilter(req.topic);
    if (invalid) throw new Error(`${prefix} ${invalid}`);
    let group = this.groups.get(req.consumerGroup);
    if (!group) {
      group = new GroupConnection(req.consumerGroup, this.opts, () => this.groups.delete(req.consumerGroup));
      this.groups.set(req.consumerGroup, group);
    }
    return group.add(req, handler);
  }

  async ping(): Promise<void> {
    if (!this.publisher.connected) throw new Error(`${prefix} the broker at ${this.opts.address} is unreachable (${this.lastError ?? "not connected"})`);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.groups.values()].map((g) => g.close()));
    await this.publisher.endAsync().catch(() => undefined);
  }
}

/** A message received on a group connection, until it is acknowledged. */
interface Incoming {
  readonly packet: IPublishPacket;
  /** The connection (generation) it came in on: acks go only there. */
  readonly generation: number;
  deliveries: number;
}

/** The connection of one consumer group, its subscriptions by topic filter, and the acks it holds back. */
class GroupConnection {
  private readonly client: MqttClient;
  private readonly acks: DeferredAcks;
  private readonly filters = new Map<string, FilterSubscribers>();
  /** Messages for filters nobody subscribed yet on this connection (a resumed session sends them at once). */
  private unclaimed: Incoming[] = [];
  private generation = 0;
  private lastError: string | undefined;
  private closing = false;
  /** Resolves on the connection's first CONNACK. */
  private readonly firstConnect: Promise<void>;

  constructor(
    readonly group: string,
    readonly opts: Mqtt3Options,
    private readonly onEmpty: () => void,
  ) {
    this.client = connect(opts.url, {
      ...opts.clientOptions,
      clientId: group,
      clean: opts.cleanSession,
      resubscribe: false,
      reconnectPeriod: 1000,
      connectTimeout: opts.connectTimeout,
    });
    this.acks = new DeferredAcks(this.client);
    this.firstConnect = new Promise((resolve) => this.client.once("connect", () => resolve()));
    this.client.handleMessage = (packet, callback) => {
      this.receive(packet);
      callback();
    };
    this.client.on("error", (e) => (this.lastError = describeError(e)));
    this.client.on("close", () => {
      // Unacknowledged messages of the old connection come again from the broker.
      this.generation++;
      this.acks.reset();
      this.unclaimed = [];
    });
    this.client.on("connect", (connack) => {
      this.generation++;
      this.acks.reset();
      if (this.lastError !== undefined) opts.logger.info("mqtt: subscriber connection restored", { address: opts.address, clientId: group, sessionPresent: connack.sessionPresent });
      this.lastError = undefined;
      for (const f of this.filters.keys()) void this.subscribeFilter(f);
    });
  }

  get currentGeneration(): number {
    return this.generation;
  }

  async add(req: SubscribeRequest, handler: MessageHandler): Promise<SubscriptionHandle> {
    // A new group's connection is being opened: subscribe once it is up (a message published before the SUBACK would not reach the group).
    if (!this.client.connected) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.firstConnect, new Promise((r) => (timer = setTimeout(r, this.opts.connectTimeout)))]);
      clearTimeout(timer);
    }
    let subs = this.filters.get(req.topic);
    const isNew = !subs;
    if (!subs) {
      subs = new FilterSubscribers(req.topic, this);
      this.filters.set(req.topic, subs);
    }
    const member = subs.join(handler, req);
    if (isNew && this.client.connected) {
      try {
        await this.subscribeFilter(req.topic, true);
      } catch (e) {
        await member.close();
        throw e;
      }
    } else if (isNew) {
      this.opts.logger.warn("mqtt: the broker is unreachable; the subscription starts once it is back", { topic: req.topic, clientId: this.group, error: this.lastError ?? "not connected" });
    }
    this.claim(subs);
    return member;
  }

  /** Sends the held PUBACK of a message, if its connection is still the current one. */
  ack(inc: Incoming): void {
    if (inc.packet.qos === 0 || inc.generation !== this.generation) return;
    this.acks.ack(inc.packet.messageId!);
  }

  /** A filter's last subscription left. */
  async removed(subs: FilterSubscribers, unsubscribe: boolean): Promise<void> {
    if (this.filters.get(subs.filter) === subs) this.filters.delete(subs.filter);
    // Unsubscribing makes the broker forget the session's position; only with a clean session or when asked (as daprd).
    if ((unsubscribe || this.opts.cleanSession) && this.client.connected) await this.client.unsubscribeAsync(subs.filter).catch(() => undefined);
    if (this.filters.size === 0) await this.close();
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.onEmpty();
    await Promise.all([...this.filters.values()].map((s) => s.close()));
    // The session stays at the broker (cleanSession false): what arrives meanwhile waits for the next start.
    await this.client.endAsync().catch(() => undefined);
  }

  private async subscribeFilter(filter: string, throwOnError = false): Promise<void> {
    try {
      const granted = await this.client.subscribeAsync(filter, { qos: this.opts.qos });
      if (granted.some((g) => g.qos === 128)) throw new Error(`the broker refused the subscription to "${filter}"`);
    } catch (e) {
      if (throwOnError) throw new Error(`${prefix} mqtt error from subscribe to ${filter}: ${messageOf(e)}`);
      this.opts.logger.error("mqtt: could not subscribe again after reconnecting", { topic: filter, clientId: this.group, error: messageOf(e) });
    }
  }

  private receive(packet: IPublishPacket): void {
    if (packet.qos > 0 && packet.messageId !== undefined) this.acks.hold(packet.messageId);
    const inc: Incoming = { packet, generation: this.generation, deliveries: 0 };
    const subs = this.filters.get(packet.topic) ?? [...this.filters.values()].find((s) => filterMatches(s.filter, packet.topic));
    if (subs && !subs.closing) subs.enqueue(inc);
    else if (this.unclaimed.length < 10_000) this.unclaimed.push(inc);
  }

  private claim(subs: FilterSubscribers): void {
    const mine = this.unclaimed.filter((inc) => inc.generation === this.generation && filterMatches(subs.filter, inc.packet.topic));
    if (mine.length === 0) return;
    this.unclaimed = this.unclaimed.filter((inc) => !mine.includes(inc));
    for (const inc of mine) subs.enqueue(inc);
  }
}

/** The subscriptions of one group to one filter: they share its messages round-robin, each with its own handler calls in flight. */
class FilterSubscribers {
  private readonly members: Member[] = [];
  private backlog: Incoming[] = [];
  private next = 0;
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  closing = false;

  constructor(
    readonly filter: string,
    private readonly conn: GroupConnection,
  ) {}

  join(handler: MessageHandler, req: SubscribeRequest): Member {
    const unsubscribe = /^(1|t|true|y|yes|on)$/i.test(req.metadata["unsubscribeOnClose"] ?? "");
    const m = new Member(new DeliveryGate(handler, this.conn.opts.concurrency), async () => {
      const i = this.members.indexOf(m);
      if (i >= 0) this.members.splice(i, 1);
      if (this.members.length === 0) {
        this.closing = true;
        for (const t of this.retryTimers) clearTimeout(t);
        this.retryTimers.clear();
        this.backlog = [];
        await this.conn.removed(this, unsubscribe);
      }
    });
    this.members.push(m);
    this.pump();
    return m;
  }

  enqueue(inc: Incoming): void {
    this.backlog.push(inc);
    this.pump();
  }

  async close(): Promise<void> {
    await Promise.all([...this.members].map((m) => m.close()));
  }

  private pump(): void {
    while (this.backlog.length > 0) {
      const inc = this.backlog[0]!;
      if (inc.generation !== this.conn.currentGeneration) {
        this.backlog.shift(); // the broker sends it again on the new connection
        continue;
      }
      const m = this.pick();
      if (!m) return;
      this.backlog.shift();
      inc.deliveries++;
      void m.gate.deliver(toMessage(inc)).then((outcome) => {
        this.settled(inc, outcome);
        this.pump();
      });
    }
  }

  private pick(): Member | undefined {
    const n = this.members.length;
    for (let i = 0; i < n; i++) {
      const m = this.members[(this.next + i) % n]!;
      if (!m.gate.closing && m.gate.free > 0) {
        this.next = (this.next + i + 1) % n;
        return m;
      }
    }
    return undefined;
  }

  private settled(inc: Incoming, outcome: DeliveryOutcome): void {
    if (outcome !== "retry") {
      this.conn.ack(inc);
      return;
    }
    if (inc.packet.qos === 0 || this.closing || inc.generation !== this.conn.currentGeneration) return;
    // Still unacknowledged at the broker (a crash now gets it back); handed out again after the backoff.
    const o = this.conn.opts;
    const wait = exponentialBackoffMs({ initialMs: o.retryInitial, multiplier: o.retryMultiplier, maxMs: o.retryMax }, inc.deliveries);
    const t = setTimeout(() => {
      this.retryTimers.delete(t);
      if (!this.closing) this.enqueue(inc);
    }, wait);
    this.retryTimers.add(t);
  }
}

class Member implements SubscriptionHandle {
  private closing: Promise<void> | undefined;

  constructor(
    readonly gate: DeliveryGate,
    private readonly onClose: () => Promise<void>,
  ) {}

  close(): Promise<void> {
    this.closing ??= (async () => {
      const closed = this.gate.close();
      await this.onClose();
      await closed;
    })();
    return this.closing;
  }
}

function toMessage(inc: Incoming): ReceivedMessage {
  const p = inc.packet;
  const payload = typeof p.payload === "string" ? Buffer.from(p.payload) : p.payload;
  return {
    topic: p.topic,
    data: payload,
    metadata: { retained: String(p.retain) },
    deliveryCount: inc.deliveries + (p.dup ? 1 : 0),
  };
}

/** Resolves on the client's first CONNACK; rejects on its first error or after the timeout, and ends it. */
function firstConnect(client: MqttClient, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      clearTimeout(t);
      client.off("connect", onConnect);
      client.off("error", onError);
      if (err) {
        client.end(true);
        reject(err);
      } else resolve();
    };
    const onConnect = () => done();
    const onError = (e: Error) => done(new Error(describeError(e)));
    const t = setTimeout(() => done(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    client.on("connect", onConnect);
    client.on("error", onError);
  });
}

/** A connection error as a sentence (AggregateError from dual-stack dialling has an empty message). */
function describeError(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length) return e.errors.map((x) => messageOf(x)).join("; ");
  const err = e as { code?: string; message?: string };
  return err.message || err.code || String(e);
}
