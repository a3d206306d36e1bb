/**
 * MQTT shared subscriptions ("$share/<group>/<topic>", as with daprd's mqtt3):
 * replicas of an app, each with its own consumerID (its own client id),
 * subscribe through one share group and the broker hands each message to one
 * of them. Real Mosquitto.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import type { PubSubDriver, SubscriptionHandle } from "../../gateway/src/components/pubsub/pubsub.js";
import { mqtt3PubSub } from "../../gateway/src/drivers/pubsub/mqtt3/index.js";
import { createPubSubFromDefinition } from "../conformance/pubsub/suite.js";
import { recorder } from "../conformance/pubsub/recorder.js";
import { startMosquitto, type MosquittoServer } from "../servers/index.js";

const def = mqtt3PubSub as unknown as DriverDefinition;
const enc = new TextEncoder();
const noMeta = Object.freeze({}) as Readonly<Record<string, string>>;

describe("pubsub.mqtt3 shared subscriptions", () => {
  let server: MosquittoServer;
  const drivers: PubSubDriver[] = [];
  const handles: SubscriptionHandle[] = [];
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    server = await startMosquitto();
  });
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await Promise.all(drivers.map((d) => d.close()));
    await server?.close();
  });

  const driver = async () => {
    const d = await createPubSubFromDefinition(def, { url: server.url });
    drivers.push(d);
    return d;
  };

  it("each message reaches one replica of the share group, and every message one", async () => {
    const [a, b, publisher] = [await driver(), await driver(), await driver()];
    const topic = `orders-${run}`;
    const ra = recorder();
    const rb = recorder();
    handles.push(await a.subscribe({ topic: `$share/workers-${run}/${topic}`, consumerGroup: `replica-a-${run}`, metadata: noMeta }, ra.handler));
    handles.push(await b.subscribe({ topic: `$share/workers-${run}/${topic}`, consumerGroup: `replica-b-${run}`, metadata: noMeta }, rb.handler));
    const sent = Array.from({ length: 40 }, (_, i) => `m${i}`);
    for (const m of sent) await publisher.publish({ topic, data: enc.encode(m), metadata: {} });
    const all = () => [...ra.texts(), ...rb.texts()];
    await ra.untilTrue(() => all().length >= sent.length, `${sent.length} messages across both replicas`);
    // Nothing comes twice: wait a little for strays before counting.
    await new Promise((r) => setTimeout(r, 300));
    expect(all().sort()).toEqual([...sent].sort());
    expect(ra.got.length).toBeGreaterThan(0);
    expect(rb.got.length).toBeGreaterThan(0);
    expect(ra.got[0]!.msg.topic).toBe(topic);
  });

  it("a shared subscription with a wildcard receives the topics it matches, and a plain subscription still gets its own copy", async () => {
    const [shared, plain, publisher] = [await driver(), await driver(), await driver()];
    const base = `sensors-${run}`;
    const rs = recorder();
    const rp = recorder();
    handles.push(await shared.subscribe({ topic: `$share/readers-${run}/${base}/+`, consumerGroup: `shared-${run}`, metadata: noMeta }, rs.handler));
    handles.push(await plain.subscribe({ topic: `${base}/+`, consumerGroup: `plain-${run}`, metadata: noMeta }, rp.handler));
    await publisher.publish({ topic: `${base}/kitchen`, data: enc.encode("21.5"), metadata: {} });
    await publisher.publish({ topic: `${base}/hall/floor`, data: enc.encode("not matched"), metadata: {} });
    await publisher.publish({ topic: `${base}/garage`, data: enc.encode("12.0"), metadata: {} });
    await rs.until(2);
    await rp.until(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(rs.texts()).toEqual(["21.5", "12.0"]);
    expect(rp.texts()).toEqual(["21.5", "12.0"]);
  });

  it("refuses a malformed shared subscription with a clear error", async () => {
    const d = await driver();
    await expect(d.subscribe({ topic: "$share//orders", consumerGroup: `bad-${run}`, metadata: noMeta }, recorder().handler)).rejects.toThrow(/the group not empty/);
    await expect(d.subscribe({ topic: `$share/g-${run}`, consumerGroup: `bad-${run}`, metadata: noMeta }, recorder().handler)).rejects.toThrow(/needs a topic/);
  });
});
