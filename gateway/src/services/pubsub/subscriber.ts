/**
 * One running subscription: what happens to each message a driver hands over,
 * as Dapr's pkg/runtime/subscription does it. The message is read as a
 * CloudEvent (or wrapped, for rawPayload subscriptions), dropped if expired,
 * routed, and delivered to the app; RETRY answers are redelivered with
 * backoff; an event the app DROPs, or whose retries are spent, goes to the
 * subscription's dead-letter topic (the original bytes and metadata,
 * republished on the same pubsub) when it has one. The outcome tells the
 * driver what to do with the message (see the driver contract).
 */
import type { DeliveryOutcome, PubSubDriver, ReceivedMessage, SubscriptionHandle } from "../../components/pubsub/pubsub.js";
import type { Logger } from "../../util/logger.js";
import { cloudEventFromRawPayload, encodeCloudEvent, F, hasExpired, stringAttr } from "./cloud-event.js";
import { isBinaryContentType } from "./content-type.js";
import type { AppDelivery, EventToDeliver } from "./delivery.js";
import { parseJson, type JsonMap } from "./go-json.js";
import { backoffMs, mayRetry, sleep, type RetryPolicy } from "./retry-policy.js";
import { deliveryPath, type SubscriptionSpec } from "./subscription-spec.js";

export interface SubscriberOptions {
  readonly spec: SubscriptionSpec;
  readonly driver: PubSubDriver;
  readonly consumerGroup: string;
  readonly retry: RetryPolicy;
  readonly delivery: AppDelivery;
  readonly logger: Logger;
  /** Aborted when the sidecar stops for good: in-flight app calls are cut. */
  readonly hardStop: AbortSignal;
}

const metadataKeyPubSub = "pubsubName";
const binaryCloudEventPrefix = "ce_";

export class Subscriber {
  private handle?: SubscriptionHandle;
  private readonly path: string;
  private readonly log: Logger;

  constructor(private readonly o: SubscriberOptions) {
    this.log = o.logger;
    const route = deliveryPath(o.spec);
    this.path = route.path;
    if (route.ignoredRules.length) {
      this.log.warn(
        route.hasDefault
          ? "routing rules with match expressions are not evaluated yet (CEL support is to come); every event of this subscription goes to its default route"
          : "routing rules with match expressions are not evaluated yet (CEL support is to come) and the subscription has no default route; every event goes to the first rule's path",
        { pubsubname: o.spec.pubsubName, topic: o.spec.topic, route: this.path, notEvaluated: route.ignoredRules.map((r) => r.match) },
      );
    }
    if (o.spec.bulkSubscribe?.enabled) {
      this.log.warn("bulk subscribe is not supported yet; events of this subscription are delivered one by one", { pubsubname: o.spec.pubsubName, topic: o.spec.topic });
    }
  }

  async start(): Promise<void> {
    this.handle = await this.o.driver.subscribe(
      { topic: this.o.spec.topic, consumerGroup: this.o.consumerGroup, metadata: this.o.spec.metadata },
      (msg, signal) => this.onMessage(msg, signal),
    );
  }

  async stop(): Promise<void> {
    await this.handle?.close();
  }

  /** Everything that happens to one message; never throws. */
  async onMessage(msg: ReceivedMessage, signal: AbortSignal): Promise<DeliveryOutcome> {
    try {
      return await this.process(msg, signal);
    } catch (e) {
      this.log.error("unexpected error while processing a pub/sub event", { topic: msg.topic, error: e });
      return "retry";
    }
  }

  private async process(msg: ReceivedMessage, signal: AbortSignal): Promise<DeliveryOutcome> {
    const { spec } = this.o;
    const name = spec.pubsubName;
    const metadata: Record<string, string> = { ...msg.metadata };
    if (msg.contentType !== undefined) metadata["content-type"] = msg.contentType;
    const contentType = metadata["content-type"] ?? "application/json";
    metadata[metadataKeyPubSub] = name;

    const rawPayload = parseGoBool(spec.metadata["rawPayload"]);
    if (rawPayload instanceof Error) {
      this.log.error("error deserializing pubsub metadata", { pubsubname: name, topic: msg.topic, error: rawPayload });
      return this.failUndeliverable(msg, metadata);
    }

    let ce: JsonMap;
    let body = msg.data;
    if (rawPayload) {
      ce = cloudEventFromRawPayload(msg.data, msg.topic, name);
      copyTrace(ce, metadata, true);
      body = encodeCloudEvent(ce);
    } else if (isBinaryContentType(contentType)) {
      ce = new Map();
      for (const [k, v] of Object.entries(metadata)) {
        const lower = k.toLowerCase();
        if (lower.startsWith(binaryCloudEventPrefix)) ce.set(lower.slice(binaryCloudEventPrefix.length), v);
      }
      ce.set(F.dataBase64, Buffer.from(msg.data).toString("base64"));
      ce.set(F.datacontenttype, contentType);
    } else {
      let parsed;
      try {
        parsed = parseJson(msg.data);
      } catch (e) {
        this.log.error("error deserializing cloud event", { pubsubname: name, topic: msg.topic, error: e });
        return this.failUndeliverable(msg, metadata);
      }
      if (!(parsed instanceof Map)) {
        this.log.error("error deserializing cloud event: the message is not a JSON object", { pubsubname: name, topic: msg.topic });
        return this.failUndeliverable(msg, metadata);
      }
      ce = parsed;
      copyTrace(ce, metadata, false);
    }

    if (hasExpired(ce)) {
      this.log.warn("dropping an expired pub/sub event", { id: stringAttr(ce, F.id), expiration: stringAttr(ce, F.expiration), topic: msg.topic });
      if (spec.deadLetterTopic) await this.sendToDeadLetter(msg, metadata);
      return "success";
    }

    const ev: EventToDeliver = { cloudEvent: ce, body, topic: msg.topic, pubsubName: name, path: this.path, metadata };
    return this.deliverWithRetries(ev, msg, metadata, signal);
  }

