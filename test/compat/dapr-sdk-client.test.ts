/**
 * The official Dapr JS SDK (@dapr/dapr, unmodified) as a client of the real
 * pillion sidecar, over HTTP and over gRPC: start-up (the SDK waits for the
 * sidecar by calling the metadata API), health, state, metadata, service
 * invocation to a real HTTP app, and publish (checked by the app receiving
 * the CloudEvent).
 */
import { CommunicationProtocolEnum, DaprClient, HttpMethod, StateConcurrencyEnum, StateConsistencyEnum } from "@dapr/dapr";
import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sdkClient, sdkFlavours } from "../tools/dapr-sdk-client.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { startHttpTestApp, type HttpTestApp } from "../tools/http-test-app.js";
import { freePort } from "../harness/ports.js";
import { pillionBin } from "../harness/sidecar-process.js";
import { killOnExit, spawnCaptured, waitFor } from "../tools/processes.js";

const appId = "sdk-client-app";
let app: HttpTestApp;
let sc: SidecarProcess;

beforeAll(async () => {
  app = await startHttpTestApp({ subscriptions: [{ pubsubname: "pubsub", topic: "orders", route: "/events/orders" }] });
  sc = await startSidecar({ appId, appPort: app.port, appProtocol: "http", waitForApp: true });
  killOnExit(sc.child);
});
afterAll(async () => {
  await sc?.stop();
  await app?.close();
});

