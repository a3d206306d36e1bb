/**
 * Pub/sub end to end with a gRPC app: the real pillion binary with the
 * in-memory pubsub, and a real gRPC app that subscribes through
 * AppCallback/ListTopicSubscriptions and takes events on OnTopicEvent.
 */
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TopicEventResponse_TopicEventResponseStatus as Status } from "../../gateway/src/gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { startPubSubGrpcApp, type PubSubGrpcApp } from "../apps/pubsub-grpc-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const appId = "pubsub-grpc";
const component = `apiVersion: dapr.io/v1alpha1
kind: Component
metadata:
  name: events
spec:
  type: pubsub.in-memory
  version: v1
  metadata:
    - { name: backOffMaxRetries, value: "2" }
    - { name: backOffInitialInterval, value: 10ms }
`;

let app: PubSubGrpcApp;
let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  app = await startPubSubGrpcApp([
    { pubsubName: "events", topic: "orders" },
    { pubsubName: "events", topic: "texts", routes: { default: "/texts" } },
    { pubsubName: "events", topic: "retry-then-ok" },
    { pubsubName: "events", topic: "drop-me", deadLetterTopic: "dead" },
    { pubsubName: "events", topic: "erroring" },
    { pubsubName: "events", topic: "always-fails", deadLetterTopic: "dead" },
    { pubsubName: "events", topic: "unimplemented", deadLetterTopic: "dead" },
    { pubsubName: "events", topic: "dead", metadata: { note: "dead letters" } },
  ]);
  app.on("retry-then-ok", (d) => (d.nth === 1 ? Status.RETRY : Status.SUCCESS));
  app.on("drop-me", () => Status.DROP);
  app.on("erroring", (d) => (d.nth === 1 ? new ConnectError("not now", Code.Internal) : Status.SUCCESS));
  app.on("always-fails", () => Status.RETRY);
  app.on("unimplemented", () => new ConnectError("no handler", Code.Unimplemented));
  dir = tempDir({ "events.yaml": component });
  sc = await startSidecar({ appId, appPort: app.port, appProtocol: "grpc", resourcesPaths: [dir.path] });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions?: unknown[] };
    if ((md.subscriptions?.length ?? 0) >= 8) break;
    if (Date.now() > deadline) throw new Error(`no subscriptions listed:\n${sc.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
});

afterAll(async () => {
  await sc?.stop();
  await app?.close();
  dir?.remove();
});

const publish = (topic: string, body: string | Uint8Array, contentType = "application/json", headers: Record<string, string> = {}) =>
  fetch(`${sc.httpUrl}/v1.0/publish/events/${topic}`, { method: "POST", headers: { "content-type": contentType, ...headers }, body });

describe("delivery to a gRPC app", () => {
  it("fills TopicEventRequest as Dapr does, with metadata and trace context", async () => {
    const parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    expect((await publish("orders", '{ "orderId": 3 }', "application/json", { traceparent: parent })).status).toBe(204);
    const [d] = await app.waitFor("orders", 1);
    const r = d!.request;
    expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r).toMatchObject({ source: appId, type: "com.dapr.event.sent", specVersion: "1.0", dataContentType: "application/json", topic: "orders", pubsubName: "events", path: "" });
    expect(Buffer.from(r.data).toString()).toBe('{"orderId":3}');
    expect(r.extensions).toMatchObject({
      topic: "orders",
      pubsubname: "events",
      traceid: expect.stringMatching(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/),
      traceparent: expect.stringMatching(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/),
      tracestate: "",
      time: expect.any(String),
    });
    for (const k of ["id", "source", "type", "specversion", "datacontenttype", "data", "data_base64"]) expect(r.extensions).not.toHaveProperty(k);
    expect(d!.headers.get("pubsubname")).toBe("events");
    expect(d!.headers.get("traceparent")).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
  });

  it("passes text as its bytes and binary data decoded, with the route path", async () => {
    await publish("texts", "héllo", "text/plain");
    await publish("texts", Uint8Array.from([1, 2, 3, 255]), "application/octet-stream");
    const [t, b] = await app.waitFor("texts", 2);
    expect(t!.request).toMatchObject({ dataContentType: "text/plain", path: "/texts" });
    expect(Buffer.from(t!.request.data).toString()).toBe("héllo");
    expect(b!.request.dataContentType).toBe("application/octet-stream");
    expect([...b!.request.data]).toEqual([1, 2, 3, 255]);
  });

  it("delivers events published over gRPC", async () => {
    const client = createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
    await client.publishEvent({ pubsubName: "events", topic: "orders", data: Buffer.from('{"orderId":4}'), dataContentType: "application/json" });
    const d = (await app.waitFor("orders", 2))[1]!;
    expect(Buffer.from(d.request.data).toString()).toBe('{"orderId":4}');
  });

  it("redelivers on RETRY and on an error status", async () => {
    await publish("retry-then-ok", "{}");
    await publish("erroring", "{}");
    const r = await app.waitFor("retry-then-ok", 2);
    const e = await app.waitFor("erroring", 2);
    expect(r[1]!.request.id).toBe(r[0]!.request.id);
    expect(e[1]!.request.id).toBe(e[0]!.request.id);
    await new Promise((res) => setTimeout(res, 200));
    expect(app.at("retry-then-ok")).toHaveLength(2);
    expect(app.at("erroring")).toHaveLength(2);
  });

  it("sends DROPped events and events whose retries ran out to the dead-letter topic", async () => {
    await publish("drop-me", '{"why":"drop"}');
    await publish("always-fails", '{"why":"exhausted"}');
    const dead = await app.waitFor("dead", 2);
    const why = dead.map((d) => JSON.parse(Buffer.from(d.request.data).toString()).why).sort();
    expect(why).toEqual(["drop", "exhausted"]);
    expect(app.at("always-fails")).toHaveLength(3); // first delivery + backOffMaxRetries 2
    expect(app.at("drop-me")).toHaveLength(1);
    const fromDrop = dead.find((d) => d.request.extensions?.["topic"] === "drop-me");
    expect(fromDrop).toBeDefined();
  });

  it("drops an event the app does not implement, without dead-lettering it", async () => {
    const deadBefore = app.at("dead").length;
    await publish("unimplemented", "{}");
    await app.waitFor("unimplemented", 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(app.at("unimplemented")).toHaveLength(1);
    expect(app.at("dead")).toHaveLength(deadBefore);
  });

  it("lists the subscriptions in the metadata API", async () => {
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions: Record<string, unknown>[] };
    const byTopic = new Map(md.subscriptions.map((s) => [s["topic"], s]));
    expect(byTopic.get("texts")).toMatchObject({ pubsubname: "events", rules: [{ path: "/texts" }], type: "PROGRAMMATIC" });
    expect(byTopic.get("dead")).toMatchObject({ metadata: { note: "dead letters" } });
    expect(byTopic.get("drop-me")).toMatchObject({ deadLetterTopic: "dead" });
  });
});
