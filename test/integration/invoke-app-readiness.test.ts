/**
 * The app's side of invocation through a real pillion sidecar: calls wait
 * for an app that starts late (and /v1.0/healthz with them), a call's own
 * deadline bounds the wait, an app that went away gives a clear error while
 * the sidecar keeps serving, and --app-max-concurrency holds.
 */
import { Code, createClient, type Client } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { HTTPExtension_Verb } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { startGrpcApp, type GrpcApp } from "../apps/grpc-app.js";
import { startHttpEchoApp, type HttpEchoApp } from "../apps/http-echo-app.js";
import { createEchoClient } from "../apps/proto/echo-service.js";
import { freePort } from "../harness/ports.js";
import { rpcError } from "../harness/rpc-error.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

let home: ReturnType<typeof tempDir>;
const cleanups: (() => Promise<unknown>)[] = [];
beforeAll(() => {
  home = tempDir();
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(() => home?.remove());

async function sidecar(opts: Parameters<typeof startSidecar>[0]): Promise<SidecarProcess> {
  const sc = await startSidecar({ ...opts, env: { PILLION_HOME: home.path, ...opts?.env } });
  cleanups.push(() => sc.stop());
  return sc;
}
async function httpApp(port?: number): Promise<HttpEchoApp> {
  const app = await startHttpEchoApp(port === undefined ? {} : { port });
  cleanups.push(() => app.close());
  return app;
}
async function grpcApp(port?: number): Promise<GrpcApp> {
  const app = await startGrpcApp(port === undefined ? {} : { port });
  cleanups.push(() => app.close());
  return app;
}
const dapr = (sc: SidecarProcess): Client<typeof Dapr> => createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
const get = { verb: HTTPExtension_Verb.GET, querystring: "" };

/** Resolves once the sidecar's log shows `text` (the sidecar logs at debug level in tests). */
async function logged(sc: SidecarProcess, text: string, count = 1): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (sc.output().split(text).length - 1 < count) {
    if (Date.now() > deadline) throw new Error(`the sidecar never logged ${JSON.stringify(text)}:\n${sc.output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const waitsForApp = "the call waits for the app to listen";

describe("an app that starts after its sidecar", () => {
  it("holds REST and gRPC calls until the app listens, and /v1.0/healthz until then", async () => {
    const port = await freePort();
    const sc = await sidecar({ appId: "late", appPort: port });
    const health = await fetch(`${sc.httpUrl}/v1.0/healthz`);
    expect(health.status).toBe(500);
    expect(await health.json()).toMatchObject({ errorCode: "ERR_HEALTH_NOT_READY", message: expect.stringContaining(`not listening on 127.0.0.1:${port}`) });
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz/outbound`)).status).toBe(204);

    const rest = fetch(`${sc.httpUrl}/v1.0/invoke/late/method/early?x=1`, { method: "POST", body: "before the app" });
    const grpc = dapr(sc).invokeService({ id: "late", message: { method: "early-grpc", contentType: "", httpExtension: get } }, { timeoutMs: 20_000 });
    await logged(sc, waitsForApp, 2);

    const app = await httpApp(port);
    const res = await rest;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("before the app");
    await grpc;
    // (The sidecar's own calls to the app, like GET /dapr/subscribe, are not ours.)
    expect(app.requests.map((r) => r.url).filter((u) => !u.startsWith("/dapr/")).sort()).toEqual(["/early-grpc", "/early?x=1"]);
    // healthz follows once the sidecar has seen the app.
    const deadline = Date.now() + 10_000;
    while ((await fetch(`${sc.httpUrl}/v1.0/healthz`)).status !== 204) {
      if (Date.now() > deadline) throw new Error("healthz never became ready");
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  it("holds a gRPC proxy call until the gRPC app listens", async () => {
    const port = await freePort();
    const sc = await sidecar({ appId: "late-grpc", appPort: port, appProtocol: "grpc" });
    const call = createEchoClient(createGrpcTransport({ baseUrl: sc.grpcUrl })).echo({ text: "waited" }, { headers: { "dapr-app-id": "late-grpc" }, timeoutMs: 20_000 });
    await logged(sc, waitsForApp);
    await grpcApp(port);
    expect((await call).text).toBe("waited");
  });

  it("gives up when the call's deadline passes first: Internal ERR_DIRECT_INVOKE, and the sidecar keeps serving", async () => {
    const port = await freePort();
    const sc = await sidecar({ appId: "never", appPort: port });
    // The deadline travels as grpc-timeout only (no client-side timer), so the sidecar's answer is what we see.
    const err = await rpcError(dapr(sc).invokeService({ id: "never", message: { method: "x", contentType: "", httpExtension: get } }, { headers: { "grpc-timeout": "300m" } }));
    expect(err.code).toBe(Code.Internal);
    expect(err.rawMessage).toMatch(new RegExp(`^failed to invoke, id: never, err: the app did not listen on 127.0.0.1:${port} before the call ended`));
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz/outbound`)).status).toBe(204);
    expect((await fetch(`${sc.httpUrl}/v1.0/metadata`)).status).toBe(200);
  });
});

describe("a slow app", () => {
  it("a gRPC caller's deadline ends the call with DeadlineExceeded, as in Dapr", async () => {
    const app = await httpApp();
    const sc = await sidecar({ appId: "slow", appPort: app.port, waitForApp: true });
    const err = await rpcError(dapr(sc).invokeService({ id: "slow", message: { method: "hold", contentType: "", httpExtension: get } }, { headers: { "grpc-timeout": "300m" } }));
    expect(err.code).toBe(Code.DeadlineExceeded);
    app.release();
    expect((await fetch(`${sc.httpUrl}/v1.0/invoke/slow/method/after`)).status).toBe(200);
  });
});

describe("an app that went away", () => {
  it("HTTP app: 500 ERR_DIRECT_INVOKE naming the refused connection, over REST and gRPC; the sidecar keeps serving", async () => {
    const app = await httpApp();
    const sc = await sidecar({ appId: "gone", appPort: app.port, waitForApp: true });
    expect((await fetch(`${sc.httpUrl}/v1.0/invoke/gone/method/up`)).status).toBe(200);
    await app.close();
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/gone/method/down`, { method: "POST", body: "x" });
    expect(res.status).toBe(500);
    const body = (await res.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("ERR_DIRECT_INVOKE");
    expect(body.message).toMatch(/^failed to invoke, id: gone, err: .*ECONNREFUSED/);
    const err = await rpcError(dapr(sc).invokeService({ id: "gone", message: { method: "down", contentType: "", httpExtension: get } }));
    expect(err.code).toBe(Code.Internal);
    expect(err.rawMessage).toMatch(/^failed to invoke, id: gone, err: .*ECONNREFUSED/);
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz/outbound`)).status).toBe(204);
    expect((await fetch(`${sc.httpUrl}/v1.0/state/statestore/k`)).status).toBe(204);
  });

  it("gRPC app: Unavailable over gRPC and 503 over REST (as Dapr passes the gRPC status), proxy mode too", async () => {
    const app = await grpcApp();
    const sc = await sidecar({ appId: "gone-grpc", appPort: app.port, appProtocol: "grpc", waitForApp: true });
    await dapr(sc).invokeService({ id: "gone-grpc", message: { method: "up", contentType: "" } });
    await app.close();
    const err = await rpcError(dapr(sc).invokeService({ id: "gone-grpc", message: { method: "down", contentType: "" } }));
    expect(err.code).toBe(Code.Unavailable);
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/gone-grpc/method/down`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: Code.Unavailable });
    const proxied = await rpcError(createEchoClient(createGrpcTransport({ baseUrl: sc.grpcUrl })).echo({ text: "x" }, { headers: { "dapr-app-id": "gone-grpc" } }));
    expect(proxied.code).toBe(Code.Unavailable);
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz/outbound`)).status).toBe(204);
  });
});

describe("an app that comes back", () => {
  it("HTTP app: calls work again once it listens again", async () => {
    const first = await httpApp();
    const port = first.port;
    const sc = await sidecar({ appId: "back", appPort: port, waitForApp: true });
    expect((await fetch(`${sc.httpUrl}/v1.0/invoke/back/method/one`)).status).toBe(200);
    await first.close();
    expect((await fetch(`${sc.httpUrl}/v1.0/invoke/back/method/two`)).status).toBe(500);
    const again = await httpApp(port);
    expect((await fetch(`${sc.httpUrl}/v1.0/invoke/back/method/three`)).status).toBe(200);
    expect(again.requests.map((r) => r.url)).toContain("/three");
  });

  it("gRPC app: InvokeService and proxy mode connect afresh", async () => {
    const first = await grpcApp();
    const port = first.port;
    const sc = await sidecar({ appId: "back-grpc", appPort: port, appProtocol: "grpc", waitForApp: true });
    const echo = createEchoClient(createGrpcTransport({ baseUrl: sc.grpcUrl }));
    const proxied = { headers: { "dapr-app-id": "back-grpc" } };
    expect((await echo.echo({ text: "one" }, proxied)).text).toBe("one");
    await first.close();
    expect((await rpcError(echo.echo({ text: "two" }, proxied))).code).toBe(Code.Unavailable);
    expect((await rpcError(dapr(sc).invokeService({ id: "back-grpc", message: { method: "two", contentType: "" } }))).code).toBe(Code.Unavailable);
    await grpcApp(port);
    expect((await echo.echo({ text: "three" }, proxied)).text).toBe("three");
    const res = await dapr(sc).invokeService({ id: "back-grpc", message: { method: "whoami", contentType: "" } });
    expect(new TextDecoder().decode(res.data!.value)).toBe("grpc-app");
  });
});

describe("--app-max-concurrency", () => {
  /** Sends three held calls, lets them go one at a time, and reports the app's peak concurrency. */
  async function peakWith(args: string[]): Promise<number> {
    const app = await httpApp();
    const sc = await sidecar({ appId: `limited-${args.length}`, appPort: app.port, waitForApp: true, args });
    const calls = [1, 2, 3].map(() => fetch(`${sc.httpUrl}/v1.0/invoke/limited-${args.length}/method/hold`).then((r) => r.text()));
    let answered = 0;
    void Promise.all(calls.map((c) => c.then(() => answered++)));
    while (answered < 3) {
      // Give the other calls every chance to reach the app before letting one go.
      await new Promise((r) => setTimeout(r, 150));
      app.release();
    }
    expect(await Promise.all(calls)).toEqual(["released", "released", "released"]);
    return app.peakConcurrency;
  }

  it("lets only that many calls into the app at once", async () => {
    expect(await peakWith(["--app-max-concurrency", "1"])).toBe(1);
  });

  it("lets them all in without it", async () => {
    expect(await peakWith([])).toBe(3);
  });

  it("holds for a gRPC app too", async () => {
    const app = await grpcApp();
    const sc = await sidecar({ appId: "limited-grpc", appPort: app.port, appProtocol: "grpc", waitForApp: true, args: ["--app-max-concurrency", "2"] });
    const client = dapr(sc);
    const calls = [1, 2, 3, 4].map(() => client.invokeService({ id: "limited-grpc", message: { method: "hold", contentType: "" } }));
    let answered = 0;
    void Promise.all(calls.map((c) => c.then(() => answered++)));
    while (answered < 4) {
      await new Promise((r) => setTimeout(r, 150));
      app.release();
    }
    await Promise.all(calls);
    expect(app.peakConcurrency).toBe(2);
  });
});
