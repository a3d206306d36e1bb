/**
 * The pub/sub conformance suite, written once and run against every pub/sub
 * driver: at the driver level (what the driver contract promises) and
 * through a real pillion process with a real HTTP app (the block's
 * dead-letter handling, broker redelivery of an event the app answered
 * RETRY, and a sidecar that crashes before acking). Which behaviours apply
 * comes from the features the driver's definition declares; a driver skips a
 * test only by naming its reason.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverDefinition } from "../../../gateway/src/components/definition.js";
import { parseMetadata } from "../../../gateway/src/components/metadata-schema.js";
import type { PubSubDriver, SubscriptionHandle } from "../../../gateway/src/components/pubsub/pubsub.js";
import { createLogger } from "../../../gateway/src/util/logger.js";
import { runSidecarConformance } from "./sidecar-suite.js";
import { recorder, type Recorder } from "./recorder.js";
import { pubsubTests, type PubSubTestName } from "./test-names.js";

export { pubsubTests, type PubSubTestName };

export interface PubSubConformanceOptions {
  /** e.g. "pubsub.redis". */
  readonly name: string;
  /** The driver's definition: its features decide which tests apply, its type names the component. */
  readonly definition: DriverDefinition;
  /**
   * Starts what the driver needs (a broker, once per suite) and returns the
   * component metadata every test uses, the one thing that differs between
   * drivers. The settings should make one subscription deliver in order
   * (e.g. concurrency 1) and redelivery quick (short processing timeouts).
   */
  create(): Promise<Record<string, string>>;
  /** Runs after the suite (e.g. stops the broker); drivers are closed before. */
  cleanup?(): Promise<void>;
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly PubSubTestName[] }[];
}

/** Creates a driver through its definition, the way the loader does (metadata parsed by the schema). */
export async function createPubSubFromDefinition(def: DriverDefinition, metadata: Record<string, string>, appId = "conformance"): Promise<PubSubDriver> {
  const { config, rest } = parseMetadata(def.metadata, metadata);
  return (await def.create(config as never, {
    name: "conformance",
    appId,
    namespace: "default",
    logger: createLogger({ level: "warn", scope: `${def.kind}.${def.type}` }),
    extraMetadata: rest,
    signal: new AbortController().signal,
  })) as PubSubDriver;
}

const enc = new TextEncoder();
const noMeta: Readonly<Record<string, string>> = Object.freeze({});

