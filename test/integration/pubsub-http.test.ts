/**
 * Pub/sub end to end with an HTTP app: the real pillion binary with the
 * in-memory pubsub, and a real HTTP app that subscribes through
 * GET /dapr/subscribe.
 */
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { startPubSubHttpApp, type PubSubHttpApp } from "../apps/pubsub-http-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const appId = "pubsub-http";
const component = `apiVersion: dapr.io/v1alpha1
kind: Component
metadata:
  name: pubsub
spec:
  type: pubsub.in-memory
  version: v1
  metadata:
    - { name: backOffMaxRetries, value: "3" }
    - { name: backOffInitialInterval, value: 10ms }
    - { name: backOffMaxInterval, value: 40ms }
`;

const subscriptions = [
  { pubsubname: "pubsub", topic: "orders", route: "/orders" },
  { pubsubname: "pubsub", topic: "invoices", route: "invoices" },
  { pubsubname: "pubsub", topic: "retry-then-ok", route: "/retry-then-ok" },
  { pubsubname: "pubsub", topic: "drop-me", route: "/drop-me", deadLetterTopic: "dead" },
  { pubsubname: "pubsub", topic: "gone", route: "/not-there" },
  { pubsubname: "pubsub", topic: "flaky", route: "/flaky" },
  { pubsubname: "pubsub", topic: "always-fails", route: "/always-fails", deadLetterTopic: "dead" },
  { pubsubname: "pubsub", topic: "dead", route: "/dead" },
  { pubsubname: "pubsub", topic: "raw-sub", route: "/raw-sub", metadata: { rawPayload: "true" } },
  { pubsubname: "pubsub", topic: "slow", route: "/slow" },
  { pubsubname: "pubsub", topic: "fast", route: "/fast" },
  { pubsubname: "pubsub", topic: "routed", routes: { rules: [{ match: 'event.type == "widget"', path: "/widgets" }], default: "/routed-default" } },
];

// A declarative subscription, and one the app's own subscription to "orders" replaces.
const declared = `apiVersion: dapr.io/v2alpha1
kind: Subscription
metadata:
  name: declared-sub
spec:
  pubsubname: pubsub
  topic: declared
  routes:
    default: /declared
  deadLetterTopic: dead
---
apiVersion: dapr.io/v1alpha1
kind: Subscription
metadata:
  name: replaced-by-the-app
spec:
  pubsubname: pubsub
  topic: orders
  route: /declared-orders
---
apiVersion: dapr.io/v2alpha1
kind: Subscription
metadata:
  name: for-another-app
spec:
  pubsubname: pubsub
  topic: elsewhere
  routes: { default: /elsewhere }
scopes: [another-app]
`;

let app: PubSubHttpApp;
let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;
let releaseSlow!: () => void;
const slowGate = new Promise<void>((r) => (releaseSlow = r));

beforeAll(async () => {
  app = await startPubSubHttpApp(subscriptions);
  const ok = () => ({ status: 200 });
  for (const r of ["/orders", "/invoices", "/dead", "/raw-sub", "/fast", "/routed-default", "/widgets", "/declared", "/declared-orders", "/elsewhere"]) app.on(r, ok);
  app.on("/retry-then-ok", (d) => (d.nth <= 2 ? { status: 200, body: '{"status":"RETRY"}' } : { status: 200, body: '{"status":"SUCCESS"}' }));
  app.on("/drop-me", () => ({ status: 200, body: '{"status":"DROP"}' }));
  app.on("/flaky", (d) => (d.nth === 1 ? { status: 500, body: "oops" } : { status: 204 }));
  app.on("/always-fails", () => ({ status: 503, body: "down" }));
  app.on("/slow", () => ({ status: 200, after: slowGate }));
  dir = tempDir({ "pubsub.yaml": component, "subscriptions.yaml": declared });
  sc = await startSidecar({ appId, appPort: app.port, resourcesPaths: [dir.path] });
  await waitForSubscriptions(subscriptions.length + 1);
});

afterAll(async () => {
  releaseSlow?.();
  await sc?.stop();
  await app?.close();
  dir?.remove();
});

