/**
 * APP_API_TOKEN: the real pillion binary started with it sends the token to
 * a real app as `dapr-api-token` on its calls, as daprd 1.18 does: over HTTP
 * on every call (/dapr/subscribe, pub/sub delivery, the input binding's
 * OPTIONS and events, job triggers, invocation from HTTP and gRPC callers);
 * over gRPC AppCallback on OnInvoke, OnTopicEvent, OnBindingEvent, OnJobEvent
 * and calls proxied to the app, but not on ListTopicSubscriptions and
 * ListInputBindings. The caller's own DAPR_API_TOKEN never reaches the app.
 */
import { createServer, type Http2Server } from "node:http2";
import type { AddressInfo } from "node:net";
import { create } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { connectNodeAdapter, createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPExtension_Verb, InvokeResponseSchema } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import {
  AppCallback,
  AppCallbackHealthCheck,
  BindingEventResponseSchema,
  HealthCheckResponseSchema,
  JobEventResponseSchema,
  ListInputBindingsResponseSchema,
  ListTopicSubscriptionsResponseSchema,
  TopicEventResponseSchema,
  TopicEventResponse_TopicEventResponseStatus,
} from "../../gateway/src/gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { startRecordingHttpServer, type RecordingHttpServer } from "../apps/bindings-http-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const appToken = "token-for-the-app";
const callerToken = "token-of-the-callers";
const env = { APP_API_TOKEN: appToken, DAPR_API_TOKEN: callerToken };

const resources = `apiVersion: dapr.io/v1alpha1
kind: Component
metadata: { name: messages }
spec:
  type: pubsub.in-memory
  version: v1
---
apiVersion: dapr.io/v1alpha1
kind: Component
metadata: { name: ticker }
spec:
  type: bindings.cron
  version: v1
  metadata:
    - { name: schedule, value: "@every 1s" }
`;

