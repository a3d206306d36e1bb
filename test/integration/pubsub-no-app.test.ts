/**
 * Pub/sub on a sidecar without an app: the embedded default pubsub "pubsub"
 * takes publishes, nothing is subscribed, and the process keeps serving.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";

let sc: SidecarProcess;
beforeAll(async () => {
  sc = await startSidecar({ appId: "publisher-only" });
});
afterAll(async () => {
  await sc?.stop();
});

describe("a sidecar without an app port", () => {
  it("has the embedded in-memory pubsub named pubsub, with its features", async () => {
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { components: Record<string, unknown>[]; subscriptions?: unknown[] };
    expect(md.components).toContainEqual({ name: "pubsub", type: "pubsub.in-memory", version: "v1", capabilities: ["SUBSCRIBE_WILDCARDS"] });
    expect(md.subscriptions ?? []).toEqual([]);
  });

  it("takes publishes (nobody listens, so they go nowhere) over POST and PUT", async () => {
    for (const method of ["POST", "PUT"]) {
      const res = await fetch(`${sc.httpUrl}/v1.0/publish/pubsub/orders/eu`, { method, headers: { "content-type": "application/json" }, body: '{"a":1}' });
      expect(res.status).toBe(204);
    }
  });

  it("answers ERR_PUBSUB_NOT_FOUND for another name and keeps serving", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/publish/other/orders`, { method: "POST", body: "x" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ errorCode: "ERR_PUBSUB_NOT_FOUND" });
    expect((await fetch(`${sc.httpUrl}/v1.0/publish/pubsub/orders`, { method: "POST", body: "x" })).status).toBe(204);
  });
});
