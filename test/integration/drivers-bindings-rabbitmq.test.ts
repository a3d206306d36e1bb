/**
 * bindings.rabbitmq against a real RabbitMQ: the bindings conformance suite
 * (create publishes to the queue; input consumes it with acks and requeues
 * what the app refused), and the ttl, priority and headers a publish carries.
 */
import { connect, type Channel, type ChannelModel } from "amqplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BindingDriver } from "../../gateway/src/components/bindings/binding.js";
import type { DriverDefinition } from "../../gateway/src/components/definition.js";
import { rabbitmqBinding } from "../../gateway/src/drivers/bindings/rabbitmq/index.js";
import { runBindingsConformance } from "../conformance/bindings/index.js";
import { createDriver } from "../conformance/driver-factory.js";
import { componentYaml } from "../conformance/state/index.js";
import { startRecordingHttpServer, type RecordingHttpServer } from "../apps/bindings-http-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startRabbitMq, type RabbitMqServer } from "../servers/index.js";

const definition = rabbitmqBinding as unknown as DriverDefinition;
let broker: RabbitMqServer | undefined;
let model: ChannelModel | undefined;
let ch: Channel | undefined;
let started: Promise<void> | undefined;
const queue = `conformance-${process.pid}`;

const start = () =>
  (started ??= (async () => {
    broker = await startRabbitMq();
    model = await connect(broker.url);
    ch = await model.createChannel();
  })());

runBindingsConformance({
  name: "bindings.rabbitmq",
  definition,
  create: async () => {
    await start();
    return { host: broker!.url, queueName: queue, durable: "true", reconnectWaitInSeconds: "1" };
  },
  operations: {
    create: async ({ invoke, unique }) => {
      const q = `${unique}-q`;
      const own = await createDriver<BindingDriver>(definition, { host: broker!.url, queueName: q, maxPriority: "5" });
      try {
        await own.invoke!({ operation: "create", data: new TextEncoder().encode("published"), metadata: { ttlInSeconds: "60", priority: "3", custom: "yes" }, signal: new AbortController().signal });
        const msg = await ch!.get(q, { noAck: true });
        expect(msg && msg.content.toString()).toBe("published");
        if (!msg) return;
        expect(msg.properties.expiration).toBe("60000");
        expect(msg.properties.priority).toBe(3);
        expect(msg.properties.contentType).toBe("text/plain");
        expect(msg.properties.deliveryMode).toBe(2);
        expect(msg.properties.headers).toMatchObject({ custom: "yes" });
        await expect(invoke("create", "x", { ttlInSeconds: "soon" })).rejects.toThrow(/ttl value must be a valid integer/);
      } finally {
        await own.close();
      }
    },
  },
});

describe("bindings.rabbitmq input", () => {
  beforeAll(start);
  afterAll(async () => {
    await model?.close().catch(() => undefined);
    await broker?.close();
  });

  it("through a sidecar: output create reaches the HTTP app as an input event; one the app failed comes again", async () => {
    let app: RecordingHttpServer | undefined;
    let sc: SidecarProcess | undefined;
    const dir = tempDir({ "jobs.yaml": componentYaml("jobs", "bindings.rabbitmq", { host: broker!.url, queueName: `${queue}-sidecar`, reconnectWaitInSeconds: "1" }) });
    try {
      app = await startRecordingHttpServer();
      app.on("OPTIONS", "/jobs", () => ({ status: 200 }));
      let flakyRefused = false;
      app.on("POST", "/jobs", (r) => {
        if (r.body.toString() !== '"flaky"' || flakyRefused) return { status: 200 };
        flakyRefused = true;
        return { status: 500, body: "not yet" };
      });
      sc = await startSidecar({ appId: "rabbit-app", appPort: app.port, resourcesPaths: [dir.path] });
      // JSON data: the binding carries its JSON text ("flaky" with the quotes), as in Dapr.
      const send = (data: string) =>
        fetch(`${sc!.httpUrl}/v1.0/bindings/jobs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ operation: "create", data, metadata: { origin: "test" } }) });
      expect((await send("flaky")).status).toBe(204);
      expect((await send("steady")).status).toBe(204);
      const seen = await app.waitFor("POST", "/jobs", 3);
      const bodies = seen.map((r) => r.body.toString());
      expect(bodies.filter((b) => b === '"flaky"')).toHaveLength(2);
      expect(bodies.filter((b) => b === '"steady"')).toHaveLength(1);
      expect(seen[0]!.headers["origin"]).toBe("test");
    } finally {
      await sc?.stop();
      await app?.close();
      dir.remove();
    }
  }, 60_000);

  it("delivers messages published by any client, with their string headers as metadata", async () => {
    const q = `${queue}-headers`;
    const driver = await createDriver<BindingDriver>(definition, { host: broker!.url, queueName: q });
    const got: { data: string; metadata: Record<string, string> }[] = [];
    const handle = await driver.read!(async (e) => {
      got.push({ data: new TextDecoder().decode(e.data), metadata: { ...e.metadata } });
      return new Uint8Array();
    });
    try {
      ch!.sendToQueue(q, Buffer.from("from outside"), { headers: { "trace id": "abc", count: 3 } });
      await expect.poll(() => got.length, { timeout: 10_000 }).toBe(1);
      expect(got[0]).toEqual({ data: "from outside", metadata: { "trace%20id": "abc" } });
    } finally {
      await handle.close();
      await driver.close();
    }
  });

  it("consumes again after the broker restarts (the queue declared anew)", async () => {
    const q = `${queue}-restart`;
    const driver = await createDriver<BindingDriver>(definition, { host: broker!.url, queueName: q, reconnectWaitInSeconds: "0.2" });
    const got: string[] = [];
    const handle = await driver.read!(async (e) => {
      got.push(new TextDecoder().decode(e.data));
      return new Uint8Array();
    });
    try {
      await broker!.stop();
      await broker!.start();
      model = await connect(broker!.url);
      ch = await model.createChannel();
      // Published once the binding declared its (non-durable) queue again.
      await expect
        .poll(
          async () => {
            const probe = await model!.createChannel();
            probe.on("error", () => undefined); // a missing queue closes the probing channel
            const declared = await probe.checkQueue(q).then(
              () => true,
              () => false,
            );
            if (declared) await probe.close();
            return declared;
          },
          { timeout: 30_000, interval: 200 },
        )
        .toBe(true);
      ch.sendToQueue(q, Buffer.from("after restart"));
      await expect.poll(() => got, { timeout: 15_000 }).toEqual(["after restart"]);
    } finally {
      await handle.close();
      await driver.close();
    }
  }, 90_000);
});