async function waitUntil<T>(what: string, get: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("an HTTP app", () => {
  let app: RecordingHttpServer;
  let sc: SidecarProcess;
  let dir: ReturnType<typeof tempDir>;
  const headers = { "dapr-api-token": callerToken, "content-type": "application/json" };
  const tokenAt = (method: string, path: string) => app.at(method, path).map((r) => r.headers["dapr-api-token"]);

  beforeAll(async () => {
    app = await startRecordingHttpServer();
    app.on("GET", "/dapr/subscribe", () => ({ status: 200, body: JSON.stringify([{ pubsubname: "messages", topic: "orders", route: "/orders" }]) }));
    app.on("POST", "/orders", () => ({ status: 200 }));
    app.on("OPTIONS", "/ticker", () => ({ status: 200 }));
    app.on("POST", "/ticker", () => ({ status: 200 }));
    app.on("POST", "/job/tick", () => ({ status: 200 }));
    app.on("*", "/hello", () => ({ status: 200, body: "hi" }));
    dir = tempDir({ "components.yaml": resources });
    sc = await startSidecar({ appId: "token-http", appPort: app.port, resourcesPaths: [dir.path], env, waitForApp: true });
  });

  afterAll(async () => {
    await sc?.stop();
    await app?.close();
    dir?.remove();
  });

  it("asks for subscriptions and the binding with the app token", async () => {
    await app.waitFor("GET", "/dapr/subscribe", 1);
    await app.waitFor("OPTIONS", "/ticker", 1);
    expect(tokenAt("GET", "/dapr/subscribe")).toEqual([appToken]);
    expect(tokenAt("OPTIONS", "/ticker")).toEqual([appToken]);
  });

  it("delivers binding events with the app token", async () => {
    const events = await app.waitFor("POST", "/ticker", 1);
    expect(events[0]!.headers["dapr-api-token"]).toBe(appToken);
  });

  it("delivers pub/sub messages with the app token", async () => {
    await app.waitFor("GET", "/dapr/subscribe", 1);
    const res = await fetch(`${sc.httpUrl}/v1.0/publish/messages/orders`, { method: "POST", headers, body: JSON.stringify({ id: 1 }) });
    expect(res.status).toBe(204);
    await app.waitFor("POST", "/orders", 1);
    expect(tokenAt("POST", "/orders")).toEqual([appToken]);
  });

  it("triggers jobs with the app token", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0-alpha1/jobs/tick`, { method: "POST", headers, body: JSON.stringify({ dueTime: "0s" }) });
    expect(res.status).toBe(204);
    await app.waitFor("POST", "/job/tick", 1);
    expect(tokenAt("POST", "/job/tick")).toEqual([appToken]);
  });

  it("invokes the app with the app token in place of the caller's, from HTTP and gRPC callers", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/token-http/method/hello`, { method: "POST", headers, body: "{}" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("hi");
    const dapr = createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
    const out = await dapr.invokeService(
      { id: "token-http", message: { method: "hello", httpExtension: { verb: HTTPExtension_Verb.GET } } },
      { headers: { "dapr-api-token": callerToken } },
    );
    expect(Buffer.from(out.data!.value).toString()).toBe("hi");
    const calls = app.at("*", "/hello");
    expect(calls.map((r) => r.method)).toEqual(["POST", "GET"]);
    // Exactly one value each: the app token, not the caller's token beside it.
    expect(calls.map((r) => r.headers["dapr-api-token"])).toEqual([appToken, appToken]);
  });
});

interface GrpcCall {
  readonly method: string;
  readonly token: string | null;
}

describe("a gRPC app", () => {
  let server: Http2Server;
  let sc: SidecarProcess;
  let dir: ReturnType<typeof tempDir>;
  const calls: GrpcCall[] = [];
  const record = (method: string, h: Headers) => calls.push({ method, token: h.get("dapr-api-token") });
  const tokensOf = (method: string) => calls.filter((c) => c.method === method).map((c) => c.token);
  const seen = (method: string) => waitUntil(method, () => (calls.some((c) => c.method === method) ? true : undefined));

  beforeAll(async () => {
    server = createServer(
      connectNodeAdapter({
        routes: (router) => {
          router.service(AppCallback, {
            onInvoke: (_req, ctx) => {
              record("OnInvoke", ctx.requestHeader);
              return create(InvokeResponseSchema, { data: { typeUrl: "", value: Buffer.from("hi") }, contentType: "text/plain" });
            },
            listTopicSubscriptions: (_req, ctx) => {
              record("ListTopicSubscriptions", ctx.requestHeader);
              return create(ListTopicSubscriptionsResponseSchema, { subscriptions: [{ pubsubName: "messages", topic: "orders" }] });
            },
            onTopicEvent: (_req, ctx) => {
              record("OnTopicEvent", ctx.requestHeader);
              return create(TopicEventResponseSchema, { status: TopicEventResponse_TopicEventResponseStatus.SUCCESS });
            },
            listInputBindings: (_req, ctx) => {
              record("ListInputBindings", ctx.requestHeader);
              return create(ListInputBindingsResponseSchema, { bindings: ["ticker"] });
            },
            onBindingEvent: (_req, ctx) => {
              record("OnBindingEvent", ctx.requestHeader);
              return create(BindingEventResponseSchema);
            },
            onJobEvent: (_req, ctx) => {
              record("OnJobEvent", ctx.requestHeader);
              return create(JobEventResponseSchema);
            },
          });
          router.service(AppCallbackHealthCheck, {
            healthCheck: (_req, ctx) => {
              record("HealthCheck", ctx.requestHeader);
              return create(HealthCheckResponseSchema);
            },
          });
        },
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    dir = tempDir({ "components.yaml": resources });
    sc = await startSidecar({
      appId: "token-grpc",
      appPort: (server.address() as AddressInfo).port,
      appProtocol: "grpc",
      resourcesPaths: [dir.path],
      env,
      waitForApp: true,
    });
  });

  afterAll(async () => {
    await sc?.stop();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    dir?.remove();
  });

  it("lists subscriptions and bindings without the token, as daprd does", async () => {
    await seen("ListTopicSubscriptions");
    await seen("ListInputBindings");
    expect(tokensOf("ListTopicSubscriptions").every((t) => t === null)).toBe(true);
    expect(tokensOf("ListInputBindings").every((t) => t === null)).toBe(true);
  });

  it("delivers binding events with the app token", async () => {
    await seen("OnBindingEvent");
    expect(tokensOf("OnBindingEvent")[0]).toBe(appToken);
  });

  it("delivers pub/sub messages with the app token", async () => {
    await seen("ListTopicSubscriptions");
    const res = await fetch(`${sc.httpUrl}/v1.0/publish/messages/orders`, {
      method: "POST",
      headers: { "dapr-api-token": callerToken, "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(204);
    await seen("OnTopicEvent");
    expect(tokensOf("OnTopicEvent")).toEqual([appToken]);
  });

  it("triggers jobs with the app token", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0-alpha1/jobs/tick`, {
      method: "POST",
      headers: { "dapr-api-token": callerToken, "content-type": "application/json" },
      body: JSON.stringify({ dueTime: "0s" }),
    });
    expect(res.status).toBe(204);
    await seen("OnJobEvent");
    expect(tokensOf("OnJobEvent")).toEqual([appToken]);
  });

  it("invokes the app with the app token in place of the caller's, from HTTP and gRPC callers", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/token-grpc/method/hello`, { method: "POST", headers: { "dapr-api-token": callerToken }, body: "{}" });
    expect(res.status).toBe(200);
    const dapr = createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
    await dapr.invokeService({ id: "token-grpc", message: { method: "hello", httpExtension: { verb: HTTPExtension_Verb.POST } } }, { headers: { "dapr-api-token": callerToken } });
    expect(tokensOf("OnInvoke")).toEqual([appToken, appToken]);
  });

  it("proxies calls to the app with the app token in place of the caller's", async () => {
    const health = createClient(AppCallbackHealthCheck, createGrpcTransport({ baseUrl: sc.grpcUrl }));
    await health.healthCheck({}, { headers: { "dapr-app-id": "token-grpc", "dapr-api-token": callerToken } });
    expect(tokensOf("HealthCheck")).toEqual([appToken]);
  });
});
