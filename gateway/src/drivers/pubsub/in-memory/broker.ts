import {
  topicMatches,
  type DeliveryOutcome,
  type MessageHandler,
  type PubSubDriver,
  type PublishRequest,
  type ReceivedMessage,
  type SubscribeRequest,
  type SubscriptionHandle,
} from "../../../components/pubsub/pubsub.js";
import type { Logger } from "../../../util/logger.js";
import { DeliveryGate } from "../shared/delivery-gate.js";

export interface InMemoryBrokerOptions {
  /** Handler calls in flight per subscription; 1 delivers strictly in publish order. */
  readonly concurrency: number;
  /** Undelivered messages one consumer group queue holds before publishes to its topic are refused. */
  readonly maxPendingMessages: number;
  readonly logger: Logger;
}

/**
 * A broker in the sidecar's memory. Each (topic pattern, consumer group) pair
 * is a queue that receives every message published to a matching topic; the
 * subscriptions of that group share the queue's messages round-robin. Queues
 * deliver in publish order with bounded concurrency. A publish is refused as a
 * whole (nothing enqueued anywhere) when a matching queue is full, so nothing
 * is dropped without the publisher knowing. Messages live as long as the
 * process and as long as their group has a subscription; there is no
 * redelivery: an outcome of "retry" is logged and the message discarded.
 */
export class InMemoryBroker implements PubSubDriver {
  /** Queues by topic pattern, then by consumer group. */
  private readonly queues = new Map<string, Map<string, GroupQueue>>();
  private closed = false;

  constructor(private readonly opts: InMemoryBrokerOptions) {
    if (!(opts.concurrency >= 1)) throw new Error(`concurrency must be at least 1, not ${opts.concurrency}`);
    if (!(opts.maxPendingMessages >= 1)) throw new Error(`maxPendingMessages must be at least 1, not ${opts.maxPendingMessages}`);
  }

  async publish(req: PublishRequest): Promise<void> {
    if (this.closed) throw new Error("the in-memory pubsub is closed");
    const targets: GroupQueue[] = [];
    for (const [pattern, groups] of this.queues) {
      if (!topicMatches(pattern, req.topic, true)) continue;
      for (const q of groups.values()) {
        if (q.pendingCount >= this.opts.maxPendingMessages) {
          throw new Error(
            `the subscription to topic "${pattern}" of consumer group "${q.group}" holds ${q.pendingCount} undelivered messages, ` +
              `the most it takes (maxPendingMessages); the message was not published`,
          );
        }
        targets.push(q);
      }
    }
    const metadata = Object.freeze({ ...req.metadata });
    for (const q of targets) {
      q.enqueue({
        topic: req.topic,
        data: req.data,
        metadata,
        deliveryCount: 1,
        ...(req.contentType !== undefined && { contentType: req.contentType }),
      });
    }
  }

  async subscribe(req: SubscribeRequest, handler: MessageHandler): Promise<SubscriptionHandle> {
    if (this.closed) throw new Error("the in-memory pubsub is closed");
    if (req.topic === "") throw new Error("the topic is empty");
    let groups = this.queues.get(req.topic);
    if (!groups) this.queues.set(req.topic, (groups = new Map()));
    let q = groups.get(req.consumerGroup);
    if (!q) groups.set(req.consumerGroup, (q = new GroupQueue(req.topic, req.consumerGroup, this.opts)));
    const member = new Member(handler, Math.max(this.opts.concurrency, req.maxInFlight ?? 0), () => this.leave(q!, member));
    q.join(member);
    return member;
  }

  async close(): Promise<void> {
    this.closed = true;
    const members = [...this.queues.values()].flatMap((g) => [...g.values()].flatMap((q) => q.memberList()));
    await Promise.all(members.map((m) => m.close()));
  }

  /** Removes a subscription; a queue whose last subscription leaves is removed with its undelivered messages. */
  private leave(q: GroupQueue, member: Member): void {
    q.remove(member);
    if (q.memberList().length > 0) return;
    const groups = this.queues.get(q.pattern);
    if (groups?.get(q.group) === q) {
      groups.delete(q.group);
      if (groups.size === 0) this.queues.delete(q.pattern);
    }
    if (q.pendingCount > 0) {
      this.opts.logger.warn("the last subscription of a consumer group closed; its undelivered messages are discarded", {
        topic: q.pattern,
        consumerGroup: q.group,
        discarded: q.pendingCount,
      });
    }
  }
}

/** The messages of one consumer group for one topic pattern, and the subscriptions sharing them. */
class GroupQueue {
  private pending: ReceivedMessage[] = [];
  private head = 0;
  private readonly members: Member[] = [];
  private next = 0;
  private scheduled = false;

  constructor(
    readonly pattern: string,
    readonly group: string,
    private readonly opts: InMemoryBrokerOptions,
  ) {}

  get pendingCount(): number {
    return this.pending.length - this.head;
  }

  memberList(): readonly Member[] {
    return this.members;
  }

  join(m: Member): void {
    this.members.push(m);
    this.schedule();
  }

  remove(m: Member): void {
    const i = this.members.indexOf(m);
    if (i >= 0) this.members.splice(i, 1);
  }

  enqueue(msg: ReceivedMessage): void {
    this.pending.push(msg);
    this.schedule();
  }

  /** Hands out messages on a later turn of the event loop, so that publish returns at once. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.head < this.pending.length) {
      const m = this.pickMember();
      if (!m) return;
      const msg = this.pending[this.head]!;
      this.pending[this.head] = undefined as unknown as ReceivedMessage;
      this.head++;
      if (this.head > 1024 && this.head * 2 > this.pending.length) {
        this.pending = this.pending.slice(this.head);
        this.head = 0;
      }
      void m.deliver(msg).then((outcome) => this.settled(msg, outcome));
    }
  }

  /** The next subscription, round-robin, that has room for another message. */
  private pickMember(): Member | undefined {
    const n = this.members.length;
    for (let i = 0; i < n; i++) {
      const m = this.members[(this.next + i) % n]!;
      if (m.hasRoom()) {
        this.next = (this.next + i + 1) % n;
        return m;
      }
    }
    return undefined;
  }

  private settled(msg: ReceivedMessage, outcome: DeliveryOutcome): void {
    if (outcome === "retry") {
      this.opts.logger.error("a message was not processed and is discarded: the in-memory pubsub does not redeliver", {
        topic: msg.topic,
        consumerGroup: this.group,
      });
    } else if (outcome === "drop") {
      this.opts.logger.debug("a message was dropped by its subscriber", { topic: msg.topic, consumerGroup: this.group });
    }
    this.schedule();
  }
}

/** One subscription: its handler and the calls it has in flight (a DeliveryGate), taking messages while it has room. */
class Member implements SubscriptionHandle {
  private readonly gate: DeliveryGate;

  constructor(
    handler: MessageHandler,
    private readonly concurrency: number,
    private readonly onClose: () => void,
  ) {
    this.gate = new DeliveryGate(handler, concurrency);
  }

  hasRoom(): boolean {
    return !this.gate.closing && this.gate.busy < this.concurrency;
  }

  deliver(msg: ReceivedMessage): Promise<DeliveryOutcome> {
    return this.gate.deliver(msg);
  }

  async close(): Promise<void> {
    if (!this.gate.closing) this.onClose();
    await this.gate.close();
  }
}
