/**
 * The user promise of the pub/sub drivers: one app, unchanged, subscribing
 * through /dapr/subscribe, receives what is published whichever broker the
 * component file selects. In one test the same app runs behind a sidecar on
 * in-memory, Redis Streams, RabbitMQ, NATS JetStream and MQTT in turn; only
 * the component file differs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { componentYaml } from "../conformance/state/index.js";
import { waitForSubscriptions } from "../conformance/pubsub/index.js";
import { startPubSubHttpApp, type PubSubHttpApp } from "../apps/pubsub-http-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startMosquitto, startNats, startRabbitMq, startRedis } from "../servers/index.js";

interface Closable {
  close(): Promise<void>;
}

describe("swapping the pub/sub broker by the component file", () => {
  const servers: Closable[] = [];
  /** Component type and metadata per broker: the only thing that changes. */
  const components: { type: string; metadata: Record<string, string> }[] = [];
  let app: PubSubHttpApp;

  beforeAll(async () => {
    const [redis, rabbit, nats, mosquitto] = await Promise.all([startRedis(), startRabbitMq(), startNats(), startMosquitto()]);
    servers.push(redis, rabbit, nats, mosquitto);
    components.push(
      { type: "pubsub.in-memory", metadata: {} },
      { type: "pubsub.redis", metadata: { redisHost: redis.address } },
      { type: "pubsub.rabbitmq", metadata: { connectionString: rabbit.url } },
      { type: "pubsub.jetstream", metadata: { natsURL: nats.url } },
      { type: "pubsub.mqtt3", metadata: { url: mosquitto.url } },
    );
    // The app: the same subscriptions and handlers for every broker.
    app = await startPubSubHttpApp([
      { pubsubname: "orders", topic: "created", route: "/orders/created" },
      { pubsubname: "orders", topic: "cancelled", routes: { default: "/orders/cancelled" } },
    ]);
    app.on("/orders/created", () => ({ status: 200, body: '{"status":"SUCCESS"}' }));
    app.on("/orders/cancelled", () => ({ status: 200 }));
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await Promise.all(servers.map((s) => s.close()));
  });

  it("delivers to the unchanged app on every broker", async () => {
    expect(components).toHaveLength(5);
    for (const { type, metadata } of components) {
      const dir = tempDir({ "orders.yaml": componentYaml("orders", type, metadata) });
      let sc: SidecarProcess | undefined;
      try {
        sc = await startSidecar({ appId: "shop", appPort: app.port, resourcesPaths: [dir.path] });
        await waitForSubscriptions(sc, 2);
        const publish = (topic: string, body: unknown) =>
          fetch(`${sc!.httpUrl}/v1.0/publish/orders/${topic}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
        const created = app.at("/orders/created").length;
        const cancelled = app.at("/orders/cancelled").length;
        expect((await publish("created", { id: `${type}-1`, via: type })).status, type).toBe(204);
        expect((await publish("created", { id: `${type}-2`, via: type })).status, type).toBe(204);
        expect((await publish("cancelled", { id: `${type}-1`, via: type })).status, type).toBe(204);
        const got = (await app.waitFor("/orders/created", created + 2, 20_000)).slice(created);
        const gone = (await app.waitFor("/orders/cancelled", cancelled + 1, 20_000)).slice(cancelled);
        expect(got.map((d) => (d.json!["data"] as { id: string }).id).sort(), type).toEqual([`${type}-1`, `${type}-2`]);
        for (const d of [...got, ...gone]) {
          expect(d.json, type).toMatchObject({ pubsubname: "orders", source: "shop", specversion: "1.0", data: { via: type } });
          expect(d.headers["content-type"], type).toMatch(/^application\/cloudevents\+json/);
        }
        expect(gone[0]!.json, type).toMatchObject({ topic: "cancelled", data: { id: `${type}-1` } });
      } finally {
        await sc?.stop();
        dir.remove();
      }
    }
  }, 240_000);
});
