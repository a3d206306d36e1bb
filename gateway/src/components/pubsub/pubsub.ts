/**
 * The pub/sub driver contract.
 *
 * Changes (backward compatible): `SubscribeRequest.maxInFlight` (optional)
 * asks for at least that many handler calls in flight for one subscription;
 * the block sets it for bulk subscriptions, which hold each message until its
 * batch is delivered. Drivers that ignore it keep their own concurrency (a
 * bulk subscription then gets smaller batches). The feature name for native
 * bulk publish is Dapr's "BULK_PUBSUB".
 *
 * A driver moves opaque messages between topics and subscriptions. Everything
 * Dapr-specific (the CloudEvents envelope, TTL as `expiration`, routing, the
 * app's SUCCESS / RETRY / DROP answers, redelivery with backoff, dead-letter
 * topics) lives once in the pub/sub block (services/pubsub), so a driver only
 * writes what its broker must do.
 *
 * Core (every driver):
 * - `publish(req)` puts one message on a topic. It resolves once the broker
 *   has taken the message (durably, for durable brokers) and rejects when it
 *   has not; it never drops a message silently.
 * - `subscribe(req, handler)` starts consuming `req.topic` as a member of the
 *   consumer group `req.consumerGroup` and resolves with a handle whose
 *   `close()` stops it.
 *
 * Delivery semantics the block relies on:
 * - Topics and consumer groups are independent. Every consumer group
 *   subscribed to a topic gets each message of that topic once; members of
 *   the same group share the messages (competing consumers). The block uses
 *   the component's `consumerID` metadata as the group, the app id by default
 *   (as Dapr does), so all replicas of an app form one group.
 * - The handler resolves to the message's outcome, which the driver turns
 *   into its broker's ack / nack:
 *     "success": processed, or dead-lettered by the block: ack.
 *     "drop":    never to be processed: ack, or reject without requeue where
 *                the broker has native dead-lettering.
 *     "retry":   the block gave up for now (its own redelivery attempts are
 *                spent and no dead-letter topic took the message): nack so
 *                the broker redelivers it later (Redis Streams: leave it
 *                pending for reclaiming; RabbitMQ: nack with requeue; NATS
 *                JetStream: nak; MQTT: no PUBACK). A driver without
 *                redelivery (in-memory) logs an error and discards it.
 *   The handler never rejects; drivers treat a rejection as "retry".
 * - The block retries delivery to the app itself (bounded, exponential
 *   backoff; see `deliveryRetryMetadata`), inside one handler call. Drivers
 *   must not retry handler calls on their own; a broker with an ack deadline
 *   (JetStream AckWait, SQS visibility) must extend it while a handler call
 *   runs, or set it longer than the retry budget.
 * - Per subscription, messages are handed to the handler in broker order,
 *   with at most the driver's configured number of handler calls in flight
 *   (1 keeps strict order), or `maxInFlight` when the request asks for more.
 * - `signal` (handler argument) is aborted when the subscription or the driver
 *   is closing; the block then stops retrying and answers "retry" for messages
 *   it could not finish, so durable brokers redeliver them.
 * - `close()` of a handle stops delivering new messages, aborts the handler
 *   signal, and resolves once the handler calls in flight have returned.
 *
 * Optional capabilities are declared as features in the driver definition
 * (the metadata API reports them) and backed by the matching optional method:
 * - BULK_PUBSUB: `bulkPublish`; without it the block publishes the entries
 *   one by one (`bulkPublishFromSingle`).
 * - SUBSCRIBE_WILDCARDS: a subscription topic ending in "*" matches every
 *   topic that starts with the text before it (and is longer).
 * - MESSAGE_TTL: the driver expires messages itself from the `ttlInSeconds`
 *   publish metadata; without it the block writes `expiration` into the
 *   CloudEvent and drops expired events on delivery.
 */
import type { ComponentKind, DriverContext, DriverDefinition } from "../definition.js";
import { defineMetadata, type ConfigOf, type MetadataSchema } from "../metadata-schema.js";

/** Optional features of a pub/sub driver, in Dapr's names (reported by the metadata API). */
export type PubSubFeature = "BULK_PUBSUB" | "SUBSCRIBE_WILDCARDS" | "MESSAGE_TTL";

export interface PublishRequest {
  readonly topic: string;
  readonly data: Uint8Array;
  /** Content type of `data` for brokers that keep one per message; the block's envelopes are application/cloudevents+json. */
  readonly contentType?: string;
  /** The publish request's metadata (e.g. ttlInSeconds, rawPayload); brokers may keep it with the message. */
  readonly metadata: Readonly<Record<string, string>>;
}

