/**
 * Streaming subscriptions (SubscribeTopicEventsAlpha1) against the real
 * pillion binary: over gRPC and over Connect (HTTP/2), several streams on one
 * topic, redelivery of unanswered events when a stream breaks, the metadata
 * API, and Dapr's errors.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient, type Client, type Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TopicEventResponse_TopicEventResponseStatus as Status, type TopicEventRequest } from "../../gateway/src/gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { SubscribeTopicEventsRequestAlpha1Schema, type SubscribeTopicEventsRequestAlpha1 } from "../../gateway/src/gen/dapr/proto/runtime/v1/pubsub_pb.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const appId = "pubsub-streaming";
const component = `apiVersion: dapr.io/v1alpha1
kind: Component
metadata:
  name: pubsub
spec:
  type: pubsub.in-memory
  version: v1
  metadata:
    - { name: backOffMaxRetries, value: "5" }
    - { name: backOffInitialInterval, value: 20ms }
    - { name: backOffMaxInterval, value: 50ms }
    - { name: subscriptionScopes, value: "${appId}=s1,s2,s3,s4,s5,s6" }
`;

let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  dir = tempDir({ "pubsub.yaml": component });
  sc = await startSidecar({ appId, resourcesPaths: [dir.path] });
});

afterAll(async () => {
  await sc?.stop();
  dir?.remove();
});

/** One streaming subscription: the events it received, and a way to answer them or end the stream. */
class Stream {
  readonly events: TopicEventRequest[] = [];
  readonly done: Promise<ConnectError | undefined>;
  initial = false;
  private readonly queue: SubscribeTopicEventsRequestAlpha1[] = [];
  private wake?: () => void;
  private closed = false;
  private readonly abort = new AbortController();

  constructor(client: Client<typeof Dapr>, first: SubscribeTopicEventsRequestAlpha1 | undefined, private readonly answer?: (e: TopicEventRequest, n: number) => Status | undefined) {
    if (first) this.queue.push(first);
    const self = this;
    async function* requests() {
      for (;;) {
        while (self.queue.length) yield self.queue.shift()!;
        if (self.closed) return;
        await new Promise<void>((r) => (self.wake = r));
      }
    }
    this.done = (async () => {
      try {
        for await (const res of client.subscribeTopicEventsAlpha1(requests(), { signal: this.abort.signal })) {
          const m = res.subscribeTopicEventsResponseType;
          if (m.case === "initialResponse") this.initial = true;
          if (m.case === "eventMessage") {
            this.events.push(m.value);
            const status = this.answer ? this.answer(m.value, this.events.length) : Status.SUCCESS;
            if (status !== undefined) this.send(create(SubscribeTopicEventsRequestAlpha1Schema, { subscribeTopicEventsRequestType: { case: "eventProcessed", value: { id: m.value.id, status: { status } } } }));
          }
        }
        return undefined;
      } catch (e) {
        return ConnectError.from(e);
      }
    })();
  }

  send(r: SubscribeTopicEventsRequestAlpha1): void {
    this.queue.push(r);
    this.wake?.();
  }

  /** Half-closes the request side: the sidecar ends the subscription. */
  end(): void {
    this.closed = true;
    this.wake?.();
  }

  /** Breaks the stream (the call is cancelled). */
  cancel(): void {
    this.abort.abort();
  }

