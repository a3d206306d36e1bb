/**
 * A real gRPC app for pub/sub tests: implements AppCallback over HTTP/2
 * (ListTopicSubscriptions answers the subscriptions it is given; OnTopicEvent
 * records each event with its metadata and answers as a test tells it to).
 */
import { createServer, type Http2Server } from "node:http2";
import type { AddressInfo } from "node:net";
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { ConnectError, type ConnectRouter } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import {
  AppCallback,
  AppCallbackAlpha,
  ListTopicSubscriptionsResponseSchema,
  TopicEventBulkResponseEntrySchema,
  TopicEventBulkResponseSchema,
  type TopicEventBulkRequest,
  TopicEventResponseSchema,
  TopicSubscriptionSchema,
  type TopicEventRequest,
  type TopicEventResponse_TopicEventResponseStatus,
} from "../../gateway/src/gen/dapr/proto/runtime/v1/appcallback_pb.js";

export interface GrpcDelivery {
  readonly request: TopicEventRequest;
  readonly headers: Headers;
  /** 1 for the first delivery of this topic, 2 for the next, ... */
  readonly nth: number;
}

/** What OnTopicEvent answers: a status, or an error to throw. */
export type GrpcAnswer = TopicEventResponse_TopicEventResponseStatus | ConnectError;

/** Which bulk callback the app implements: OnBulkTopicEvent, only AppCallbackAlpha's OnBulkTopicEventAlpha1, or none. */
export type BulkCallback = "v1" | "alpha" | "none";

export interface GrpcBulkDelivery {
  readonly request: TopicEventBulkRequest;
  readonly method: "OnBulkTopicEvent" | "OnBulkTopicEventAlpha1";
  readonly headers: Headers;
}

export interface PubSubGrpcApp {
  readonly port: number;
  readonly deliveries: GrpcDelivery[];
  readonly bulkDeliveries: GrpcBulkDelivery[];
  /** How bulk deliveries to a topic are answered: a status per entry id (SUCCESS when not given). */
  onBulk(topic: string, behaviour: (d: GrpcBulkDelivery) => Record<string, TopicEventResponse_TopicEventResponseStatus>): void;
  on(topic: string, behaviour: (d: GrpcDelivery) => GrpcAnswer): void;
  at(topic: string): GrpcDelivery[];
  waitFor(topic: string, n: number, timeoutMs?: number): Promise<GrpcDelivery[]>;
  close(): Promise<void>;
}

export async function startPubSubGrpcApp(subscriptions: readonly MessageInitShape<typeof TopicSubscriptionSchema>[], bulk: BulkCallback = "v1"): Promise<PubSubGrpcApp> {
  const deliveries: GrpcDelivery[] = [];
  const bulkDeliveries: GrpcBulkDelivery[] = [];
  const bulkBehaviours = new Map<string, (d: GrpcBulkDelivery) => Record<string, TopicEventResponse_TopicEventResponseStatus>>();
  const onBulk = (method: GrpcBulkDelivery["method"]) => (request: TopicEventBulkRequest, ctx: { requestHeader: Headers }) => {
    const d: GrpcBulkDelivery = { request, method, headers: ctx.requestHeader };
    bulkDeliveries.push(d);
    const answers = bulkBehaviours.get(request.topic)?.(d) ?? {};
    return create(TopicEventBulkResponseSchema, {
      statuses: request.entries.map((e) => create(TopicEventBulkResponseEntrySchema, { entryId: e.entryId, status: answers[e.entryId] ?? 0 })),
    });
  };
  const behaviours = new Map<string, (d: GrpcDelivery) => GrpcAnswer>();
  const at = (topic: string) => deliveries.filter((d) => d.request.topic === topic);
  const routes = (router: ConnectRouter) => {
    if (bulk === "alpha") router.service(AppCallbackAlpha, { onBulkTopicEventAlpha1: onBulk("OnBulkTopicEventAlpha1") });
    router.service(AppCallback, {
      ...(bulk === "v1" && { onBulkTopicEvent: onBulk("OnBulkTopicEvent") }),
      listTopicSubscriptions: () => create(ListTopicSubscriptionsResponseSchema, { subscriptions: subscriptions.map((s) => create(TopicSubscriptionSchema, s)) }),
      onTopicEvent: (request, ctx) => {
        const d: GrpcDelivery = { request, headers: ctx.requestHeader, nth: at(request.topic).length + 1 };
        deliveries.push(d);
        const answer = behaviours.get(request.topic)?.(d) ?? 0;
        if (answer instanceof ConnectError) throw answer;
        return create(TopicEventResponseSchema, { status: answer });
      },
    });
  };
  const server: Http2Server = createServer(connectNodeAdapter({ routes }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    deliveries,
    bulkDeliveries,
    onBulk: (topic, behaviour) => bulkBehaviours.set(topic, behaviour),
    on: (topic, behaviour) => behaviours.set(topic, behaviour),
    at,
    waitFor: async (topic, n, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (at(topic).length < n) {
        if (Date.now() > deadline) throw new Error(`${topic} got ${at(topic).length} deliveries, not ${n}, within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return at(topic);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