export interface BulkPublishEntry {
  readonly entryId: string;
  readonly data: Uint8Array;
  readonly contentType?: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface BulkPublishFailure {
  readonly entryId: string;
  readonly error: string;
}

export interface SubscribeRequest {
  /** A topic name; with SUBSCRIBE_WILDCARDS it may end in "*". */
  readonly topic: string;
  /** The consumer group this subscription belongs to. */
  readonly consumerGroup: string;
  /** The subscription's metadata as the app declared it (driver options such as queue settings). */
  readonly metadata: Readonly<Record<string, string>>;
  /**
   * At least this many handler calls in flight for this subscription, when
   * the block asks for more than the driver's own setting (bulk
   * subscriptions: up to maxMessagesCount). Optional to honour.
   */
  readonly maxInFlight?: number;
}

/** A message handed to a subscription. */
export interface ReceivedMessage {
  /** The topic the message was published to. */
  readonly topic: string;
  readonly data: Uint8Array;
  readonly contentType?: string;
  /** Metadata the broker kept with the message (for the in-memory driver: the publish metadata). */
  readonly metadata: Readonly<Record<string, string>>;
  /** 1 on first delivery; brokers that count redeliveries report more. */
  readonly deliveryCount: number;
}

export type DeliveryOutcome = "success" | "retry" | "drop";

export type MessageHandler = (msg: ReceivedMessage, signal: AbortSignal) => Promise<DeliveryOutcome>;

export interface SubscriptionHandle {
  close(): Promise<void>;
}

/** What a pub/sub driver implements. */
export interface PubSubDriver {
  publish(req: PublishRequest): Promise<void>;
  subscribe(req: SubscribeRequest, handler: MessageHandler): Promise<SubscriptionHandle>;
  /** Present with the BULK_PUBSUB feature; resolves with the entries that failed. */
  bulkPublish?(topic: string, entries: readonly BulkPublishEntry[], metadata: Readonly<Record<string, string>>): Promise<BulkPublishFailure[]>;
  /** Checks the connection; used by readiness and the metadata API. */
  ping?(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Settings of the block's delivery retries that every pub/sub component
 * accepts (merged into each driver's metadata schema by `definePubSubDriver`).
 * The names are those components-contrib uses for handler retries.
 */
export const deliveryRetryMetadata = defineMetadata({
  backOffMaxRetries: {
    type: "number",
    default: 3,
    description:
      "How many times an event the app answered with RETRY (or an error status, or a failed call) is delivered again before it goes to the subscription's dead-letter topic or is given up (-1: retry forever, 0: never).",
  },
  backOffInitialInterval: { type: "duration", default: 1000, description: "Wait before the first redelivery." },
  backOffMaxInterval: { type: "duration", default: 30_000, description: "Longest wait between two redeliveries." },
  backOffMultiplier: { type: "number", default: 2, description: "Factor by which the wait grows after each redelivery." },
});

export type DeliveryRetryConfig = ConfigOf<typeof deliveryRetryMetadata>;

/**
 * Declares a pub/sub driver: its own metadata schema plus the block's
 * delivery retry settings, its features and its factory.
 */
export function definePubSubDriver<const S extends MetadataSchema, I extends PubSubDriver, const F extends PubSubFeature = never>(def: {
  readonly type: string;
  readonly versions: readonly string[];
  readonly description: string;
  readonly metadata: S;
  readonly features: readonly F[];
  create(config: ConfigOf<S & typeof deliveryRetryMetadata>, ctx: DriverContext): Promise<I> | I;
}): DriverDefinition<"pubsub", S & typeof deliveryRetryMetadata, I, F> {
  for (const name of Object.keys(def.metadata)) {
    if (Object.keys(deliveryRetryMetadata).some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw new Error(`pubsub.${def.type}: metadata "${name}" is reserved for the pub/sub block's delivery retries`);
    }
  }
  return {
    kind: "pubsub" satisfies ComponentKind,
    type: def.type,
    versions: def.versions,
    description: def.description,
    metadata: { ...deliveryRetryMetadata, ...def.metadata },
    features: def.features,
    create: def.create,
  };
}

/** Bulk publish from single publishes, `parallelism` at a time: the default for drivers without BULK_PUBSUB. */
export async function bulkPublishFromSingle(
  driver: Pick<PubSubDriver, "publish">,
  topic: string,
  entries: readonly BulkPublishEntry[],
  parallelism = 16,
): Promise<BulkPublishFailure[]> {
  const failures: BulkPublishFailure[] = [];
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const e = entries[next++]!;
      try {
        await driver.publish({ topic, data: e.data, metadata: e.metadata, ...(e.contentType !== undefined && { contentType: e.contentType }) });
      } catch (err) {
        failures.push({ entryId: e.entryId, error: err instanceof Error ? err.message : String(err) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallelism, entries.length)) }, worker));
  return failures;
}

/** Whether a subscription topic (possibly a "prefix*" wildcard) matches a published topic, as Dapr's in-memory bus matches them. */
export function topicMatches(pattern: string, topic: string, wildcards: boolean): boolean {
  if (pattern === topic) return true;
  if (!wildcards || !pattern.endsWith("*")) return false;
  const prefix = pattern.slice(0, -1);
  return topic.startsWith(prefix) && topic !== prefix;
}