export function runPubSubConformance(opts: PubSubConformanceOptions): void {
  const features = new Set(opts.definition.features);
  const skipped = new Map<string, string>();
  for (const s of opts.skip ?? []) for (const t of s.tests) skipped.set(t, s.reason);
  const run = randomUUID().slice(0, 8);
  let metadata: Record<string, string> | undefined;
  let started: Promise<Record<string, string>> | undefined;
  /** The broker starts once, for the driver-level and the sidecar-level tests. */
  const ensureStarted = () => (started ??= opts.create().then((m) => (metadata = m)));

  /** A test that applies when the driver has every feature listed, unless the driver skips it (with its reason). */
  const test = (name: PubSubTestName, needs: readonly string[], fn: () => Promise<void>, timeoutMs = 60_000) => {
    const reason = skipped.get(name);
    const missing = needs.filter((f) => !features.has(f));
    if (reason !== undefined) it.skip(`${name} (skipped: ${reason})`, fn);
    else if (missing.length) it.skip(`${name} (needs ${missing.join(", ")})`, fn);
    else it(name, fn, timeoutMs);
  };

  describe(`pubsub conformance: ${opts.name}`, () => {
    afterAll(async () => {
      await opts.cleanup?.();
    });

    describe("driver", () => {
      let driver: PubSubDriver;
      const handles: SubscriptionHandle[] = [];
      const t = (name: string) => `conf-${run}-${name}`;
      const g = (name: string) => `group-${run}-${name}`;
      const publish = (topic: string, data: string | Uint8Array, metadata: Record<string, string> = {}, contentType?: string) =>
        driver.publish({ topic, data: typeof data === "string" ? enc.encode(data) : data, metadata, ...(contentType !== undefined && { contentType }) });
      const subscribe = async (topic: string, group: string, r: Recorder) => {
        const h = await driver.subscribe({ topic, consumerGroup: group, metadata: noMeta }, r.handler);
        handles.push(h);
        return h;
      };

      beforeAll(async () => {
        driver = await createPubSubFromDefinition(opts.definition, await ensureStarted());
      });
      afterAll(async () => {
        await Promise.all(handles.map((h) => h.close()));
        await driver?.close();
      });

      test(pubsubTests.hundred, [], async () => {
        const r = recorder();
        await subscribe(t("hundred"), g("a"), r);
        const sent = Array.from({ length: 100 }, (_, i) => `m${i}`);
        for (let i = 0; i < sent.length; i += 10) await Promise.all(sent.slice(i, i + 10).map((m) => publish(t("hundred"), m)));
        await r.untilTrue((got) => new Set(got.map((x) => x.text)).size === 100, "100 distinct messages");
        expect(new Set(r.texts())).toEqual(new Set(sent));
        expect(r.got.every((x) => x.msg.topic === t("hundred"))).toBe(true);
      });

      test(pubsubTests.retry, [], async () => {
        let tries = 0;
        const r = recorder((x) => (x.text === "again" && ++tries <= 2 ? "retry" : "success"));
        await subscribe(t("retry"), g("a"), r);
        await publish(t("retry"), "again");
        await r.untilTrue((got) => got.filter((x) => x.text === "again").length >= 3, "the message three times (two retries, then success)");
        const again = r.got.filter((x) => x.text === "again");
        expect(again[0]!.msg.deliveryCount).toBe(1);
        expect(again[2]!.msg.deliveryCount).toBeGreaterThanOrEqual(again[1]!.msg.deliveryCount);
        // Once it succeeded it is not delivered again: a message published after it arrives, and the count stays.
        await publish(t("retry"), "next");
        await r.untilTrue((got) => got.some((x) => x.text === "next"), "the next message");
        expect(r.got.filter((x) => x.text === "again")).toHaveLength(3);
      });

      test(pubsubTests.drop, [], async () => {
        // A message answered retry once serves as the clock: once it came back, a dropped message would have come back too.
        const redelivers = !skipped.has(pubsubTests.retry);
        let clockTries = 0;
        const r = recorder((x) => (x.text === "doomed" ? "drop" : x.text === "clock" && ++clockTries === 1 ? "retry" : "success"));
        await subscribe(t("drop"), g("a"), r);
        await publish(t("drop"), "doomed");
        await r.untilTrue((got) => got.some((x) => x.text === "doomed"), "the dropped message");
        if (redelivers) {
          await publish(t("drop"), "clock");
          await r.untilTrue((got) => got.filter((x) => x.text === "clock").length >= 2, "the retried message to come back");
        }
        await publish(t("drop"), "after");
        await r.untilTrue((got) => got.some((x) => x.text === "after"), "a message after the dropped one");
        expect(r.got.filter((x) => x.text === "doomed")).toHaveLength(1);
      });

      test(pubsubTests.topics, [], async () => {
        const one = recorder();
        const two = recorder();
        await subscribe(t("apart-1"), g("a"), one);
        await subscribe(t("apart-2"), g("a"), two);
        await publish(t("apart-1"), "for one");
        await publish(t("apart-2"), "for two");
        await publish(t("apart-1"), "for one again");
        await Promise.all([one.until(2), two.until(1)]);
        await publish(t("apart-2"), "end");
        await two.until(2);
        expect(one.texts()).toEqual(["for one", "for one again"]);
        expect(two.texts()).toEqual(["for two", "end"]);
        expect(one.got.every((x) => x.msg.topic === t("apart-1"))).toBe(true);
      });

      test(pubsubTests.groups, [], async () => {
        const a = recorder();
        const b = recorder();
        await subscribe(t("groups"), g("one"), a);
        await subscribe(t("groups"), g("two"), b);
        const sent = Array.from({ length: 10 }, (_, i) => `g${i}`);
        for (const m of sent) await publish(t("groups"), m);
        await Promise.all([a.untilTrue((x) => new Set(x.map((y) => y.text)).size === 10, "10 at group one"), b.untilTrue((x) => new Set(x.map((y) => y.text)).size === 10, "10 at group two")]);
        expect(new Set(a.texts())).toEqual(new Set(sent));
        expect(new Set(b.texts())).toEqual(new Set(sent));
      });

      test(pubsubTests.shared, [], async () => {
        // The first subscriber holds its first message until the second has one, so neither can take all of them.
        let secondHasOne!: () => void;
        const secondStarted = new Promise<void>((r) => (secondHasOne = r));
        let first = true;
        const a = recorder(async () => {
          if (first) {
            first = false;
            await Promise.race([secondStarted, new Promise((r) => setTimeout(r, 15_000))]);
          }
          return "success" as const;
        });
        const b = recorder(() => (secondHasOne(), "success"));
        await subscribe(t("shared"), g("shared"), a);
        await subscribe(t("shared"), g("shared"), b);
        const sent = Array.from({ length: 20 }, (_, i) => `s${i}`);
        for (const m of sent) await publish(t("shared"), m);
        const all = () => [...a.texts(), ...b.texts()];
        await a.untilTrue(() => new Set(all()).size === 20, "20 messages over both subscribers");
        expect(new Set(all())).toEqual(new Set(sent));
        expect(all(), "each message went to one of the two").toHaveLength(20);
        expect(a.got.length).toBeGreaterThan(0);
        expect(b.got.length).toBeGreaterThan(0);
      });

      test(pubsubTests.ordering, [], async () => {
        const r = recorder();
        await subscribe(t("order"), g("a"), r);
        const sent = Array.from({ length: 50 }, (_, i) => `o${String(i).padStart(2, "0")}`);
        for (const m of sent) await publish(t("order"), m);
        await r.until(50);
        expect(r.texts()).toEqual(sent);
      });

      test(pubsubTests.binary, [], async () => {
        const bytes = new Uint8Array([0, 1, 2, 0xff, 0xfe, 0x80, 0x00, 0x7f, 0xc3, 0x28, ...randomBytes(64 * 1024)]);
        const r = recorder();
        await subscribe(t("binary"), g("a"), r);
        await publish(t("binary"), bytes, {}, "application/octet-stream");
        await publish(t("binary"), new Uint8Array(0));
        await r.until(2);
        expect(Buffer.from(r.got[0]!.msg.data).equals(Buffer.from(bytes))).toBe(true);
        expect(r.got[1]!.msg.data.byteLength).toBe(0);
      });

      test(pubsubTests.metadata, [], async () => {
        const r = recorder();
        await subscribe(t("metadata"), g("a"), r);
        await publish(t("metadata"), "{}", { "x-order-id": "42", traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", note: "ünïcode ✓" }, "application/cloudevents+json");
        await r.until(1);
        const m = r.got[0]!.msg;
        expect(m.metadata).toMatchObject({ "x-order-id": "42", traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", note: "ünïcode ✓" });
        expect(m.contentType).toBe("application/cloudevents+json");
      });

      test(pubsubTests.wildcards, ["SUBSCRIBE_WILDCARDS"], async () => {
        const r = recorder();
        await subscribe(`${t("wild")}/*`, g("a"), r);
        await publish(`${t("wild")}/eu`, "eu");
        await publish(t("other"), "other");
        await publish(`${t("wild")}/us`, "us");
        await r.until(2);
        expect(r.texts()).toEqual(["eu", "us"]);
        expect(r.got.map((x) => x.msg.topic)).toEqual([`${t("wild")}/eu`, `${t("wild")}/us`]);
      });

      test(pubsubTests.features, [], async () => {
        expect(typeof driver.bulkPublish === "function", "bulkPublish() present exactly with BULK_PUBSUB").toBe(features.has("BULK_PUBSUB"));
        await driver.ping?.();
      });

      test(pubsubTests.closeWaits, [], async () => {
        let signal: AbortSignal | undefined;
        let finished = false;
        const r = recorder(async (_x, s) => {
          signal = s;
          await new Promise((res) => s.addEventListener("abort", res, { once: true }));
          finished = true;
          return "retry" as const;
        });
        const h = await driver.subscribe({ topic: t("close"), consumerGroup: g("close"), metadata: noMeta }, r.handler);
        await publish(t("close"), "held");
        await r.until(1);
        await h.close();
        expect(signal?.aborted).toBe(true);
        expect(finished).toBe(true);
      });
    });

    runSidecarConformance({
      definition: opts.definition,
      metadata: async () => metadata ?? (await ensureStarted()),
      run,
      test,
    });
  });
}
