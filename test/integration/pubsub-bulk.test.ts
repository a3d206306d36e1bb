/**
 * Bulk publish (REST, both route versions, and gRPC) and bulk subscribe with
 * a real HTTP app, against the real pillion binary and the in-memory pubsub.
 */
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { startPubSubHttpApp, type PubSubHttpApp } from "../apps/pubsub-http-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const appId = "pubsub-bulk";
const components = `apiVersion: dapr.io/v1alpha1
kind: Component
metadata:
  name: pubsub
spec:
  type: pubsub.in-memory
  version: v1
  metadata:
    - { name: backOffMaxRetries, value: "2" }
    - { name: backOffInitialInterval, value: 10ms }
    - { name: backOffMaxInterval, value: 20ms }
---
apiVersion: dapr.io/v1alpha1
kind: Component
metadata:
  name: tiny
spec:
  type: pubsub.in-memory
  version: v1
  metadata:
    - { name: maxPendingMessages, value: "1" }
`;

const subscriptions = [
  { pubsubname: "pubsub", topic: "bulk-in", route: "/bulk-in" },
  { pubsubname: "tiny", topic: "full", route: "/full" },
  {
    pubsubname: "pubsub",
    topic: "batched",
    route: "/batched",
    deadLetterTopic: "batched-dead",
    bulkSubscribe: { enabled: true, maxMessagesCount: 3, maxAwaitDurationMs: 500 },
  },
  { pubsubname: "pubsub", topic: "batched-dead", route: "/batched-dead" },
  { pubsubname: "pubsub", topic: "raw-batched", route: "/raw-batched", metadata: { rawPayload: "true" }, bulkSubscribe: { enabled: true, maxMessagesCount: 2 } },
];

let app: PubSubHttpApp;
let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;
let releaseFull!: () => void;
const fullGate = new Promise<void>((r) => (releaseFull = r));

beforeAll(async () => {
  app = await startPubSubHttpApp(subscriptions);
  for (const r of ["/bulk-in", "/batched-dead"]) app.on(r, () => ({ status: 200 }));
  app.on("/full", () => ({ status: 200, after: fullGate }));
  dir = tempDir({ "pubsub.yaml": components });
  sc = await startSidecar({ appId, appPort: app.port, resourcesPaths: [dir.path] });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions?: unknown[] };
    if ((md.subscriptions?.length ?? 0) >= subscriptions.length) break;
    if (Date.now() > deadline) throw new Error(`no subscriptions:\n${sc.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
});

afterAll(async () => {
  releaseFull?.();
  await sc?.stop();
  await app?.close();
  dir?.remove();
});

const bulk = (pubsub: string, topic: string, entries: unknown, query = "", version = "v1.0") =>
  fetch(`${sc.httpUrl}/${version}/publish/bulk/${pubsub}/${topic}${query}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof entries === "string" ? entries : JSON.stringify(entries) });

const grpc = () => createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));

const rpcError = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => ConnectError.from(e),
  );

