/**
 * Faults of real brokers under a running pillion: the broker goes away
 * (publishes answer 500 ERR_PUBSUB_PUBLISH_MESSAGE with the cause, the
 * sidecar keeps serving) and comes back (publishing and subscriptions
 * recover by themselves); a broker restart loses no acknowledged publish on
 * the durable brokers; a broker unreachable at start-up stops start-up with
 * the file and component, unless the component says spec.ignoreErrors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { componentYaml } from "../conformance/state/index.js";
import { pubsubComponentYaml, waitForSubscriptions } from "../conformance/pubsub/index.js";
import { startPubSubHttpApp, type PubSubHttpApp } from "../apps/pubsub-http-app.js";
import { freePort } from "../harness/ports.js";
import { runPillion, startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startMosquitto, startNats, startRabbitMq } from "../servers/index.js";

interface Broker {
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const brokers = [
  {
    type: "pubsub.rabbitmq",
    start: async () => {
      const s = await startRabbitMq();
      const metadata = { connectionString: s.url, reconnectWaitSeconds: "500ms", prefetchCount: "20", deletedWhenUnused: "false" };
      return { broker: s as Broker, metadata };
    },
    unreachable: (port: number) => ({ connectionString: `amqp://guest:guest@127.0.0.1:${port}` }),
  },
  {
    type: "pubsub.jetstream",
    start: async () => {
      const s = await startNats();
      return { broker: s as Broker, metadata: { natsURL: s.url } };
    },
    unreachable: (port: number) => ({ natsURL: `nats://127.0.0.1:${port}` }),
  },
  {
    type: "pubsub.mqtt3",
    start: async () => {
      const s = await startMosquitto();
      return { broker: s as Broker, metadata: { url: s.url } };
    },
    unreachable: (port: number) => ({ url: `tcp://127.0.0.1:${port}` }),
  },
];

const unreachableCause = /ECONNREFUSED|unreachable|closed|disconnect|timeout|CONNECTION/i;

describe.each(brokers)("$type", (driver) => {
  describe("with a running broker", () => {
    let broker: Broker;
    let app: PubSubHttpApp;
    let sc: SidecarProcess;
    let dir: ReturnType<typeof tempDir>;
    let releaseDurable!: () => void;
    const durableHeld = new Promise<void>((r) => (releaseDurable = r));
    const publish = (topic: string, body: unknown) =>
      fetch(`${sc.httpUrl}/v1.0/publish/pubsub/${topic}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

    beforeAll(async () => {
      const started = await driver.start();
      broker = started.broker;
      app = await startPubSubHttpApp([
        { pubsubname: "pubsub", topic: "faults", route: "/faults" },
        { pubsubname: "pubsub", topic: "durable", route: "/durable" },
      ]);
      app.on("/faults", () => ({ status: 200 }));
      // Held until the broker restarted: what the broker sent stays unacknowledged, the rest waits in the queue or stream.
      app.on("/durable", () => ({ status: 200, after: durableHeld }));
      dir = tempDir({ "pubsub.yaml": pubsubComponentYaml(driver.type, started.metadata) });
      sc = await startSidecar({ appId: "faults", appPort: app.port, resourcesPaths: [dir.path] });
      await waitForSubscriptions(sc, 2);
    });
    afterAll(async () => {
      releaseDurable?.();
      await sc?.stop();
      await app?.close();
      dir?.remove();
      await broker?.close();
    });

    it("answers 500 ERR_PUBSUB_PUBLISH_MESSAGE with the cause while it is down, keeps serving, and recovers by itself", async () => {
      expect((await publish("faults", { n: "before" })).status).toBe(204);
      await app.waitFor("/faults", 1, 20_000);

      await broker.stop();

      const failed = await publish("faults", { n: "during" });
      expect(failed.status).toBe(500);
      const body = (await failed.json()) as { errorCode: string; message: string };
      expect(body.errorCode).toBe("ERR_PUBSUB_PUBLISH_MESSAGE");
      expect(body.message).toContain("error when publishing to topic faults in pubsub pubsub");
      expect(body.message).toMatch(unreachableCause);
      expect((await fetch(`${sc.httpUrl}/v1.0/healthz/outbound`)).status).toBe(204);
      expect(sc.child.exitCode).toBeNull();

      await broker.start();

      // Publishing comes back, and so does the subscription: an event published now reaches the app.
      await expect.poll(async () => (await publish("faults", { n: "probe" })).status, { timeout: 30_000, interval: 250 }).toBe(204);
      expect((await publish("faults", { n: "after" })).status).toBe(204);
      await expect
        .poll(() => app.at("/faults").some((d) => (d.json?.["data"] as { n?: string } | undefined)?.n === "after"), { timeout: 30_000, interval: 200 })
        .toBe(true);
      expect(sc.child.exitCode).toBeNull();
    }, 90_000);

    it("loses no acknowledged publish when the broker restarts midway through 1,000", async () => {
      const total = 1000;
      let acked = 0;
      let restarted!: Promise<void>;
      let triggered = false;
      let next = 0;
      // Each event is published until the sidecar acknowledges it (204); a failure while the broker is down is retried.
      const worker = async () => {
        while (next < total) {
          const n = next++;
          const deadline = Date.now() + 60_000;
          for (;;) {
            const res = await publish("durable", { n }).catch(() => undefined);
            if (res?.status === 204) break;
            await res?.body?.cancel();
            if (Date.now() > deadline) throw new Error(`publish ${n} not acknowledged within 60 s: ${res?.status}`);
            await new Promise((r) => setTimeout(r, 200));
          }
          if (++acked === total / 2 && !triggered) {
            triggered = true;
            restarted = (async () => {
              await broker.stop();
              await broker.start();
            })();
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      await restarted;
      releaseDurable();
      const distinct = () => new Set(app.at("/durable").map((d) => (d.json?.["data"] as { n?: number } | undefined)?.n));
      await expect.poll(() => distinct().size, { timeout: 120_000, interval: 500 }).toBe(total);
      expect([...distinct()].every((n) => typeof n === "number" && n >= 0 && n < total)).toBe(true);
    }, 240_000);
  });

  describe("when the broker is unreachable at start-up", () => {
    it("refuses to start, naming the file and the component", async () => {
      const port = await freePort();
      const dir = tempDir();
      try {
        const file = dir.file("pubsub.yaml", componentYaml("pubsub", driver.type, driver.unreachable(port)));
        const [http, grpc] = [await freePort(), await freePort()];
        const r = await runPillion(["run", "--app-id", "faults", "--dapr-http-port", String(http), "--dapr-grpc-port", String(grpc), "--resources-path", dir.path], { timeoutMs: 30_000 });
        expect(r.code).not.toBe(0);
        expect(r.code).not.toBeNull();
        expect(r.output).toContain(file);
        expect(r.output).toContain('component "pubsub"');
        expect(r.output).toMatch(/ECONNREFUSED|connect/i);
      } finally {
        dir.remove();
      }
    }, 40_000);

    it("with spec.ignoreErrors, starts the rest and reports the component as not ready", async () => {
      const port = await freePort();
      const dir = tempDir({
        "pubsub.yaml": componentYaml("pubsub", driver.type, driver.unreachable(port), "  ignoreErrors: true"),
        "other.yaml": componentYaml("other", "pubsub.in-memory", {}),
      });
      let sc: SidecarProcess | undefined;
      try {
        sc = await startSidecar({ appId: "faults", resourcesPaths: [dir.path] });
        const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { extended: Record<string, string> };
        expect(md.extended["pillion.notReady.pubsub/pubsub"]).toMatch(/failed to start/);
        expect(md.extended["pillion.notReady.pubsub/other"]).toBeUndefined();
        const failed = await fetch(`${sc.httpUrl}/v1.0/publish/pubsub/t`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
        expect(failed.status).toBeGreaterThanOrEqual(400);
        const ok = await fetch(`${sc.httpUrl}/v1.0/publish/other/t`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
        expect(ok.status).toBe(204);
      } finally {
        await sc?.stop();
        dir.remove();
      }
    }, 40_000);
  });
});
