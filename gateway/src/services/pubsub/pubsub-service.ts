/**
 * The pub/sub building block: PublishEvent (CloudEvents envelope, TTL, raw
 * payloads, trace context) and the app's subscriptions (loaded from the app
 * once it is ready, delivered to it with Dapr's status rules, retries and
 * dead-letter topics), once for every protocol and every driver.
 */
import { create } from "@bufbuild/protobuf";
import { EmptySchema } from "@bufbuild/protobuf/wkt";
import type { HandlerContext } from "@connectrpc/connect";
import type { AppChannel } from "../../app-channel/app-channel.js";
import type { LoadedComponent } from "../../components/component-store.js";
import { deliveryRetryMetadata, type PubSubDriver } from "../../components/pubsub/pubsub.js";
import { parseMetadata } from "../../components/metadata-schema.js";
import * as errors from "../../errors/catalog.js";
import type { PubsubSubscription } from "../../gen/dapr/proto/runtime/v1/metadata_pb.js";
import type { PublishEventRequest } from "../../gen/dapr/proto/runtime/v1/pubsub_pb.js";
import type { Logger } from "../../util/logger.js";
import type { SidecarContext } from "../context.js";
import { loadAppSubscriptions } from "./app-subscriptions.js";
import { applyTtl, CloudEventError, encodeCloudEvent, newCloudEvent } from "./cloud-event.js";
import { mergeSubscriptions } from "./declarative-subscriptions.js";
import { AppDelivery } from "./delivery.js";
import { retryPolicyOf } from "./retry-policy.js";
import { parseGoBool, Subscriber } from "./subscriber.js";
import { toMetadataSubscription, type SubscriptionSpec } from "./subscription-spec.js";
import { childSpan, formatTraceparent, incomingTrace } from "./trace-context.js";

export interface PubSubServiceOptions {
  /** The app channel; undefined when the sidecar runs without an app (then there are no subscriptions). */
  readonly appChannel?: AppChannel;
  /** Subscriptions declared in Subscription resources. */
  readonly declarativeSubscriptions?: readonly SubscriptionSpec[];
}

const emptyMeta: Readonly<Record<string, string>> = Object.freeze({});

export class PubSubService {
  private readonly log: Logger;
  /** Subscriptions as the metadata API lists them: declarative at once, the app's once they are running. */
  private listed: SubscriptionSpec[];
  private readonly subscribers: Subscriber[] = [];
  private starting?: Promise<void>;
  private stopped = false;
  private readonly stopSignal = new AbortController();

  constructor(
    private readonly ctx: SidecarContext,
    private readonly opts: PubSubServiceOptions = {},
  ) {
    this.log = ctx.logger.child("pubsub");
    this.listed = [...(opts.declarativeSubscriptions ?? [])];
  }

  async publishEvent(req: PublishEventRequest, hctx?: HandlerContext) {
    const name = req.pubsubName;
    const requestMeta = req.metadata ?? emptyMeta;
    const viaRest = hctx?.protocolName === "rest";
    if (name === "") throw errors.pubsubNameEmpty(requestMeta);
    const c = this.ctx.components.get<PubSubDriver>("pubsub", name);
    if (!c) throw errors.pubsubNotFound(name, viaRest ? requestMeta : undefined);
    if (req.topic === "") throw errors.pubsubTopicEmpty(name, requestMeta);
    const rawPayload = parseGoBool(requestMeta["rawPayload"]);
    if (rawPayload instanceof Error) throw errors.pubsubMetadata(name, rawPayload, requestMeta);
    if (!c.instance) throw errors.pubsubPublish(name, req.topic, new Error(`pubsub ${name} is not ready: ${c.error ?? "it failed to start"}`));

    const trace = incomingTrace(hctx?.requestHeader);
    const span = formatTraceparent(childSpan(trace.parent));
    const metadata: Record<string, string> = { ...requestMeta };
    let data = req.data;
    if (!rawPayload) {
      let ce;
      try {
        ce = newCloudEvent(
          { source: this.ctx.appId, topic: req.topic, pubsubName: name, dataContentType: req.dataContentType, data: req.data, traceparent: span, tracestate: trace.tracestate },
          requestMeta,
        );
      } catch (e) {
        if (e instanceof CloudEventError) throw errors.pubsubCloudEvent(name, e, this.ctx.appId);
        throw e;
      }
      applyTtl(ce, c.definition.features.includes("MESSAGE_TTL"), requestMeta);
      data = encodeCloudEvent(ce);
    } else if (!viaRest) {
      // Dapr's gRPC API (not its HTTP API) passes the trace context of a raw payload as message metadata.
      metadata["traceid"] = span;
      metadata["tracestate"] = trace.tracestate;
    }
    try {
      await c.instance.publish({ topic: req.topic, data, metadata });
    } catch (e) {
      throw errors.pubsubPublish(name, req.topic, e);
    }
    return create(EmptySchema);
  }