describe.each(sdkFlavours)("DaprClient over $name", ({ name, protocol }) => {
  let client: DaprClient;
  const k = (key: string) => `${name}-${key}`;

  beforeAll(async () => {
    client = sdkClient(sc, protocol);
    await client.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("reports the sidecar healthy", async () => {
    expect(await client.health.isHealthy()).toBe(true);
  });

  it("saves and gets state", async () => {
    const saved = await client.state.save("statestore", [
      { key: k("order"), value: { id: 7, items: ["a", "b"] } },
      { key: k("text"), value: "plain" },
    ]);
    expect(saved).toEqual({});
    expect(await client.state.get("statestore", k("order"))).toEqual({ id: 7, items: ["a", "b"] });
    expect(await client.state.get("statestore", k("text"))).toBe("plain");
    expect(await client.state.get("statestore", k("missing"))).toBe("");
  });

  it("gets state in bulk with ETags", async () => {
    await client.state.save("statestore", [
      { key: k("b1"), value: { n: 1 } },
      { key: k("b2"), value: { n: 2 } },
    ]);
    const items = await client.state.getBulk("statestore", [k("b1"), k("b2"), k("b-missing")]);
    const byKey = Object.fromEntries((items as unknown as { key: string; data: unknown; etag?: string }[]).map((i) => [i.key, i]));
    expect(byKey[k("b1")]!.data).toEqual({ n: 1 });
    expect(byKey[k("b2")]!.data).toEqual({ n: 2 });
    expect(byKey[k("b1")]!.etag).toBeTruthy();
    expect(Object.keys(byKey).sort()).toEqual([k("b-missing"), k("b1"), k("b2")].sort());
  });

  it("deletes state", async () => {
    await client.state.save("statestore", [{ key: k("del"), value: "x" }]);
    expect(await client.state.delete("statestore", k("del"))).toEqual({});
    expect(await client.state.get("statestore", k("del"))).toBe("");
  });

  it("runs a state transaction", async () => {
    await client.state.save("statestore", [{ key: k("tx-old"), value: "old" }]);
    await client.state.transaction("statestore", [
      { operation: "upsert", request: { key: k("tx-new"), value: "new" } },
      { operation: "delete", request: { key: k("tx-old") } },
    ]);
    expect(await client.state.get("statestore", k("tx-new"))).toBe("new");
    expect(await client.state.get("statestore", k("tx-old"))).toBe("");
  });

  it("gets an ETag conflict on a stale ETag, and saves with the current one", async () => {
    const firstWrite = { concurrency: StateConcurrencyEnum.CONCURRENCY_FIRST_WRITE, consistency: StateConsistencyEnum.CONSISTENCY_STRONG };
    await client.state.save("statestore", [{ key: k("etag"), value: { v: 1 } }]);
    const [item] = (await client.state.getBulk("statestore", [k("etag")])) as unknown as { etag: string }[];
    const etag = item!.etag;
    await client.state.save("statestore", [{ key: k("etag"), value: { v: 2 }, etag, options: firstWrite }]);
    const stale = [{ key: k("etag"), value: { v: 3 }, etag, options: firstWrite }];
    if (protocol === CommunicationProtocolEnum.HTTP) {
      // The HTTP client reports failures in the result, with the sidecar's status and body.
      const res = await client.state.save("statestore", stale);
      const failure = JSON.parse((res.error as Error).message) as { status: number; error_msg: string };
      expect(failure.status).toBe(409);
      expect(JSON.parse(failure.error_msg)).toMatchObject({ errorCode: "ERR_STATE_SAVE" });
    } else {
      const err = await client.state.save("statestore", stale).then(
        () => undefined,
        (e: unknown) => ConnectError.from(e),
      );
      expect(err?.code).toBe(Code.Aborted);
    }
    expect(await client.state.get("statestore", k("etag"))).toEqual({ v: 2 });
  });

  it("sets and gets metadata", async () => {
    expect(await client.metadata.set(k("attr"), "some value")).toBe(true);
    const meta = (await client.metadata.get()) as { id: string; extended: Record<string, string>; components: { name: string; type: string }[] };
    expect(meta.id).toBe(appId);
    expect(meta.extended[k("attr")]).toBe("some value");
    expect(meta.components).toContainEqual(expect.objectContaining({ name: "statestore", type: "state.in-memory" }));
  });

  it("invokes a method on the app", async () => {
    const res = (await client.invoker.invoke(appId, "echo", HttpMethod.POST, { hello: name })) as { method: string; path: string; body: string; contentType: string };
    expect(res.method).toBe("POST");
    expect(res.path.split("?")[0]).toBe("/echo");
    expect(JSON.parse(res.body)).toEqual({ hello: name });
    expect(res.contentType).toMatch(/^application\/json/);
  });

  it("publishes an event the app receives as a CloudEvent", async () => {
    const before = app.events.length;
    const res = await client.pubsub.publish("pubsub", "orders", { order: name });
    expect(res).toEqual({});
    const delivered = await waitFor("the app to receive the event", () => app.events.slice(before).find((e) => (e.event["data"] as { order?: string } | undefined)?.order === name));
    expect(delivered.event).toMatchObject({ topic: "orders", pubsubname: "pubsub", specversion: "1.0", datacontenttype: "application/json", data: { order: name } });
    expect(delivered.event["id"]).toBeTruthy();
  });
});

describe.each(sdkFlavours)("DaprClient over $name started before the sidecar", ({ protocol }) => {
  it("waits for the sidecar (the SDK polls the metadata API) and then works", async () => {
    const http = await freePort();
    const grpc = await freePort();
    const client = sdkClient({ httpPort: http, grpcPort: grpc }, protocol);
    const started = client.start();
    // Let the SDK's first probes fail before the sidecar exists.
    await new Promise((r) => setTimeout(r, 300));
    const p = spawnCaptured(process.execPath, [pillionBin, "run", "--app-id", "late-sidecar", "--dapr-http-port", String(http), "--dapr-grpc-port", String(grpc), "--log-level", "warn"]);
    killOnExit(p.child);
    try {
      await started;
      const meta = (await client.metadata.get()) as { id: string };
      expect(meta.id).toBe("late-sidecar");
      await client.state.save("statestore", [{ key: "late", value: "ok" }]);
      expect(await client.state.get("statestore", "late")).toBe("ok");
    } finally {
      await client.stop();
      p.child.kill("SIGTERM");
      await p.exited;
    }
  });
});
