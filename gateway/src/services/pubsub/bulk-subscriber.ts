/**
 * A bulk subscription (`bulkSubscribe.enabled`), as Dapr's default bulk
 * subscriber and pkg/runtime/subscription bulkSubscribeTopic do it: messages
 * are collected into batches of up to `maxMessagesCount` (default 100),
 * flushed when full or `maxAwaitDurationMs` (default 1000) after the batch's
 * first message. Each entry gets an entry id and is read as its event
 * (expired events are dropped, routing rules pick a path); the entries of one
 * path go to the app in one call. Entries the app asks to RETRY (or did not
 * answer) are delivered again, alone, with the component's backoff; DROPped
 * entries and those whose retries are spent go to the dead-letter topic when
 * there is one. Each message's outcome is told to the driver when its batch
 * is done.
 */
import { randomUUID } from "node:crypto";
import type { DeliveryOutcome, PubSubDriver, ReceivedMessage, SubscriptionHandle } from "../../components/pubsub/pubsub.js";
import type { Logger } from "../../util/logger.js";
import type { DeliveryResult } from "./app-response.js";
import type { BulkEntry, BulkPostman } from "./bulk-delivery.js";
import { F, hasExpired, stringAttr } from "./cloud-event.js";
import type { PubSubSettings } from "./component-settings.js";
import { cloudEventContentType } from "./content-type.js";
import { DeadLetter } from "./dead-letter.js";
import { appTopic, messageMetadata } from "./incoming-event.js";
import { decodeUtf8, parseJson } from "./go-json.js";
import { pause } from "../../util/backoff.js";
import { backoffMs, mayRetry } from "./retry-policy.js";
import { findRoute, type CompiledRule } from "./routing-rules.js";
import { parseGoBool } from "./subscriber.js";
import type { SubscriptionSpec } from "./subscription-spec.js";

export const defaultMaxMessagesCount = 100;
export const defaultMaxAwaitDurationMs = 1000;

export interface BulkSubscriberOptions {
  readonly spec: SubscriptionSpec;
  readonly rules: readonly CompiledRule[];
  readonly driver: PubSubDriver;
  readonly settings: PubSubSettings;
  readonly postman: BulkPostman;
  readonly appId: string;
  readonly logger: Logger;
  readonly hardStop: AbortSignal;
}

interface Pending {
  readonly msg: ReceivedMessage;
  readonly signal: AbortSignal;
  readonly done: (o: DeliveryOutcome) => void;
}

interface Item {
  readonly p: Pending;
  readonly entry: BulkEntry;
  readonly path: string;
}

export class BulkSubscriber {
  private handle?: SubscriptionHandle;
  private readonly log: Logger;
  private readonly deadLetter: DeadLetter;
  private readonly maxCount: number;
  private readonly maxAwaitMs: number;
  private batch: Pending[] = [];
  private timer?: NodeJS.Timeout;
  private readonly rawPayload: boolean | Error;

  constructor(private readonly o: BulkSubscriberOptions) {
    this.log = o.logger;
    this.deadLetter = new DeadLetter(o.driver, o.settings, o.appId, o.logger);
    const b = o.spec.bulkSubscribe;
    this.maxCount = b && b.maxMessagesCount > 0 ? b.maxMessagesCount : defaultMaxMessagesCount;
    this.maxAwaitMs = b && b.maxAwaitDurationMs > 0 ? b.maxAwaitDurationMs : defaultMaxAwaitDurationMs;
    this.rawPayload = parseGoBool(o.spec.metadata["rawPayload"]);
  }

  async start(): Promise<void> {
    this.handle = await this.o.driver.subscribe(
      {
        topic: this.o.settings.topicPrefix + this.o.spec.topic,
        consumerGroup: this.o.settings.consumerGroup,
        metadata: this.o.spec.metadata,
        maxInFlight: this.maxCount,
      },
      (msg, signal) => new Promise<DeliveryOutcome>((done) => this.add({ msg, signal, done })),
    );
  }

  async stop(): Promise<void> {
    const closing = this.handle?.close();
    this.flush();
    await closing;
  }

