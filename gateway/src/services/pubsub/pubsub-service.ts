/**
 * The pub/sub building block: PublishEvent and BulkPublishEvent (CloudEvents
 * envelope, TTL, raw payloads, trace context, topic scopes, namespaced
 * topics), the app's subscriptions (loaded from the app once it is ready,
 * routed by CEL rules, delivered one by one or in batches with Dapr's status
 * rules, retries and dead-letter topics) and streaming subscriptions
 * (SubscribeTopicEventsAlpha1), once for every protocol and every driver.
 */
import { create } from "@bufbuild/protobuf";
import { EmptySchema } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, type HandlerContext } from "@connectrpc/connect";
import type { AppChannel } from "../../app-channel/app-channel.js";
import type { LoadedComponent } from "../../components/component-store.js";
import { bulkPublishFromSingle, type BulkPublishEntry, type BulkPublishFailure, type PubSubDriver } from "../../components/pubsub/pubsub.js";
import * as errors from "../../errors/catalog.js";
import type { PubsubSubscription } from "../../gen/dapr/proto/runtime/v1/metadata_pb.js";
import {
  BulkPublishResponseSchema,
  SubscribeTopicEventsResponseAlpha1Schema,
  SubscribeTopicEventsResponseInitialAlpha1Schema,
  type BulkPublishRequest,
  type PublishEventRequest,
  type SubscribeTopicEventsRequestAlpha1,
  type SubscribeTopicEventsResponseAlpha1,
} from "../../gen/dapr/proto/runtime/v1/pubsub_pb.js";
import type { Logger } from "../../util/logger.js";
import type { SidecarContext } from "../context.js";
import { loadAppSubscriptions } from "./app-subscriptions.js";
import { AppBulkDelivery } from "./bulk-delivery.js";
import { BulkSubscriber } from "./bulk-subscriber.js";
import { applyTtl, CloudEventError, encodeCloudEvent, newCloudEvent } from "./cloud-event.js";
import { pubsubSettingsOf, type PubSubSettings } from "./component-settings.js";
import { mergeSubscriptions } from "./declarative-subscriptions.js";
import { AppDelivery, type Postman } from "./delivery.js";
import { compileRules } from "./routing-rules.js";
import { StreamConnection, StreamGroup } from "./streaming.js";
import { parseGoBool, Subscriber } from "./subscriber.js";
import { toMetadataSubscription, type SubscriptionSpec } from "./subscription-spec.js";
import { mayPublish, maySubscribe } from "./topic-scopes.js";
import { childSpan, formatTraceparent, incomingTrace } from "../../util/trace-context.js";

export interface PubSubServiceOptions {
  /** The app channel; undefined when the sidecar runs without an app (then there are no app subscriptions). */
  readonly appChannel?: AppChannel;
  /** Subscriptions declared in Subscription resources. */
  readonly declarativeSubscriptions?: readonly SubscriptionSpec[];
  /** POD_NAME, for `{podName}` in component metadata; the environment's by default. */
  readonly podName?: string;
}

/** The outcome of a bulk publish: the entries that failed, and the first failure's error. */
export interface BulkPublishOutcome {
  readonly failedEntries: readonly BulkPublishFailure[];
  readonly error?: unknown;
}

interface Target {
  readonly c: LoadedComponent<PubSubDriver>;
  readonly driver: PubSubDriver;
  readonly settings: PubSubSettings;
  readonly rawPayload: boolean;
}

interface Running {
  stop(): Promise<void>;
}

interface StreamSubscription {
  readonly key: string;
  readonly group: StreamGroup;
  readonly spec: SubscriptionSpec;
  running?: Promise<Running | undefined>;
}

const emptyMeta: Readonly<Record<string, string>> = Object.freeze({});
const entryIdError = "entryId is duplicated or not present for entry";

export class PubSubService {
  private readonly log: Logger;
  /** Subscriptions as the metadata API lists them: declarative at once, the app's once they are running. */
  private listed: SubscriptionSpec[];
  private readonly subscribers: Running[] = [];
  private readonly settingsByName = new Map<string, PubSubSettings | Error>();
  private readonly streams = new Map<string, StreamSubscription>();
  private readonly streamSpecs = new Map<StreamConnection, SubscriptionSpec>();
  private nextConnectionId = 1;
  private starting?: Promise<void>;
  private subscriptionsSettled = false;
  private stopped = false;
  private readonly stopSignal = new AbortController();