  async waitFor(n: number, timeoutMs = 15_000): Promise<TopicEventRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.events.length < n) {
      if (Date.now() > deadline) throw new Error(`got ${this.events.length} events, not ${n}:\n${sc.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.events;
  }

  async waitInitial(): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (!this.initial) {
      if (Date.now() > deadline) throw new Error("no initial response");
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

const initial = (topic: string, extra: { deadLetterTopic?: string; metadata?: Record<string, string>; pubsubName?: string } = {}) =>
  create(SubscribeTopicEventsRequestAlpha1Schema, {
    subscribeTopicEventsRequestType: { case: "initialRequest", value: { pubsubName: extra.pubsubName ?? "pubsub", topic, metadata: extra.metadata ?? {}, ...(extra.deadLetterTopic && { deadLetterTopic: extra.deadLetterTopic }) } },
  });

const transports: [string, () => Transport][] = [
  ["gRPC", () => createGrpcTransport({ baseUrl: sc.grpcUrl })],
  ["Connect (HTTP/2)", () => createConnectTransport({ baseUrl: sc.grpcUrl, httpVersion: "2" })],
];

const publish = (topic: string, body: unknown) =>
  fetch(`${sc.httpUrl}/v1.0/publish/pubsub/${topic}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe.each(transports)("a streaming subscription over %s", (name, transport) => {
  const topic = name === "gRPC" ? "s1" : "s2";

  it("gets the initial response, then each event as a TopicEventRequest, and ends when the client half-closes", async () => {
    const s = new Stream(createClient(Dapr, transport()), initial(topic));
    await s.waitInitial();
    expect((await publish(topic, { n: 1 })).status).toBe(204);
    await createClient(Dapr, transport()).publishEvent({ pubsubName: "pubsub", topic, data: Buffer.from("two"), dataContentType: "text/plain" });
    const [a, b] = await s.waitFor(2);
    expect(a).toMatchObject({ topic, pubsubName: "pubsub", path: "/", type: "com.dapr.event.sent", specVersion: "1.0", dataContentType: "application/json", source: appId });
    expect(JSON.parse(Buffer.from(a!.data).toString())).toEqual({ n: 1 });
    expect(Buffer.from(b!.data).toString()).toBe("two");
    expect(a!.extensions).toMatchObject({ topic, pubsubname: "pubsub" });
    s.end();
    expect(await s.done).toBeUndefined();
  });
});

describe("streaming subscriptions", () => {
  it("show in the metadata API as STREAMING while open", async () => {
    const s = new Stream(createClient(Dapr, transports[0]![1]()), initial("s3", { deadLetterTopic: "s3-dead", metadata: { k: "v" } }));
    await s.waitInitial();
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions?: Record<string, unknown>[] };
    expect(md.subscriptions).toContainEqual({ pubsubname: "pubsub", topic: "s3", metadata: { k: "v" }, rules: [{ path: "/" }], deadLetterTopic: "s3-dead", type: "STREAMING" });
    s.end();
    await s.done;
    const after = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { subscriptions?: Record<string, unknown>[] };
    expect((after.subscriptions ?? []).filter((x) => x["topic"] === "s3")).toEqual([]);
  });

  it("share a topic's events when several streams subscribe, and RETRY redelivers", async () => {
    const client = createClient(Dapr, transports[0]![1]());
    const a = new Stream(client, initial("s4"), (_e, n) => (n === 1 ? Status.RETRY : Status.SUCCESS));
    const b = new Stream(client, initial("s4"));
    await a.waitInitial();
    await b.waitInitial();
    for (let i = 0; i < 6; i++) await publish("s4", { i });
    const deadline = Date.now() + 15_000;
    const got = () => new Set([...a.events, ...b.events].map((e) => JSON.parse(Buffer.from(e.data).toString()).i as number));
    while (got().size < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect([...got()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    // Both streams took part, and the event answered RETRY came again.
    expect(a.events.length).toBeGreaterThan(0);
    expect(b.events.length).toBeGreaterThan(0);
    expect(a.events.length + b.events.length).toBe(7);
    a.end();
    b.end();
    await Promise.all([a.done, b.done]);
  });

  it("redeliver an unanswered event to another stream when its stream breaks", async () => {
    const client = createClient(Dapr, transports[0]![1]());
    const silent = new Stream(client, initial("s5"), () => undefined); // never answers
    await silent.waitInitial();
    await publish("s5", { lost: "no" });
    await silent.waitFor(1);
    const other = new Stream(client, initial("s5"));
    await other.waitInitial();
    silent.cancel();
    const [again] = await other.waitFor(1);
    expect(again!.id).toBe(silent.events[0]!.id);
    other.end();
    await other.done;
  });

  it("answer Dapr's errors: no initial request, missing names, unknown pubsub, a topic not allowed, a second initial request", async () => {
    const client = createClient(Dapr, transports[0]![1]());
    const processed = create(SubscribeTopicEventsRequestAlpha1Schema, { subscribeTopicEventsRequestType: { case: "eventProcessed", value: { id: "x" } } });
    const cases: [SubscribeTopicEventsRequestAlpha1, Code, RegExp][] = [
      [processed, Code.Unknown, /initial request is required/],
      [initial("s6", { pubsubName: "" }), Code.Unknown, /pubsubName is required/],
      [initial(""), Code.Unknown, /topic is required/],
      [initial("s6", { pubsubName: "nope" }), Code.InvalidArgument, /pubsub nope is not found/],
      [initial("not-allowed"), Code.Unknown, /subscription to topic 'not-allowed' on pubsub 'pubsub' is not allowed/],
    ];
    for (const [first, code, msg] of cases) {
      const s = new Stream(client, first);
      const err = await s.done;
      expect(err?.code, String(msg)).toBe(code);
      expect(err!.rawMessage).toMatch(msg);
    }
    const twice = new Stream(client, initial("s6"));
    await twice.waitInitial();
    twice.send(initial("s6"));
    const err = await twice.done;
    expect(err?.code).toBe(Code.Unknown);
    expect(err!.rawMessage).toBe("duplicate initial request received");
    // The sidecar keeps serving.
    expect((await publish("s6", { still: "ok" })).status).toBe(204);
  });
});