  private add(p: Pending): void {
    this.batch.push(p);
    if (this.batch.length >= this.maxCount) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.maxAwaitMs);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.batch;
    this.batch = [];
    if (batch.length === 0) return;
    void this.process(batch).catch((e: unknown) => {
      this.log.error("unexpected error while processing a bulk pub/sub batch", { topic: this.o.spec.topic, error: e });
      for (const p of batch) p.done("retry");
    });
  }

  /** Everything that happens to one batch; resolves every message's outcome. */
  private async process(batch: Pending[]): Promise<void> {
    const { spec, settings } = this.o;
    const name = spec.pubsubName;
    const dlt = spec.deadLetterTopic;
    const topic = appTopic(batch[0]!.msg.topic, settings.topicPrefix);
    if (this.rawPayload instanceof Error) {
      this.log.error("error deserializing pubsub metadata", { pubsubname: name, topic, error: this.rawPayload });
      await Promise.all(batch.map(async (p) => p.done(dlt && (await this.deadLetter.send(dlt, p.msg, messageMetadata(p.msg, name), topic)) ? "success" : "retry")));
      return;
    }
    const byPath = new Map<string, Item[]>();
    const failed: Pending[] = [];
    for (const p of batch) {
      const entryId = randomUUID();
      const metadata = { ...p.msg.metadata };
      if (this.rawPayload) {
        const path = findRoute(this.o.rules, decodeUtf8(p.msg.data));
        if (typeof path !== "string") {
          this.skipOrFail(p, path, failed, topic);
          continue;
        }
        addTo(byPath, path, { p, path, entry: { entryId, event: { raw: p.msg.data }, contentType: p.msg.contentType || "application/octet-stream", metadata } });
        continue;
      }
      let ce;
      try {
        ce = parseJson(p.msg.data);
      } catch (e) {
        this.log.error(`error deserializing one of the messages in bulk cloud event in pubsub ${name} and topic ${topic}: ${(e as Error).message}`);
        failed.push(p);
        continue;
      }
      if (!(ce instanceof Map)) {
        this.log.error(`error deserializing one of the messages in bulk cloud event in pubsub ${name} and topic ${topic}: not a JSON object`);
        failed.push(p);
        continue;
      }
      if (hasExpired(ce)) {
        this.log.warn("dropping an expired pub/sub event", { id: stringAttr(ce, F.id), expiration: stringAttr(ce, F.expiration), topic });
        if (dlt) await this.deadLetter.send(dlt, p.msg, metadata, topic);
        p.done("success");
        continue;
      }
      const path = findRoute(this.o.rules, ce);
      if (typeof path !== "string") {
        this.skipOrFail(p, path, failed, topic);
        continue;
      }
      addTo(byPath, path, { p, path, entry: { entryId, event: { cloudEvent: ce }, contentType: p.msg.contentType || cloudEventContentType, metadata } });
    }
    await Promise.all([...byPath.values()].map((items) => this.deliverWithRetries(items, topic)));
    for (const p of failed) await this.finishFailed(p, topic);
  }

  /** No matching route: skipped (dead-lettered if possible); a rule that failed to run: the message failed. */
  private skipOrFail(p: Pending, route: Error | undefined, failed: Pending[], topic: string): void {
    if (route instanceof Error) {
      this.log.error(`error finding matching route for event in bulk subscribe: ${route.message}`, { pubsubname: this.o.spec.pubsubName, topic });
      failed.push(p);
      return;
    }
    this.log.warn("no matching route for event; skipping", { pubsubname: this.o.spec.pubsubName, topic });
    const dlt = this.o.spec.deadLetterTopic;
    void (dlt ? this.deadLetter.send(dlt, p.msg, { ...p.msg.metadata }, topic) : Promise.resolve()).then(() => p.done("success"));
  }

  private async deliverWithRetries(items: Item[], topic: string): Promise<void> {
    const { spec, settings } = this.o;
    const retry = settings.retry;
    let remaining = items;
    let last = new Map<string, DeliveryResult>();
    for (let attempt = 1; ; attempt++) {
      const results = await this.o.postman.deliverBulk(
        { topic, pubsubName: spec.pubsubName, path: items[0]!.path, metadata: { pubsubName: spec.pubsubName }, entries: remaining.map((i) => i.entry) },
        this.o.hardStop,
      );
      const again: Item[] = [];
      for (const it of remaining) {
        const r = results.get(it.entry.entryId)!;
        if (r.status === "success") it.p.done("success");
        else if (r.status === "drop") {
          this.log.warn(`pub/sub event dropped: ${r.reason}`, { entryId: it.entry.entryId, topic, route: it.path });
          const sent = r.deadLetter && spec.deadLetterTopic ? await this.deadLetter.send(spec.deadLetterTopic, it.p.msg, it.entry.metadata, topic) : true;
          it.p.done(sent ? "success" : "retry");
        } else again.push(it);
      }
      last = results;
      remaining = again;
      if (remaining.length === 0) return;
      const aborted = remaining.some((it) => it.p.signal.aborted) || this.o.hardStop.aborted;
      if (aborted || !mayRetry(retry, attempt)) break;
      const wait = backoffMs(retry, attempt);
      const reason = (last.get(remaining[0]!.entry.entryId) as { reason?: string }).reason;
      this.log.warn(`bulk pub/sub events to be delivered again: ${reason}`, { topic, route: items[0]!.path, entries: remaining.length, attempt, retryInMs: wait });
      if (!(await pause(wait, remaining[0]!.p.signal))) break;
    }
    const reason = (last.get(remaining[0]!.entry.entryId) as { reason?: string } | undefined)?.reason;
    this.log.error(`bulk pub/sub events not delivered: ${reason}`, { topic, route: items[0]!.path, entries: remaining.length });
    for (const it of remaining) await this.finishFailed(it.p, topic);
  }

  /** A message that could not be processed: to the dead-letter topic if there is one, else back to the driver as not processed. */
  private async finishFailed(p: Pending, topic: string): Promise<void> {
    const dlt = this.o.spec.deadLetterTopic;
    p.done(dlt && (await this.deadLetter.send(dlt, p.msg, { ...p.msg.metadata }, topic)) ? "success" : "retry");
  }
}

function addTo(m: Map<string, Item[]>, path: string, it: Item): void {
  const list = m.get(path);
  if (list) list.push(it);
  else m.set(path, [it]);
}
