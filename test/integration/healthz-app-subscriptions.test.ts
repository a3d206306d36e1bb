/**
 * /v1.0/healthz says ready only once the app's subscriptions are running, as
 * daprd starts them before it reports ready: an app (or SDK) that publishes as
 * soon as health says ready must not lose the event. The real binary, a real
 * HTTP app whose GET /dapr/subscribe the test holds open.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const component = `apiVersion: dapr.io/v1alpha1
kind: Component
metadata:
  name: pubsub
spec:
  type: pubsub.in-memory
  version: v1
`;

describe("/v1.0/healthz and the app's subscriptions", () => {
  let app: Server;
  let sc: SidecarProcess | undefined;
  let subscribeAsked!: () => void;
  const asked = new Promise<void>((r) => (subscribeAsked = r));
  let releaseSubscribe!: () => void;
  const released = new Promise<void>((r) => (releaseSubscribe = r));
  const delivered: unknown[] = [];
  const dir = tempDir({ "pubsub.yaml": component });

  beforeAll(async () => {
    app = createServer((req, res) => {
      if (req.url === "/dapr/subscribe") {
        subscribeAsked();
        void released.then(() => {
          res.setHeader("content-type", "application/json");
          res.end(JSON.stringify([{ pubsubname: "pubsub", topic: "orders", route: "/orders" }]));
        });
        return;
      }
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        if (req.url === "/orders") delivered.push(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        res.statusCode = 200;
        res.end();
      });
    });
    await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
    sc = await startSidecar({ appId: "healthz-subs", appPort: (app.address() as AddressInfo).port, resourcesPaths: [dir.path] });
  });
  afterAll(async () => {
    releaseSubscribe();
    await sc?.stop();
    await new Promise((r) => app.close(r));
    dir.remove();
  });

  it("is not ready while the app is asked for its subscriptions, and an event published once it is ready reaches the app", async () => {
    await asked;
    const waiting = await fetch(`${sc!.httpUrl}/v1.0/healthz`);
    expect(waiting.status).toBe(500);
    expect(await waiting.text()).toMatch(/subscriptions are starting/);

    releaseSubscribe();
    for (;;) {
      const res = await fetch(`${sc!.httpUrl}/v1.0/healthz`);
      if (res.status === 204) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const published = await fetch(`${sc!.httpUrl}/v1.0/publish/pubsub/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: 1 }) });
    expect(published.status).toBe(204);
    for (let i = 0; i < 200 && delivered.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(delivered).toHaveLength(1);
    expect((delivered[0] as { data: unknown }).data).toEqual({ id: 1 });
  });
});
