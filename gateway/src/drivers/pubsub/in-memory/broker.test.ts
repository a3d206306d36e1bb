import { describe, expect, it } from "vitest";
import type { DeliveryOutcome, ReceivedMessage } from "../../../components/pubsub/pubsub.js";
import { parseMetadata } from "../../../components/metadata-schema.js";
import { createLogger, silentLogger } from "../../../util/logger.js";
import { InMemoryBroker } from "./broker.js";
import { inMemoryPubSub } from "./index.js";

const text = (s: string) => new TextEncoder().encode(s);
const str = (m: ReceivedMessage) => new TextDecoder().decode(m.data);
const broker = (o: Partial<ConstructorParameters<typeof InMemoryBroker>[0]> = {}) =>
  new InMemoryBroker({ concurrency: 1, maxPendingMessages: 100, logger: silentLogger, ...o });

/** A handler that records what it gets and resolves as told. */
function recorder(outcome: (m: ReceivedMessage) => DeliveryOutcome | Promise<DeliveryOutcome> = () => "success") {
  const got: string[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const handler = async (m: ReceivedMessage) => {
    got.push(str(m));
    for (const w of waiters.filter((w) => got.length >= w.n)) w.resolve();
    return outcome(m);
  };
  const until = (n: number) => (got.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve })));
  return { got, handler, until };
}