  constructor(
    private readonly ctx: SidecarContext,
    private readonly opts: PubSubServiceOptions = {},
  ) {
    this.log = ctx.logger.child("pubsub");
    this.listed = [...(opts.declarativeSubscriptions ?? [])];
    const podName = opts.podName ?? process.env["POD_NAME"];
    for (const c of ctx.components.list("pubsub")) {
      try {
        this.settingsByName.set(c.name, pubsubSettingsOf(c.metadata, { appId: ctx.appId, namespace: ctx.namespace, podName }));
      } catch (e) {
        this.log.error("pubsub component cannot be used", { name: c.name, file: c.source, error: e });
        this.settingsByName.set(c.name, e as Error);
      }
    }
  }

  // ---- publishing -------------------------------------------------------------------

  async publishEvent(req: PublishEventRequest, hctx?: HandlerContext) {
    const name = req.pubsubName;
    const requestMeta = req.metadata ?? emptyMeta;
    const viaRest = hctx?.protocolName === "rest";
    const t = this.target(name, req.topic, requestMeta, viaRest);
    const trace = incomingTrace(hctx?.requestHeader);
    const span = formatTraceparent(childSpan(trace.parent));
    const metadata: Record<string, string> = { ...requestMeta };
    let data = req.data;
    if (!t.rawPayload) {
      data = this.envelope(t, req.topic, req.dataContentType, req.data, requestMeta, span, trace.tracestate);
    } else if (!viaRest) {
      // Dapr's gRPC API (not its HTTP API) passes the trace context of a raw payload as message metadata.
      metadata["traceid"] = span;
      metadata["tracestate"] = trace.tracestate;
    }
    if (!mayPublish(req.topic, t.settings.scopes)) throw errors.pubsubForbidden(name, req.topic, this.ctx.appId);
    try {
      await t.driver.publish({ topic: t.settings.topicPrefix + req.topic, data, metadata });
    } catch (e) {
      throw errors.pubsubPublish(name, req.topic, e);
    }
    return create(EmptySchema);
  }

  /** BulkPublishEvent: any failed entry fails the call (gRPC Internal ERR_PUBSUB_PUBLISH_MESSAGE), as in Dapr. */
  async bulkPublishEvent(req: BulkPublishRequest, hctx?: HandlerContext) {
    const out = await this.bulkPublish(req, hctx);
    if (out.failedEntries.length > 0) throw errors.pubsubPublish(req.pubsubName, req.topic, out.error);
    return create(BulkPublishResponseSchema, { failedEntries: [] });
  }

  /** The deprecated alpha twin of BulkPublishEvent. */
  bulkPublishEventAlpha1(req: BulkPublishRequest, hctx?: HandlerContext) {
    return this.bulkPublishEvent(req, hctx);
  }

  /**
   * Publishes the entries of a bulk request: each entry needs a unique
   * entryId, gets its own CloudEvent (unless rawPayload) built with its
   * metadata (the request's filling in keys the entry does not have, for
   * entries that have metadata), and goes to the driver's bulkPublish (feature
   * BULK_PUBSUB) or to single publishes. Resolves with the entries that
   * failed; throws for requests that are refused as a whole.
   */
  async bulkPublish(req: BulkPublishRequest, hctx?: HandlerContext): Promise<BulkPublishOutcome> {
    const name = req.pubsubName;
    const requestMeta = req.metadata ?? emptyMeta;
    const viaRest = hctx?.protocolName === "rest";
    const t = this.target(name, req.topic, requestMeta, viaRest);
    const ids = new Set<string>();
    const entries: BulkPublishEntry[] = [];
    const trace = incomingTrace(hctx?.requestHeader);
    for (const e of req.entries) {
      if (e.entryId === "" || ids.has(e.entryId)) throw errors.pubsubMarshalEvents(name, req.topic, this.ctx.appId, new Error(entryIdError));
      ids.add(e.entryId);
      const metadata = Object.keys(e.metadata).length > 0 ? { ...requestMeta, ...e.metadata } : {};
      let data = e.event;
      if (!t.rawPayload) {
        const span = formatTraceparent(childSpan(trace.parent));
        data = this.envelope(t, req.topic, e.contentType, e.event, metadata, span, trace.tracestate);
      }
      entries.push({ entryId: e.entryId, data, metadata, contentType: e.contentType });
    }
    if (!mayPublish(req.topic, t.settings.scopes)) throw errors.pubsubForbidden(name, req.topic, this.ctx.appId);
    const topic = t.settings.topicPrefix + req.topic;
    let failedEntries: BulkPublishFailure[];
    let error: unknown;
    try {
      failedEntries =
        t.driver.bulkPublish && t.c.definition.features.includes("BULK_PUBSUB")
          ? await t.driver.bulkPublish(topic, entries, requestMeta)
          : await bulkPublishFromSingle(t.driver, topic, entries);
    } catch (e) {
      error = e;
      failedEntries = entries.map((en) => ({ entryId: en.entryId, error: e instanceof Error ? e.message : String(e) }));
    }
    if (failedEntries.length > 0 && error === undefined) error = new Error(failedEntries[0]!.error);
    return { failedEntries, ...(error !== undefined && { error }) };
  }