  private async deliverWithRetries(ev: EventToDeliver, msg: ReceivedMessage, metadata: Record<string, string>, signal: AbortSignal): Promise<DeliveryOutcome> {
    const id = stringAttr(ev.cloudEvent, F.id);
    const dlt = this.o.spec.deadLetterTopic;
    for (let attempt = 1; ; attempt++) {
      const result = await this.o.delivery.deliver(ev, this.o.hardStop);
      if (result.status === "success") {
        if (attempt > 1) this.log.debug("pub/sub event delivered after redelivery", { id, topic: ev.topic, attempts: attempt });
        return "success";
      }
      if (result.status === "drop") {
        this.log.warn(`pub/sub event dropped: ${result.reason}`, { id, topic: ev.topic, route: ev.path });
        if (!result.deadLetter || !dlt) return "drop";
        return (await this.sendToDeadLetter(msg, metadata)) ? "success" : "retry";
      }
      if (signal.aborted || this.o.hardStop.aborted) return "retry";
      if (!mayRetry(this.o.retry, attempt)) {
        this.log.error(`pub/sub event not delivered after ${attempt} attempts: ${result.reason}`, {
          id,
          topic: ev.topic,
          route: ev.path,
          ...(dlt && { deadLetterTopic: dlt }),
        });
        if (!dlt) return "retry";
        return (await this.sendToDeadLetter(msg, metadata)) ? "success" : "retry";
      }
      const wait = backoffMs(this.o.retry, attempt);
      this.log.warn(`pub/sub event to be delivered again: ${result.reason}`, { id, topic: ev.topic, route: ev.path, attempt, retryInMs: wait });
      if (!(await sleep(wait, signal))) return "retry";
    }
  }

  /** A message that cannot be turned into an event: to the dead-letter topic if there is one, else back to the driver as not processed. */
  private async failUndeliverable(msg: ReceivedMessage, metadata: Record<string, string>): Promise<DeliveryOutcome> {
    if (this.o.spec.deadLetterTopic && (await this.sendToDeadLetter(msg, metadata))) return "success";
    return "retry";
  }

  /** Republishes the original message on the dead-letter topic of the same pubsub. */
  private async sendToDeadLetter(msg: ReceivedMessage, metadata: Record<string, string>): Promise<boolean> {
    const topic = this.o.spec.deadLetterTopic;
    try {
      await this.o.driver.publish({ topic, data: msg.data, metadata, ...(msg.contentType !== undefined && { contentType: msg.contentType }) });
      this.log.info("pub/sub event sent to the dead-letter topic", { topic: msg.topic, deadLetterTopic: topic });
      return true;
    } catch (e) {
      this.log.error("error sending a pub/sub event to the dead-letter topic", { topic: msg.topic, deadLetterTopic: topic, error: e });
      return false;
    }
  }
}

/** Trace attributes the broker kept as message metadata fill in those the event lacks (all of them for raw payloads). */
function copyTrace(ce: JsonMap, metadata: Readonly<Record<string, string>>, raw: boolean): void {
  const traceid = metadata[F.traceid];
  const traceparent = metadata[F.traceparent];
  const tracestate = metadata[F.tracestate];
  if (traceid !== undefined && (raw || !ce.has(F.traceid))) ce.set(F.traceid, traceid);
  if (traceparent !== undefined && (raw || !ce.has(F.traceparent))) {
    ce.set(F.traceparent, traceparent);
    ce.set(F.traceid, traceparent);
  }
  if (tracestate !== undefined && (raw || !ce.has(F.tracestate))) ce.set(F.tracestate, tracestate);
}

/** Go's strconv.ParseBool for an optional value (absent or empty is false). */
export function parseGoBool(v: string | undefined): boolean | Error {
  if (v === undefined || v === "") return false;
  if (["1", "t", "T", "TRUE", "true", "True"].includes(v)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(v)) return false;
  return new Error(`rawPayload value must be a valid boolean: actual is '${v}'`);
}
