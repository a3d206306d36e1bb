/**
 * bindings.mqtt3 against a real mosquitto: the bindings conformance suite
 * (create publishes with QoS 1; input receives every message through a
 * persistent session and acknowledges it once the app took it), the topic
 * metadata of input events, and messages kept by the session while the
 * reader was closed.
 */
import { randomUUID } from "node:crypto";
import { connectAsync, type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BindingDriver } from "../../gateway/src/components/bindings/binding.js";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { mqtt3Binding } from "../../gateway/src/drivers/bindings/mqtt3/index.js";
import { runBindingsConformance } from "../conformance/bindings/index.js";
import { createDriver } from "../conformance/driver-factory.js";
import { startMosquitto, type MosquittoServer } from "../servers/index.js";

const definition = mqtt3Binding as unknown as DriverDefinition;
let broker: MosquittoServer | undefined;
let client: MqttClient | undefined;
let started: Promise<void> | undefined;
const start = () =>
  (started ??= (async () => {
    broker = await startMosquitto();
    client = await connectAsync(broker.url, { clientId: `observer-${randomUUID().slice(0, 8)}` });
  })());

runBindingsConformance({
  name: "bindings.mqtt3",
  definition,
  create: async () => {
    await start();
    // backOffMaxRetries 1: the refused event is tried again (after Dapr's 5 s interval) instead of waiting for a reconnect.
    return { url: broker!.url, topic: `conformance/${randomUUID().slice(0, 8)}`, consumerID: `conf-${randomUUID().slice(0, 8)}`, backOffMaxRetries: "1" };
  },
  operations: {
    create: async ({ invoke, unique }) => {
      const topic = `other/${unique}`;
      const got: string[] = [];
      await client!.subscribeAsync(topic, { qos: 1 });
      client!.on("message", (t, payload) => {
        if (t === topic) got.push(payload.toString());
      });
      await invoke("create", "published", { topic });
      await expect.poll(() => got, { timeout: 10_000 }).toEqual(["published"]);
    },
  },
});

describe("bindings.mqtt3 input", () => {
  beforeAll(start);
  afterAll(async () => {
    await client?.endAsync();
    await broker?.close();
  });

  it("gives events their topic, and keeps messages sent while the reader was closed (persistent session)", async () => {
    const topic = `sensors/${randomUUID().slice(0, 8)}/+`;
    const driver = await createDriver<BindingDriver>(definition, { url: broker!.url, topic, consumerID: `kept-${randomUUID().slice(0, 8)}` });
    const got: { data: string; topic: string | undefined }[] = [];
    const reader = async (e: { data: Uint8Array; metadata: Readonly<Record<string, string>> }) => {
      got.push({ data: new TextDecoder().decode(e.data), topic: e.metadata["topic"] });
      return new Uint8Array();
    };
    try {
      let handle = await driver.read!(reader);
      const base = topic.slice(0, -2);
      await client!.publishAsync(`${base}/a`, "first", { qos: 1 });
      await expect.poll(() => got, { timeout: 10_000 }).toEqual([{ data: "first", topic: `${base}/a` }]);
      await handle.close();
      await client!.publishAsync(`${base}/b`, "while closed", { qos: 1 });
      handle = await driver.read!(reader);
      await expect.poll(() => got.length, { timeout: 10_000 }).toBe(2);
      expect(got[1]).toEqual({ data: "while closed", topic: `${base}/b` });
      await handle.close();
    } finally {
      await driver.close();
    }
  });

  it("receives again after the broker restarts (the session resumed or subscribed anew)", async () => {
    const topic = `restart/${randomUUID().slice(0, 8)}`;
    const driver = await createDriver<BindingDriver>(definition, { url: broker!.url, topic, consumerID: `restart-${randomUUID().slice(0, 8)}` });
    const got: string[] = [];
    const handle = await driver.read!(async (e) => {
      got.push(new TextDecoder().decode(e.data));
      return new Uint8Array();
    });
    const publisher = await connectAsync(broker!.url, { clientId: `pub-${randomUUID().slice(0, 8)}`, reconnectPeriod: 200 });
    try {
      await broker!.stop();
      await broker!.start();
      await expect
        .poll(
          async () => {
            if (publisher.connected) await publisher.publishAsync(topic, `after-${got.length}`, { qos: 1 }).catch(() => undefined);
            return got.length;
          },
          { timeout: 20_000, interval: 300 },
        )
        .toBeGreaterThan(0);
      expect(got[0]).toMatch(/^after-/);
    } finally {
      await publisher.endAsync(true);
      await handle.close();
      await driver.close();
    }
  }, 60_000);
});