async function waitForSubscriptions(n: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions?: unknown[] };
    if ((md.subscriptions?.length ?? 0) >= n) return;
    if (Date.now() > deadline) throw new Error(`the sidecar did not list ${n} subscriptions:\n${sc.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const publish = (topic: string, body: string | Uint8Array, headers: Record<string, string> = { "content-type": "application/json" }, query = "") =>
  fetch(`${sc.httpUrl}/v1.0/publish/pubsub/${topic}${query}`, { method: "POST", headers, body });

const grpcClient = () => createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));

describe("publishing over REST to an HTTP app", () => {
  it("delivers a CloudEvent with every field, to the route, with Dapr's headers", async () => {
    const parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const res = await publish("orders", '{"orderId": 1, "big": 123456789012345678901234567890}', {
      "content-type": "application/json",
      traceparent: parent,
      tracestate: "vendor=x",
    });
    expect(res.status).toBe(204);
    const [d] = await app.waitFor("/orders", 1);
    expect(d!.headers["content-type"]).toBe("application/cloudevents+json");
    expect(d!.headers["pubsubname"]).toBe("pubsub");
    const ce = d!.json!;
    expect(ce).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      specversion: "1.0",
      source: appId,
      type: "com.dapr.event.sent",
      datacontenttype: "application/json",
      topic: "orders",
      pubsubname: "pubsub",
      traceid: expect.stringMatching(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/),
      traceparent: expect.stringMatching(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/),
      tracestate: "vendor=x",
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/),
      data: { orderId: 1, big: 123456789012345678901234567890 },
    });
    // The big number travels exactly (the sidecar never turns it into a double).
    expect(d!.body.toString()).toContain('"data":{"big":123456789012345678901234567890,"orderId":1}');
    // The publish runs in a child span of the caller's; the delivery in a child span of that.
    expect(ce["traceparent"]).toBe(ce["traceid"]);
    expect(ce["traceparent"]).not.toBe(parent);
    expect(d!.headers["traceparent"]).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(d!.headers["traceparent"]).not.toBe(ce["traceparent"]);
  });

  it("keeps two topics apart", async () => {
    await publish("invoices", JSON.stringify({ invoice: 7 }));
    await publish("orders", JSON.stringify({ orderId: 2 }));
    const [inv] = await app.waitFor("/invoices", 1);
    await app.waitFor("/orders", 2);
    expect(inv!.json!["data"]).toEqual({ invoice: 7 });
    expect(app.at("/invoices")).toHaveLength(1);
    expect(app.at("/orders").map((d) => (d.json!["data"] as { orderId: number }).orderId)).toEqual([1, 2]);
  });

  it("puts binary data in data_base64 and text in data", async () => {
    const bytes = Uint8Array.from([0, 1, 2, 254, 255]);
    await publish("invoices", bytes, { "content-type": "application/octet-stream" });
    await publish("invoices", "just text", { "content-type": "text/plain" });
    const [, bin, txt] = await app.waitFor("/invoices", 3);
    expect(bin!.json).toMatchObject({ datacontenttype: "application/octet-stream", data_base64: Buffer.from(bytes).toString("base64") });
    expect(bin!.json).not.toHaveProperty("data");
    expect(txt!.json).toMatchObject({ datacontenttype: "text/plain", data: "just text" });
  });

  it("applies metadata.cloudevent.* overrides and ttlInSeconds", async () => {
    await publish("invoices", "{}", { "content-type": "application/json" }, "?metadata.cloudevent.id=my-id&metadata.cloudevent.type=my.type&metadata.ttlInSeconds=60");
    const d = (await app.waitFor("/invoices", 4))[3]!;
    expect(d.json).toMatchObject({ id: "my-id", type: "my.type", expiration: expect.stringMatching(/Z$/) });
    // Publish metadata travels with the message as headers, as Dapr sends it.
    expect(d.headers["ttlinseconds"]).toBe("60");
  });

  it("keeps a published CloudEvent and completes it", async () => {
    const ce = { specversion: "1.0", id: "own-id", source: "elsewhere", type: "own.type", datacontenttype: "application/json", data: { x: 1 } };
    await publish("invoices", JSON.stringify(ce), { "content-type": "application/cloudevents+json" });
    const d = (await app.waitFor("/invoices", 5))[4]!;
    expect(d.json).toMatchObject({ ...ce, topic: "invoices", pubsubname: "pubsub", traceid: expect.any(String), time: expect.any(String) });
  });

  it("sends metadata.rawPayload=true bodies without an envelope", async () => {
    await publish("orders", '{"hello":"raw"}', { "content-type": "application/json" }, "?metadata.rawPayload=true");
    const d = (await app.waitFor("/orders", 3))[2]!;
    expect(d.body.toString()).toBe('{"hello":"raw"}');
    expect(d.headers["content-type"]).toBe("application/cloudevents+json");
    expect(d.headers["rawpayload"]).toBe("true");
  });

  it("wraps raw payloads for a rawPayload subscription in an octet-stream CloudEvent", async () => {
    await publish("raw-sub", Buffer.from("not json at all"), { "content-type": "text/plain" }, "?metadata.rawPayload=true");
    const [d] = await app.waitFor("/raw-sub", 1);
    expect(d!.json).toMatchObject({
      datacontenttype: "application/octet-stream",
      source: "Dapr",
      topic: "raw-sub",
      pubsubname: "pubsub",
      data_base64: Buffer.from("not json at all").toString("base64"),
    });
  });

  it("delivers the same CloudEvent when published over gRPC", async () => {
    await grpcClient().publishEvent({ pubsubName: "pubsub", topic: "invoices", data: Buffer.from('{"via":"grpc"}'), dataContentType: "application/json" });
    const d = (await app.waitFor("/invoices", 6))[5]!;
    expect(d.json).toMatchObject({ source: appId, topic: "invoices", pubsubname: "pubsub", datacontenttype: "application/json", data: { via: "grpc" }, specversion: "1.0" });
  });
});

describe("the app's answers", () => {
  it("redelivers on RETRY until SUCCESS", async () => {
    await publish("retry-then-ok", JSON.stringify({ n: 1 }));
    const ds = await app.waitFor("/retry-then-ok", 3);
    expect(ds.map((d) => d.json!["id"])).toEqual([ds[0]!.json!["id"], ds[0]!.json!["id"], ds[0]!.json!["id"]]);
    await new Promise((r) => setTimeout(r, 200));
    expect(app.at("/retry-then-ok")).toHaveLength(3);
  });

  it("redelivers after a 500, then stops at a 2xx", async () => {
    await publish("flaky", JSON.stringify({ n: 1 }));
    await app.waitFor("/flaky", 2);
    await new Promise((r) => setTimeout(r, 200));
    expect(app.at("/flaky")).toHaveLength(2);
  });

  it("sends a DROPped event to the dead-letter topic, as it was published", async () => {
    const before = app.at("/dead").length;
    await publish("drop-me", JSON.stringify({ doomed: true }));
    const [dropped] = await app.waitFor("/drop-me", 1);
    const dead = (await app.waitFor("/dead", before + 1))[before]!;
    expect(dead.json).toEqual(dropped!.json);
    expect(dead.json!["topic"]).toBe("drop-me");
    await new Promise((r) => setTimeout(r, 200));
    expect(app.at("/drop-me")).toHaveLength(1);
  });

  it("drops an event whose route answers 404, without redelivery", async () => {
    await publish("gone", JSON.stringify({ n: 1 }));
    await app.waitFor("/not-there", 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(app.at("/not-there")).toHaveLength(1);
    expect(sc.output()).toMatch(/pub\/sub event dropped: non-retriable error returned from app: status code 404/);
  });

  it("gives up after backOffMaxRetries redeliveries and sends the event to the dead-letter topic", async () => {
    const before = app.at("/dead").length;
    await publish("always-fails", JSON.stringify({ never: "works" }));
    const dead = (await app.waitFor("/dead", before + 1))[before]!;
    expect(app.at("/always-fails")).toHaveLength(4); // the first delivery and 3 retries
    expect(dead.json).toMatchObject({ topic: "always-fails", data: { never: "works" } });
    expect(sc.output()).toMatch(/not delivered after 4 attempts/);
  });

  it("does not let a slow route hold up other topics", async () => {
    await publish("slow", JSON.stringify({ n: 1 }));
    await app.waitFor("/slow", 1);
    await publish("fast", JSON.stringify({ n: 1 }));
    await publish("fast", JSON.stringify({ n: 2 }));
    await app.waitFor("/fast", 2);
    expect(app.at("/slow")).toHaveLength(1); // still held open
    releaseSlow();
  });

  it("routes events by the subscription's CEL rules: the first match wins, else the default route", async () => {
    await publish("routed", JSON.stringify({ n: 1 }));
    await publish("routed", JSON.stringify({ n: 2 }), { "content-type": "application/json" }, "?metadata.cloudevent.type=widget");
    await app.waitFor("/routed-default", 1);
    const [w] = await app.waitFor("/widgets", 1);
    expect(w!.json).toMatchObject({ type: "widget", data: { n: 2 } });
    expect(app.at("/routed-default").map((d) => d.json!["data"])).toEqual([{ n: 1 }]);
    expect(sc.output()).not.toMatch(/not evaluated/);
  });
});

describe("subscriptions", () => {
  it("asks the app with GET /dapr/subscribe and the dapr-app-id header", () => {
    expect(app.subscribeCalls.length).toBeGreaterThanOrEqual(1);
    expect(app.subscribeCalls[0]!["dapr-app-id"]).toBe(appId);
  });

  it("are listed by GET /v1.0/metadata", async () => {
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions: Record<string, unknown>[] };
    const byTopic = new Map(md.subscriptions.map((s) => [s["topic"], s]));
    expect(byTopic.get("drop-me")).toEqual({ pubsubname: "pubsub", topic: "drop-me", rules: [{ path: "/drop-me" }], deadLetterTopic: "dead", type: "PROGRAMMATIC" });
    expect(byTopic.get("raw-sub")).toMatchObject({ metadata: { rawPayload: "true" }, deadLetterTopic: "", type: "PROGRAMMATIC" });
    expect(byTopic.get("routed")!["rules"]).toEqual([{ match: 'event.type == "widget"', path: "/widgets" }, { path: "/routed-default" }]);
    expect(md.subscriptions).toHaveLength(subscriptions.length + 1);
  });

  it("include declarative Subscription resources scoped to the app, replaced by the app's own for the same topic", async () => {
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions: Record<string, unknown>[] };
    const byTopic = new Map(md.subscriptions.map((s) => [s["topic"], s]));
    expect(byTopic.get("declared")).toEqual({ pubsubname: "pubsub", topic: "declared", rules: [{ path: "/declared" }], deadLetterTopic: "dead", type: "DECLARATIVE" });
    expect(byTopic.get("orders")).toMatchObject({ type: "PROGRAMMATIC", rules: [{ path: "/orders" }] });
    expect(byTopic.has("elsewhere")).toBe(false);
    await publish("declared", JSON.stringify({ via: "declarative" }));
    const [d] = await app.waitFor("/declared", 1);
    expect(d!.json).toMatchObject({ topic: "declared", data: { via: "declarative" } });
    expect(app.at("/declared-orders")).toHaveLength(0);
  });
});

describe("publish errors", () => {
  it("answers 404 ERR_PUBSUB_NOT_FOUND for an unknown pubsub, and keeps serving", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/publish/nope/orders`, { method: "POST", body: "{}" });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { errorCode: string; message: string; details: { reason?: string }[] };
    expect(body.errorCode).toBe("ERR_PUBSUB_NOT_FOUND");
    expect(body.message).toBe("pubsub nope is not found");
    expect(body.details.map((d) => d.reason).filter(Boolean)).toEqual(["DAPR_PUBSUB_NOT_FOUND"]);
    expect((await publish("invoices", "{}")).status).toBe(204);
  });

  it("answers 400 ERR_PUBSUB_REQUEST_METADATA for a rawPayload that is not a boolean", async () => {
    const res = await publish("orders", "{}", { "content-type": "application/json" }, "?metadata.rawPayload=maybe");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errorCode: "ERR_PUBSUB_REQUEST_METADATA" });
  });

  it("answers 500 ERR_PUBSUB_CLOUD_EVENTS_SER for a CloudEvent body that is not JSON", async () => {
    const res = await publish("orders", "not json", { "content-type": "application/cloudevents+json" });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ errorCode: "ERR_PUBSUB_CLOUD_EVENTS_SER", message: "cannot create cloudevent" });
  });

  it("answers gRPC InvalidArgument for an empty topic, an empty pubsub name and an unknown pubsub", async () => {
    const client = grpcClient();
    const cases: [Parameters<typeof client.publishEvent>[0], string][] = [
      [{ pubsubName: "pubsub", topic: "" }, "DAPR_PUBSUB_TOPIC_NAME_EMPTY"],
      [{ pubsubName: "", topic: "t" }, "DAPR_PUBSUB_NAME_EMPTY"],
      [{ pubsubName: "nope", topic: "t" }, "DAPR_PUBSUB_NOT_FOUND"],
    ];
    for (const [req, reason] of cases) {
      const err = await client.publishEvent(req).then(
        () => undefined,
        (e: unknown) => ConnectError.from(e),
      );
      expect(err?.code).toBe(Code.InvalidArgument);
      expect(err!.findDetails(ErrorInfoSchema)[0]?.reason).toBe(reason);
    }
  });
});