describe("bulk publish over REST", () => {
  it("publishes every entry as its own CloudEvent, decoding events by contentType, and answers 204", async () => {
    const res = await bulk(
      "pubsub",
      "bulk-in",
      [
        { entryId: "a", event: { order: 1 }, contentType: "application/json", metadata: { "cloudevent.type": "my.type" } },
        { entryId: "b", event: "some text", contentType: "text/plain" },
        { entryId: "c", event: Buffer.from([1, 2, 3]).toString("base64"), contentType: "application/octet-stream" },
      ],
      "?metadata.ttlInSeconds=100",
    );
    expect(res.status, await res.clone().text()).toBe(204);
    const ds = await app.waitFor("/bulk-in", 3);
    const byType = new Map(ds.map((d) => [d.json!["datacontenttype"], d.json!]));
    // The entry with metadata gets the request's metadata too (ttl), and its own overrides.
    expect(byType.get("application/json")).toMatchObject({ data: { order: 1 }, type: "my.type", source: appId, topic: "bulk-in", pubsubname: "pubsub", expiration: expect.any(String) });
    // Entries without metadata do not (as in Dapr).
    expect(byType.get("text/plain")).toMatchObject({ data: "some text", type: "com.dapr.event.sent" });
    expect(byType.get("text/plain")).not.toHaveProperty("expiration");
    expect(byType.get("application/octet-stream")).toMatchObject({ data_base64: "AQID" });
    // One trace, one span per entry.
    const ids = new Set(ds.map((d) => d.json!["id"]));
    expect(ids.size).toBe(3);
  });

  it("serves the deprecated /v1.0-alpha1 route and PUT the same way", async () => {
    expect((await bulk("pubsub", "bulk-in", [{ entryId: "x", event: "alpha", contentType: "text/plain" }], "", "v1.0-alpha1")).status).toBe(204);
    const put = await fetch(`${sc.httpUrl}/v1.0/publish/bulk/pubsub/bulk-in`, { method: "PUT", body: JSON.stringify([{ entryId: "y", event: "put", contentType: "text/plain" }]) });
    expect(put.status).toBe(204);
    const ds = await app.waitFor("/bulk-in", 5);
    expect(ds.slice(3).map((d) => d.json!["data"]).sort()).toEqual(["alpha", "put"]);
  });

  it("refuses duplicate or missing entry ids with 400 ERR_PUBSUB_EVENTS_SER and publishes nothing", async () => {
    const before = app.at("/bulk-in").length;
    for (const entries of [
      [
        { entryId: "1", event: "a", contentType: "text/plain" },
        { entryId: "1", event: "b", contentType: "text/plain" },
      ],
      [{ event: "a", contentType: "text/plain" }],
    ]) {
      const res = await bulk("pubsub", "bulk-in", entries);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errorCode: string; message: string; details: { reason?: string; metadata?: Record<string, string> }[] };
      expect(body.errorCode).toBe("ERR_PUBSUB_EVENTS_SER");
      expect(body.message).toBe("error marshaling events to bytes for topic bulk-in pubsub pubsub. error: entryId is duplicated or not present for entry");
      expect(body.details.find((d) => d.reason)).toMatchObject({ reason: "DAPR_PUBSUB_MARSHAL_EVENTS", metadata: { appID: appId } });
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(app.at("/bulk-in")).toHaveLength(before);
  });

  it("refuses an event that does not fit its contentType, a body that is not a list, and an unknown pubsub", async () => {
    const mismatch = await bulk("pubsub", "bulk-in", [{ entryId: "1", event: { a: 1 }, contentType: "text/plain" }]);
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({ errorCode: "ERR_PUBSUB_EVENTS_SER", message: expect.stringContaining("mismatch between contentType and event") });
    const notList = await bulk("pubsub", "bulk-in", '{"entryId":"1"}');
    expect(notList.status).toBe(400);
    expect(await notList.json()).toMatchObject({ errorCode: "ERR_PUBSUB_EVENTS_SER", details: expect.arrayContaining([expect.objectContaining({ reason: "DAPR_PUBSUB_UNMARSHAL_EVENTS" })]) });
    const unknown = await bulk("nope", "bulk-in", "not even json");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ errorCode: "ERR_PUBSUB_NOT_FOUND" });
  });

  it("answers 500 with the failed entries (body and metadata headers) when some entries are not published", async () => {
    // One message held by the app, one waiting: the "tiny" broker takes no more.
    expect((await fetch(`${sc.httpUrl}/v1.0/publish/tiny/full`, { method: "POST", body: "{}" })).status).toBe(204);
    await app.waitFor("/full", 1);
    expect((await fetch(`${sc.httpUrl}/v1.0/publish/tiny/full`, { method: "POST", body: "{}" })).status).toBe(204);
    const res = await bulk("tiny", "full", [
      { entryId: "e1", event: "x", contentType: "text/plain" },
      { entryId: "e2", event: "y", contentType: "text/plain" },
    ]);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { failedEntries: { entryId: string; error: string }[]; errorCode: string };
    expect(body.errorCode).toBe("ERR_PUBSUB_PUBLISH_MESSAGE");
    expect(body.failedEntries.map((f) => f.entryId).sort()).toEqual(["e1", "e2"]);
    expect(body.failedEntries[0]!.error).toMatch(/maxPendingMessages/);
    expect(JSON.parse(res.headers.get("metadata.responseData")!)).toEqual(body);
    expect(res.headers.get("metadata.error")).toMatch(/^api error: code = Internal desc = error when publishing to topic full in pubsub tiny: /);
    // The same over gRPC is an Internal error, as Dapr answers it.
    const err = await rpcError(grpc().bulkPublishEvent({ pubsubName: "tiny", topic: "full", entries: [{ entryId: "g1", event: Buffer.from("z"), contentType: "text/plain" }] }));
    expect(err?.code).toBe(Code.Internal);
    expect(err!.findDetails(ErrorInfoSchema)[0]?.reason).toBe("DAPR_PUBSUB_PUBLISH_MESSAGE");
    releaseFull();
    await app.waitFor("/full", 2);
  });
});

describe("bulk publish over gRPC", () => {
  it("publishes each entry (BulkPublishEvent and the deprecated Alpha1) with an empty failed list", async () => {
    const before = app.at("/bulk-in").length;
    const res = await grpc().bulkPublishEvent({
      pubsubName: "pubsub",
      topic: "bulk-in",
      entries: [
        { entryId: "1", event: Buffer.from('{"via":"grpc"}'), contentType: "application/json" },
        { entryId: "2", event: Buffer.from("hi"), contentType: "text/plain", metadata: { "cloudevent.id": "fixed-id" } },
      ],
    });
    expect(res.failedEntries).toEqual([]);
    const alpha = await grpc().bulkPublishEventAlpha1({ pubsubName: "pubsub", topic: "bulk-in", entries: [{ entryId: "1", event: Buffer.from("alpha"), contentType: "text/plain" }] });
    expect(alpha.failedEntries).toEqual([]);
    const ds = (await app.waitFor("/bulk-in", before + 3)).slice(before);
    expect(ds.map((d) => d.json!["data"])).toEqual(expect.arrayContaining([{ via: "grpc" }, "hi", "alpha"]));
    expect(ds.find((d) => d.json!["data"] === "hi")!.json!["id"]).toBe("fixed-id");
  });

  it("refuses duplicate entry ids with InvalidArgument DAPR_PUBSUB_MARSHAL_EVENTS", async () => {
    const err = await rpcError(
      grpc().bulkPublishEvent({
        pubsubName: "pubsub",
        topic: "bulk-in",
        entries: [
          { entryId: "d", event: Buffer.from("a"), contentType: "text/plain" },
          { entryId: "d", event: Buffer.from("b"), contentType: "text/plain" },
        ],
      }),
    );
    expect(err?.code).toBe(Code.InvalidArgument);
    expect(err!.findDetails(ErrorInfoSchema)[0]).toMatchObject({ reason: "DAPR_PUBSUB_MARSHAL_EVENTS", metadata: { appID: appId, error: "entryId is duplicated or not present for entry" } });
  });
});