describe("in-memory pubsub", () => {
  it("gives every consumer group each message once, and keeps topics apart", async () => {
    const b = broker();
    const a = recorder();
    const c = recorder();
    const other = recorder();
    await b.subscribe({ topic: "orders", consumerGroup: "app-a", metadata: {} }, a.handler);
    await b.subscribe({ topic: "orders", consumerGroup: "app-c", metadata: {} }, c.handler);
    await b.subscribe({ topic: "invoices", consumerGroup: "app-a", metadata: {} }, other.handler);
    for (const s of ["1", "2", "3"]) await b.publish({ topic: "orders", data: text(s), metadata: {} });
    await b.publish({ topic: "invoices", data: text("i1"), metadata: {} });
    await Promise.all([a.until(3), c.until(3), other.until(1)]);
    expect(a.got).toEqual(["1", "2", "3"]);
    expect(c.got).toEqual(["1", "2", "3"]);
    expect(other.got).toEqual(["i1"]);
    await b.close();
  });

  it("shares a group's messages between its subscriptions", async () => {
    const b = broker();
    const one = recorder();
    const two = recorder();
    await b.subscribe({ topic: "t", consumerGroup: "g", metadata: {} }, one.handler);
    await b.subscribe({ topic: "t", consumerGroup: "g", metadata: {} }, two.handler);
    for (let i = 0; i < 10; i++) await b.publish({ topic: "t", data: text(String(i)), metadata: {} });
    await new Promise<void>((resolve) => {
      const check = () => (one.got.length + two.got.length === 10 ? resolve() : setImmediate(check));
      check();
    });
    expect([...one.got, ...two.got].sort((x, y) => Number(x) - Number(y))).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(one.got.length).toBeGreaterThan(0);
    expect(two.got.length).toBeGreaterThan(0);
    await b.close();
  });

  it("delivers one at a time, in order, with concurrency 1, and up to N at once with concurrency N", async () => {
    for (const concurrency of [1, 3]) {
      const b = broker({ concurrency });
      let active = 0;
      let most = 0;
      const order: string[] = [];
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const r = recorder(async (m) => {
        active++;
        most = Math.max(most, active);
        order.push(str(m));
        await gate;
        active--;
        return "success" as const;
      });
      await b.subscribe({ topic: "t", consumerGroup: "g", metadata: {} }, r.handler);
      for (let i = 0; i < 6; i++) await b.publish({ topic: "t", data: text(String(i)), metadata: {} });
      await r.until(concurrency);
      await new Promise((res) => setTimeout(res, 20));
      expect(most).toBe(concurrency);
      release();
      await r.until(6);
      expect(order).toEqual(["0", "1", "2", "3", "4", "5"]);
      await b.close();
    }
  });

  it("matches wildcard subscriptions by prefix", async () => {
    const b = broker();
    const r = recorder();
    await b.subscribe({ topic: "orders/*", consumerGroup: "g", metadata: {} }, r.handler);
    await b.publish({ topic: "orders/eu", data: text("eu"), metadata: {} });
    await b.publish({ topic: "orders/", data: text("bare"), metadata: {} });
    await b.publish({ topic: "invoices/eu", data: text("x"), metadata: {} });
    await b.publish({ topic: "orders/us", data: text("us"), metadata: {} });
    await r.until(2);
    expect(r.got).toEqual(["eu", "us"]);
    await b.close();
  });

  it("passes topic, content type and metadata with the message", async () => {
    const b = broker();
    let seen: ReceivedMessage | undefined;
    await b.subscribe({ topic: "t", consumerGroup: "g", metadata: {} }, async (m) => ((seen = m), "success"));
    await b.publish({ topic: "t", data: text("x"), contentType: "application/cloudevents+json", metadata: { ttlInSeconds: "5" } });
    await new Promise<void>((resolve) => {
      const check = () => (seen ? resolve() : setImmediate(check));
      check();
    });
    expect(seen).toMatchObject({ topic: "t", contentType: "application/cloudevents+json", metadata: { ttlInSeconds: "5" }, deliveryCount: 1 });
    await b.close();
  });

  it("refuses a publish when a subscription's queue is full, without enqueueing it anywhere", async () => {
    const b = broker({ maxPendingMessages: 2 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = recorder(async () => (await gate, "success" as const));
    const fast = recorder();
    await b.subscribe({ topic: "t", consumerGroup: "slow", metadata: {} }, slow.handler);
    await b.subscribe({ topic: "t", consumerGroup: "fast", metadata: {} }, fast.handler);
    await b.publish({ topic: "t", data: text("0"), metadata: {} });
    await Promise.all([slow.until(1), fast.until(1)]); // "0" is in flight at the slow group, its queue is empty again
    await b.publish({ topic: "t", data: text("1"), metadata: {} });
    await b.publish({ topic: "t", data: text("2"), metadata: {} });
    await fast.until(3); // the fast group keeps up; only the slow one is full
    await expect(b.publish({ topic: "t", data: text("3"), metadata: {} })).rejects.toThrow(/consumer group "slow" holds 2 undelivered messages/);
    release();
    await Promise.all([slow.until(3), fast.until(3)]);
    expect(fast.got).toEqual(["0", "1", "2"]);
    expect(slow.got).toEqual(["0", "1", "2"]);
    await b.close();
  });

  it("logs and discards a message whose outcome is retry, then goes on", async () => {
    const lines: string[] = [];
    const b = broker({ logger: createLogger({ level: "debug", write: (l) => lines.push(l) }) });
    const r = recorder((m) => (str(m) === "bad" ? "retry" : "success"));
    await b.subscribe({ topic: "t", consumerGroup: "g", metadata: {} }, r.handler);
    await b.publish({ topic: "t", data: text("bad"), metadata: {} });
    await b.publish({ topic: "t", data: text("good"), metadata: {} });
    await r.until(2);
    await new Promise((res) => setImmediate(res));
    expect(r.got).toEqual(["bad", "good"]);
    expect(lines.some((l) => l.includes("ERROR") && l.includes("does not redeliver"))).toBe(true);
    await b.close();
  });

  it("closing a subscription aborts its signal and waits for the call in flight", async () => {
    const b = broker();
    let signal: AbortSignal | undefined;
    let finished = false;
    const h = await b.subscribe({ topic: "t", consumerGroup: "g", metadata: {} }, async (_m, s) => {
      signal = s;
      await new Promise((r) => s.addEventListener("abort", r));
      finished = true;
      return "retry";
    });
    await b.publish({ topic: "t", data: text("x"), metadata: {} });
    await new Promise<void>((resolve) => {
      const check = () => (signal ? resolve() : setImmediate(check));
      check();
    });
    await h.close();
    expect(signal!.aborted).toBe(true);
    expect(finished).toBe(true);
    // Nobody subscribes any more: a publish goes nowhere and does not fail.
    await b.publish({ topic: "t", data: text("y"), metadata: {} });
    await b.close();
    await expect(b.publish({ topic: "t", data: text("z"), metadata: {} })).rejects.toThrow(/closed/);
  });

  it("declares its metadata with the block's delivery retry settings", () => {
    const { config } = parseMetadata(inMemoryPubSub.metadata, { concurrency: "4", backOffMaxRetries: "5", backOffInitialInterval: "100ms" });
    expect(config).toMatchObject({ concurrency: 4, maxPendingMessages: 10_000, backOffMaxRetries: 5, backOffInitialInterval: 100, backOffMaxInterval: 30_000 });
    expect(inMemoryPubSub.features).toEqual(["SUBSCRIBE_WILDCARDS"]);
  });
});