  /** Checks a publish request's pubsub, topic and rawPayload metadata as Dapr does before reading its body; throws Dapr's error. */
  checkPublishTarget(name: string, topic: string, requestMeta: Readonly<Record<string, string>>, viaRest: boolean): void {
    this.target(name, topic, requestMeta, viaRest);
  }

  /**
   * Checks a publish target as Dapr does, in its order: pubsub name, pubsub
   * loaded, topic, rawPayload metadata; then that the component is usable.
   */
  private target(name: string, topic: string, requestMeta: Readonly<Record<string, string>>, viaRest: boolean): Target {
    if (name === "") throw errors.pubsubNameEmpty(requestMeta);
    const c = this.ctx.components.get<PubSubDriver>("pubsub", name);
    if (!c) throw errors.pubsubNotFound(name, viaRest ? requestMeta : undefined);
    if (topic === "") throw errors.pubsubTopicEmpty(name, requestMeta);
    const rawPayload = parseGoBool(requestMeta["rawPayload"]);
    if (rawPayload instanceof Error) throw errors.pubsubMetadata(name, rawPayload, requestMeta);
    const settings = this.settingsByName.get(name);
    if (!c.instance || !settings || settings instanceof Error) {
      const why = settings instanceof Error ? settings.message : (c.error ?? "it failed to start");
      throw errors.pubsubPublish(name, topic, new Error(`pubsub ${name} is not ready: ${why}`));
    }
    return { c, driver: c.instance, settings, rawPayload };
  }

  /** The CloudEvent bytes for a published body (TTL as `expiration` unless the component expires messages itself). */
  private envelope(t: Target, topic: string, contentType: string, data: Uint8Array, metadata: Readonly<Record<string, string>>, span: string, tracestate: string): Uint8Array {
    let ce;
    try {
      ce = newCloudEvent({ source: this.ctx.appId, topic, pubsubName: t.c.name, dataContentType: contentType, data, traceparent: span, tracestate }, metadata);
    } catch (e) {
      if (e instanceof CloudEventError) throw errors.pubsubCloudEvent(t.c.name, e, this.ctx.appId);
      throw e;
    }
    applyTtl(ce, t.c.definition.features.includes("MESSAGE_TTL"), metadata);
    return encodeCloudEvent(ce);
  }

  // ---- streaming subscriptions --------------------------------------------------------