describe("bulk subscribe with an HTTP app", () => {
  it("delivers a batch in Dapr's bulk envelope and handles SUCCESS, RETRY and DROP per entry", async () => {
    const seen = new Map<string, number>();
    app.on("/batched", (d) => {
      const entries = d.json!["entries"] as { entryId: string; event: { data: { n: number } } }[];
      const statuses = entries.map((e) => {
        const n = e.event.data.n;
        seen.set(String(n), (seen.get(String(n)) ?? 0) + 1);
        const status = n === 2 ? (seen.get("2")! < 2 ? "RETRY" : "SUCCESS") : n === 3 ? "DROP" : "SUCCESS";
        return { entryId: e.entryId, status };
      });
      return { status: 200, body: JSON.stringify({ statuses }) };
    });
    const res = await bulk("pubsub", "batched", [1, 2, 3].map((n) => ({ entryId: String(n), event: { n }, contentType: "application/json" })));
    expect(res.status).toBe(204);
    const [first, retried] = await app.waitFor("/batched", 2);
    expect(first!.headers["content-type"]).toBe("application/json");
    expect(first!.headers["pubsubname"]).toBe("pubsub");
    expect(first!.json).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: "com.dapr.event.sent.bulk",
      topic: "batched",
      pubsubname: "pubsub",
      metadata: { pubsubName: "pubsub" },
    });
    const entries = first!.json!["entries"] as { entryId: string; event: Record<string, unknown>; contentType: string; metadata: Record<string, string> }[];
    expect(entries).toHaveLength(3);
    // The entry's content type is the one the message was published with (bulk entries keep theirs).
    expect(entries[0]).toMatchObject({ entryId: expect.stringMatching(/^[0-9a-f-]{36}$/), contentType: "application/json", event: { topic: "batched", data: { n: 1 } } });
    // Keys in the order Dapr writes them.
    expect(first!.body.toString()).toMatch(/^\{"entries":\[\{"entryId":"[^"]+","event":\{/);
    // Only the entry the app asked to retry comes again, alone.
    const again = retried!.json!["entries"] as { event: { data: { n: number } } }[];
    expect(again.map((e) => e.event.data.n)).toEqual([2]);
    // The dropped entry goes to the dead-letter topic.
    const [dead] = await app.waitFor("/batched-dead", 1);
    expect(dead!.json).toMatchObject({ topic: "batched", data: { n: 3 } });
    await new Promise((r) => setTimeout(r, 300));
    expect(app.at("/batched")).toHaveLength(2);
  });

  it("flushes a batch that is not full after maxAwaitDurationMs, and sends raw payloads as base64", async () => {
    const before = app.at("/batched").length;
    app.on("/raw-batched", (d) => ({
      status: 200,
      body: JSON.stringify({ statuses: (d.json!["entries"] as { entryId: string }[]).map((e) => ({ entryId: e.entryId, status: "SUCCESS" })) }),
    }));
    await fetch(`${sc.httpUrl}/v1.0/publish/pubsub/batched`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"n":10}' });
    const [one] = (await app.waitFor("/batched", before + 1)).slice(before);
    expect(one!.json!["entries"]).toHaveLength(1);
    // A message published without a content type is a CloudEvent.
    expect(one!.json!["entries"]).toMatchObject([{ contentType: "application/cloudevents+json", event: { data: { n: 10 } } }]);
    await fetch(`${sc.httpUrl}/v1.0/publish/pubsub/raw-batched?metadata.rawPayload=true`, { method: "POST", body: "raw-1" });
    await fetch(`${sc.httpUrl}/v1.0/publish/pubsub/raw-batched?metadata.rawPayload=true`, { method: "POST", body: "raw-2" });
    const raws = await app.waitFor("/raw-batched", 1);
    const events = raws.flatMap((d) => (d.json!["entries"] as { event: string; contentType: string }[]).map((e) => [Buffer.from(e.event, "base64").toString(), e.contentType]));
    expect(events.map((e) => e[0])).toContain("raw-1");
    expect(events[0]![1]).toBe("application/octet-stream");
  });
});
