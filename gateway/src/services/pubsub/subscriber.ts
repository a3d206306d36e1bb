/**
 * One running subscription: what happens to each message a driver hands over,
 * as Dapr's pkg/runtime/subscription does it. The message is read as a
 * CloudEvent (or wrapped, for rawPayload subscriptions), dropped if expired,
 * routed by the subscription's rules (CEL match expressions, first match
 * wins; no match: the event is not for this app), and delivered by the
 * subscription's postman (the app, or a streaming subscription's client).
 * RETRY answers are redelivered with backoff; an event the app DROPs, or
 * whose retries are spent, goes to the subscription's dead-letter topic when
 * it has one. The outcome tells the driver what to do with the message (see
 * the driver contract).
 */
import type { DeliveryOutcome, PubSubDriver, ReceivedMessage, SubscriptionHandle } from "../../components/pubsub/pubsub.js";
import type { Logger } from "../../util/logger.js";
import { F, hasExpired, stringAttr } from "./cloud-event.js";
import type { PubSubSettings } from "./component-settings.js";
import { DeadLetter } from "./dead-letter.js";
import type { EventToDeliver, Postman } from "./delivery.js";
import { messageMetadata, readIncoming } from "./incoming-event.js";
import { pause } from "../../util/backoff.js";
import { backoffMs, mayRetry } from "./retry-policy.js";
import { findRoute, type CompiledRule } from "./routing-rules.js";
import type { SubscriptionSpec } from "./subscription-spec.js";

export interface SubscriberOptions {
  readonly spec: SubscriptionSpec;
  /** The spec's rules, compiled. */
  readonly rules: readonly CompiledRule[];
  readonly driver: PubSubDriver;
  readonly settings: PubSubSettings;
  readonly postman: Postman;
  readonly appId: string;
  readonly logger: Logger;
  /** Aborted when the sidecar stops for good: in-flight app calls are cut. */
  readonly hardStop: AbortSignal;
}

export class Subscriber {
  private handle?: SubscriptionHandle;
  private readonly log: Logger;
  private readonly deadLetter: DeadLetter;
  private readonly rawPayload: boolean | Error;

  constructor(private readonly o: SubscriberOptions) {
    this.log = o.logger;
    this.deadLetter = new DeadLetter(o.driver, o.settings, o.appId, o.logger);
    this.rawPayload = parseGoBool(o.spec.metadata["rawPayload"]);
  }

  async start(): Promise<void> {
    this.handle = await this.o.driver.subscribe(
      { topic: this.o.settings.topicPrefix + this.o.spec.topic, consumerGroup: this.o.settings.consumerGroup, metadata: this.o.spec.metadata },
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
    const { spec, settings } = this.o;
    const name = spec.pubsubName;
    if (this.rawPayload instanceof Error) {
      this.log.error("error deserializing pubsub metadata", { pubsubname: name, topic: spec.topic, error: this.rawPayload });
      return this.failUndeliverable(msg, messageMetadata(msg, name));
    }
    const incoming = readIncoming(msg, { pubsubName: name, rawPayload: this.rawPayload, topicPrefix: settings.topicPrefix });
    if (incoming instanceof Error) {
      this.log.error(incoming.message, { pubsubname: name, topic: spec.topic });
      return this.failUndeliverable(msg, messageMetadata(msg, name));
    }
    const { cloudEvent: ce, metadata, topic } = incoming;

    if (hasExpired(ce)) {
      this.log.warn("dropping an expired pub/sub event", { id: stringAttr(ce, F.id), expiration: stringAttr(ce, F.expiration), topic });
      if (spec.deadLetterTopic) await this.deadLetter.send(spec.deadLetterTopic, msg, metadata, topic);
      return "success";
    }

    const path = findRoute(this.o.rules, ce);
    if (path instanceof Error) {
      this.log.error(`error finding matching route for event: ${path.message}`, { id: stringAttr(ce, F.id), pubsubname: name, topic });
      return this.failUndeliverable(msg, metadata);
    }
    if (path === undefined) {
      this.log.debug("no matching route for event; skipping", { id: stringAttr(ce, F.id), pubsubname: name, topic });
      if (spec.deadLetterTopic) await this.deadLetter.send(spec.deadLetterTopic, msg, metadata, topic);
      return "success";
    }

    const ev: EventToDeliver = { cloudEvent: ce, body: incoming.body, topic, pubsubName: name, path, metadata };
    return this.deliverWithRetries(ev, msg, signal);
  }

  private async deliverWithRetries(ev: EventToDeliver, msg: ReceivedMessage, signal: AbortSignal): Promise<DeliveryOutcome> {
    const id = stringAttr(ev.cloudEvent, F.id);
    const dlt = this.o.spec.deadLetterTopic;
    const retry = this.o.settings.retry;
    for (let attempt = 1; ; attempt++) {
      const result = await this.o.postman.deliver(ev, this.o.hardStop);
      if (result.status === "success") {
        if (attempt > 1) this.log.debug("pub/sub event delivered after redelivery", { id, topic: ev.topic, attempts: attempt });
        return "success";
      }
      if (result.status === "drop") {
        this.log.warn(`pub/sub event dropped: ${result.reason}`, { id, topic: ev.topic, route: ev.path });
        if (!result.deadLetter || !dlt) return "drop";
        return (await this.deadLetter.send(dlt, msg, ev.metadata, ev.topic)) ? "success" : "retry";
      }
      if (signal.aborted || this.o.hardStop.aborted) return "retry";
      if (!mayRetry(retry, attempt)) {
        this.log.error(`pub/sub event not delivered after ${attempt} attempts: ${result.reason}`, {
          id,
          topic: ev.topic,
          route: ev.path,
          ...(dlt && { deadLetterTopic: dlt }),
        });
        if (!dlt) return "retry";
        return (await this.deadLetter.send(dlt, msg, ev.metadata, ev.topic)) ? "success" : "retry";
      }
      const wait = backoffMs(retry, attempt);
      this.log.warn(`pub/sub event to be delivered again: ${result.reason}`, { id, topic: ev.topic, route: ev.path, attempt, retryInMs: wait });
      if (!(await pause(wait, signal))) return "retry";
    }
  }

  /** A message that cannot be turned into an event, or routed: to the dead-letter topic if there is one, else back to the driver as not processed. */
  private async failUndeliverable(msg: ReceivedMessage, metadata: Record<string, string>): Promise<DeliveryOutcome> {
    const dlt = this.o.spec.deadLetterTopic;
    if (dlt && (await this.deadLetter.send(dlt, msg, metadata, this.o.spec.topic))) return "success";
    return "retry";
  }
}

/** Go's strconv.ParseBool for an optional value (absent or empty is false). */
export function parseGoBool(v: string | undefined): boolean | Error {
  if (v === undefined || v === "") return false;
  if (["1", "t", "T", "TRUE", "true", "True"].includes(v)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(v)) return false;
  return new Error(`rawPayload value must be a valid boolean: actual is '${v}'`);
}