  /** The subscriptions the metadata API lists. */
  subscriptions(): PubsubSubscription[] {
    return this.listed.map(toMetadataSubscription);
  }

  /**
   * Starts the subscriptions in the background: declarative ones, and the
   * app's own once the app listens. Does nothing without pubsub components.
   */
  start(): void {
    this.starting ??= this.startSubscriptions().catch((e) => {
      if (!this.stopped) this.log.error("could not start the app's subscriptions", { error: e });
    });
  }

  /** Resolves once the subscriptions started by start() are running (or failed to). */
  async started(): Promise<void> {
    await this.starting;
  }

  /** Stops every subscription: no new deliveries, retries cut short, calls in flight awaited. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopSignal.abort(new Error("the sidecar is stopping"));
    await Promise.all(this.subscribers.splice(0).map((s) => s.stop().catch((e) => this.log.warn("error stopping a subscription", { error: e }))));
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
      this.log.error("could not get the app's subscriptions; it subscribes to nothing", { error: e });
    }
    const byPubsub = new Map<string, string[]>();
    for (const s of programmatic) byPubsub.set(s.pubsubName, [...(byPubsub.get(s.pubsubName) ?? []), s.topic]);
    for (const [pubsub, topics] of byPubsub) this.log.info("the app subscribes", { pubsubname: pubsub, topics });

    const delivery = new AppDelivery(channel);
    const all = mergeSubscriptions(declarative, programmatic);
    for (const spec of all) {
      if (this.stopped) return;
      await this.startOne(spec, delivery);
    }
    this.listed = all;
  }

  private async startOne(spec: SubscriptionSpec, delivery: AppDelivery): Promise<void> {
    const c = this.ctx.components.get<PubSubDriver>("pubsub", spec.pubsubName);
    if (!c) {
      this.log.warn("the subscription names a pubsub that is not loaded; it is ignored", { pubsubname: spec.pubsubName, topic: spec.topic });
      return;
    }
    if (!c.instance) {
      this.log.warn("the subscription's pubsub failed to start; it is ignored", { pubsubname: spec.pubsubName, topic: spec.topic, error: c.error });
      return;
    }
    if (spec.topic === "") {
      this.log.warn("the subscription has no topic; it is ignored", { pubsubname: spec.pubsubName });
      return;
    }
    if (spec.rules.length === 0) {
      this.log.warn("the subscription has no route; it is ignored", { pubsubname: spec.pubsubName, topic: spec.topic, subscription: spec.name });
      return;
    }
    const sub = new Subscriber({
      spec,
      driver: c.instance,
      consumerGroup: consumerGroupOf(c, this.ctx.appId),
      retry: retryPolicyOf(parseMetadata(deliveryRetryMetadata, c.metadata).config),
      delivery,
      logger: this.log,
      hardStop: this.ctx.signal,
    });
    try {
      await sub.start();
      this.subscribers.push(sub);
      this.log.debug("subscribed", { pubsubname: spec.pubsubName, topic: spec.topic, deadLetterTopic: spec.deadLetterTopic || undefined });
    } catch (e) {
      this.log.error("could not subscribe", { pubsubname: spec.pubsubName, topic: spec.topic, error: e });
    }
  }
}

/** The consumer group of a component's subscriptions: its `consumerID` metadata, the app id by default (as Dapr does). */
function consumerGroupOf(c: LoadedComponent<PubSubDriver>, appId: string): string {
  const entry = Object.entries(c.metadata).find(([k]) => k.toLowerCase() === "consumerid");
  const v = entry?.[1].trim() ?? "";
  return v === "" ? appId : v;
}