  /**
   * SubscribeTopicEventsAlpha1: the first request names the pubsub and topic;
   * the sidecar answers an initial response, then sends each event, and the
   * client answers each with its id and status. Errors as Dapr gives them.
   */
  async *subscribeTopicEventsAlpha1(requests: AsyncIterable<SubscribeTopicEventsRequestAlpha1>, hctx: HandlerContext): AsyncGenerator<SubscribeTopicEventsResponseAlpha1> {
    const it = requests[Symbol.asyncIterator]();
    const first = await it.next();
    if (first.done) return;
    const init = first.value.subscribeTopicEventsRequestType;
    if (init.case !== "initialRequest") throw new ConnectError("initial request is required", Code.Unknown);
    const { pubsubName, topic } = init.value;
    if (pubsubName === "") throw new ConnectError("pubsubName is required", Code.Unknown);
    if (topic === "") throw new ConnectError("topic is required", Code.Unknown);
    if (this.stopped) throw errors.pubsubMetadata("", new Error("subscriber is closed"));
    const c = this.ctx.components.get<PubSubDriver>("pubsub", pubsubName);
    if (!c) throw errors.pubsubNotFound(pubsubName);
    const settings = this.settingsByName.get(pubsubName);
    if (!c.instance || !settings || settings instanceof Error) {
      throw new ConnectError(`failed to create subscription for ${pubsubName}: pubsub ${pubsubName} is not ready`, Code.Unknown);
    }
    if (!maySubscribe(topic, settings.scopes)) {
      throw new ConnectError(`failed to create subscription for ${pubsubName}: subscription to topic '${topic}' on pubsub '${pubsubName}' is not allowed`, Code.Unknown);
    }
    const spec: SubscriptionSpec = {
      pubsubName,
      topic,
      metadata: { ...init.value.metadata },
      rules: [{ match: "", path: "/" }],
      deadLetterTopic: init.value.deadLetterTopic ?? "",
      type: "STREAMING",
    };
    const conn = new StreamConnection(this.nextConnectionId++);
    const sub = this.joinStream(spec, c, settings, conn);
    try {
      const running = await sub.running;
      if (!running) throw new ConnectError(`failed to create subscription for ${pubsubName}: could not subscribe to topic ${topic}`, Code.Unknown);
      this.log.info("streaming subscription started", { pubsubname: pubsubName, topic, connectionId: conn.id });
      yield create(SubscribeTopicEventsResponseAlpha1Schema, {
        subscribeTopicEventsResponseType: { case: "initialResponse", value: create(SubscribeTopicEventsResponseInitialAlpha1Schema) },
      });
      let failure: unknown;
      const reading = (async () => {
        try {
          for (let r = await it.next(); !r.done; r = await it.next()) {
            const m = r.value.subscribeTopicEventsRequestType;
            if (m.case === "eventProcessed") conn.answer(m.value.id, m.value.status?.status ?? 0);
            else throw new ConnectError("duplicate initial request received", Code.Unknown);
          }
        } catch (e) {
          if (!hctx.signal.aborted) failure = e;
        } finally {
          conn.end();
        }
      })();
      const onAbort = () => conn.end();
      hctx.signal.addEventListener("abort", onAbort, { once: true });
      this.stopSignal.signal.addEventListener("abort", onAbort, { once: true });
      try {
        yield* conn.messages();
      } finally {
        hctx.signal.removeEventListener("abort", onAbort);
        this.stopSignal.signal.removeEventListener("abort", onAbort);
      }
      await Promise.race([reading, new Promise((r) => setTimeout(r, 0))]);
      if (failure) throw failure;
      this.log.info("unsubscribed from a streaming subscription", { pubsubname: pubsubName, topic, connectionId: conn.id });
    } finally {
      conn.end();
      await this.leaveStream(sub, conn);
    }
  }

  private joinStream(spec: SubscriptionSpec, c: LoadedComponent<PubSubDriver>, settings: PubSubSettings, conn: StreamConnection): StreamSubscription {
    const key = JSON.stringify([spec.pubsubName, spec.topic, spec.deadLetterTopic, Object.entries(spec.metadata).sort()]);
    let sub = this.streams.get(key);
    if (!sub) {
      const created: StreamSubscription = { key, group: new StreamGroup(), spec };
      created.running = this.startRunning(spec, c, settings, created.group, undefined);
      this.streams.set(key, (sub = created));
    }
    sub.group.add(conn);
    this.streamSpecs.set(conn, spec);
    return sub;
  }

  private async leaveStream(sub: StreamSubscription, conn: StreamConnection): Promise<void> {
    sub.group.remove(conn);
    this.streamSpecs.delete(conn);
    if (sub.group.size > 0 || this.streams.get(sub.key) !== sub) return;
    this.streams.delete(sub.key);
    const running = await sub.running;
    await running?.stop().catch((e: unknown) => this.log.warn("error stopping a streaming subscription", { error: e }));
  }

  // ---- app subscriptions -------------------------------------------------------------

  /** The subscriptions the metadata API lists. */
  subscriptions(): PubsubSubscription[] {
    return [...this.listed, ...this.streamSpecs.values()].map(toMetadataSubscription);
  }

  /**
   * Starts the subscriptions in the background: declarative ones, and the
   * app's own once the app listens. Does nothing without pubsub components.
   */
  start(): void {
    this.starting ??= this.startSubscriptions()
      .catch((e) => {
        if (!this.stopped) this.log.error("could not start the app's subscriptions", { error: e });
      })
      .finally(() => (this.subscriptionsSettled = true));
  }

  /**
   * Whether start() has run its course: the app's subscriptions (and the
   * declarative ones) are running, or failed to start. /v1.0/healthz waits
   * for it, as daprd starts the app's subscriptions before it reports ready:
   * an event published once health says ready reaches the app.
   */
  get subscriptionsStarted(): boolean {
    return this.subscriptionsSettled;
  }

  /** Resolves once the subscriptions started by start() are running (or failed to). */
  async started(): Promise<void> {
    await this.starting;
  }

  /** Stops every subscription: no new deliveries, retries cut short, calls in flight awaited. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopSignal.abort(new Error("the sidecar is stopping"));
    const streams = [...this.streams.values()];
    this.streams.clear();
    const all = [...this.subscribers.splice(0), ...(await Promise.all(streams.map((s) => s.running))).filter((r): r is Running => r !== undefined)];
    await Promise.all(all.map((s) => s.stop().catch((e) => this.log.warn("error stopping a subscription", { error: e }))));
  }

  private async startSubscriptions(): Promise<void> {
    if (this.ctx.components.count("pubsub") === 0) return;
    const declarative = this.opts.declarativeSubscriptions ?? [];
    const channel = this.opts.appChannel;
    if (!channel) {
      if (declarative.length) this.log.warn("the sidecar runs without an app port: declarative subscriptions are not delivered", { count: declarative.length });
      else this.log.debug("no app port: no subscriptions");
      return;
    }
    const signal = AbortSignal.any([this.ctx.signal, this.stopSignal.signal]);
    await channel.waitUntilReady(signal);
    let programmatic: SubscriptionSpec[] = [];
    try {
      programmatic = await loadAppSubscriptions(channel, this.ctx.appId, this.log, signal);
    } catch (e) {
      if (this.stopped) return;
      this.log.error("failed to subscribe to the app's topics: could not get the app's subscriptions; it subscribes to none of them", { error: e });
    }
    const byPubsub = new Map<string, string[]>();
    for (const s of programmatic) byPubsub.set(s.pubsubName, [...(byPubsub.get(s.pubsubName) ?? []), s.topic]);
    for (const [pubsub, topics] of byPubsub) this.log.info("the app subscribes", { pubsubname: pubsub, topics });

    const postman = new AppDelivery(channel);
    const bulkPostman = new AppBulkDelivery(channel);
    const all = mergeSubscriptions(declarative, programmatic);
    for (const spec of all) {
      if (this.stopped) return;
      await this.startOne(spec, postman, bulkPostman);
    }
    this.listed = all;
  }

  private async startOne(spec: SubscriptionSpec, postman: Postman, bulkPostman: AppBulkDelivery): Promise<boolean> {
    const c = this.ctx.components.get<PubSubDriver>("pubsub", spec.pubsubName);
    const at = { pubsubname: spec.pubsubName, topic: spec.topic, ...(spec.name && { subscription: spec.name }) };
    if (!c) {
      this.log.warn("the subscription names a pubsub that is not loaded; it is ignored", at);
      return false;
    }
    const settings = this.settingsByName.get(spec.pubsubName);
    if (!c.instance || !settings || settings instanceof Error) {
      this.log.warn("the subscription's pubsub failed to start; it is ignored", { ...at, error: settings instanceof Error ? settings.message : c.error });
      return false;
    }
    if (spec.topic === "") {
      this.log.warn("the subscription has no topic; it is ignored", at);
      return false;
    }
    if (spec.rules.length === 0) {
      this.log.warn("the subscription has no route; it is ignored", at);
      return false;
    }
    if (!maySubscribe(spec.topic, settings.scopes)) {
      this.log.warn(`subscription to topic '${spec.topic}' on pubsub '${spec.pubsubName}' is not allowed for app id ${this.ctx.appId}; it is ignored`, at);
      return false;
    }
    const running = await this.startRunning(spec, c, settings, postman, bulkPostman);
    if (!running) return false;
    this.subscribers.push(running);
    return true;
  }

  /** Starts one broker subscription; undefined (with an error log) when it could not be started. */
  private async startRunning(
    spec: SubscriptionSpec,
    c: LoadedComponent<PubSubDriver>,
    settings: PubSubSettings,
    postman: Postman,
    bulkPostman: AppBulkDelivery | undefined,
  ): Promise<Running | undefined> {
    const common = { spec, rules: compileRules(spec.rules), driver: c.instance!, settings, appId: this.ctx.appId, logger: this.log, hardStop: this.ctx.signal };
    const sub = spec.bulkSubscribe?.enabled && bulkPostman ? new BulkSubscriber({ ...common, postman: bulkPostman }) : new Subscriber({ ...common, postman });
    try {
      await sub.start();
      this.log.debug("subscribed", { pubsubname: spec.pubsubName, topic: spec.topic, deadLetterTopic: spec.deadLetterTopic || undefined, bulk: sub instanceof BulkSubscriber || undefined });
      return sub;
    } catch (e) {
      this.log.error("could not subscribe", { pubsubname: spec.pubsubName, topic: spec.topic, error: e });
      return undefined;
    }
  }
}
