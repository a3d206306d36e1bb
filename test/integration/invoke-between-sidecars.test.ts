/**
 * Service invocation between several real pillion sidecars on one machine,
 * found through the local name registry (one shared PILLION_HOME): the
 * caller's sidecar forwards to the target's sidecar, which delivers to its
 * app. REST, gRPC InvokeService and gRPC proxy mode; an API token on the
 * target sidecar; sidecars that stop or die.
 */
import { Code, createClient, type Client } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPExtension_Verb } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { startGrpcApp, type GrpcApp } from "../apps/grpc-app.js";
import { startHttpEchoApp, type HttpEchoApp } from "../apps/http-echo-app.js";
import { createEchoClient, type EchoClient } from "../apps/proto/echo-service.js";
import { rawHttp } from "../harness/raw-http.js";
import { rpcError } from "../harness/rpc-error.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

let home: ReturnType<typeof tempDir>;
let callerApp: HttpEchoApp;
let ordersApp: HttpEchoApp;
let inventoryApp: GrpcApp;
let caller: SidecarProcess; // app "caller" (HTTP)
let orders: SidecarProcess; // app "orders" (HTTP), with an API token
let inventory: SidecarProcess; // app "inventory" (gRPC)
let dapr: Client<typeof Dapr>;
let echo: EchoClient;

beforeAll(async () => {
  home = tempDir();
  const env = { PILLION_HOME: home.path };
  [callerApp, ordersApp, inventoryApp] = await Promise.all([startHttpEchoApp({ name: "caller" }), startHttpEchoApp({ name: "orders" }), startGrpcApp({ name: "inventory" })]);
  [caller, orders, inventory] = await Promise.all([
    startSidecar({ appId: "caller", appPort: callerApp.port, waitForApp: true, env }),
    startSidecar({ appId: "orders", appPort: ordersApp.port, waitForApp: true, env: { ...env, DAPR_API_TOKEN: "orders-token" } }),
    startSidecar({ appId: "inventory", appPort: inventoryApp.port, appProtocol: "grpc", waitForApp: true, env }),
  ]);
  const transport = createGrpcTransport({ baseUrl: caller.grpcUrl });
  dapr = createClient(Dapr, transport);
  echo = createEchoClient(transport);
});
afterAll(async () => {
  await Promise.all([caller?.stop(), orders?.stop(), inventory?.stop()]);
  await Promise.all([callerApp?.close(), ordersApp?.close(), inventoryApp?.close()]);
  home?.remove();
});

const lastOrder = () => ordersApp.requests.at(-1)!;

describe("REST through the caller's sidecar to another app", () => {
  it("reaches the other app with body, query and headers, and its answer comes back", async () => {
    const body = randomBytes(2048);
    const res = await fetch(`${caller.httpUrl}/v1.0/invoke/orders/method/orders/new?rush=1`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", "x-custom": "kept", "dapr-api-token": "callers-own-token" },
      body,
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
    const got = lastOrder();
    expect(got).toMatchObject({ method: "POST", url: "/orders/new?rush=1" });
    expect(got.headers["x-custom"]).toBe("kept");
    // As Dapr does for remote calls: who called, whom, and forwarding headers.
    expect(got.headers["dapr-caller-app-id"]).toBe("caller");
    expect(got.headers["dapr-caller-namespace"]).toBe("default");
    expect(got.headers["dapr-callee-app-id"]).toBe("orders");
    expect(got.headers["forwarded"]).toBeDefined();
    // Nothing of the sidecars' own credentials reaches the app.
    expect(got.headers["dapr-api-token"]).toBeUndefined();
    expect(got.headers["pillion-peer-token"]).toBeUndefined();
  });

  it("works with the dapr-app-id header form and the id.namespace form", async () => {
    expect((await fetch(`${caller.httpUrl}/whoami`, { headers: { "dapr-app-id": "orders" } }).then((r) => r.text()))).toBe("orders");
    expect((await fetch(`${caller.httpUrl}/v1.0/invoke/orders.default/method/whoami`).then((r) => r.text()))).toBe("orders");
  });

  it("passes the other app's status and body back", async () => {
    const res = await fetch(`${caller.httpUrl}/v1.0/invoke/orders/method/status/404`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("app answered 404");
  });

  it("streams a large body both ways", async () => {
    const body = randomBytes(1024 * 1024);
    const res = await fetch(`${caller.httpUrl}/v1.0/invoke/orders/method/big`, { method: "PUT", body });
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
  });

  it("passes the caller's traceparent all the way", async () => {
    const tp = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    await fetch(`${caller.httpUrl}/v1.0/invoke/orders/method/trace`, { headers: { traceparent: tp } });
    expect(lastOrder().headers.traceparent).toBe(tp);
  });

  it("reaches a gRPC app behind another sidecar (translated there)", async () => {
    const res = await fetch(`${caller.httpUrl}/v1.0/invoke/inventory/method/stock/5?w=1`, { method: "POST", headers: { "content-type": "text/plain" }, body: "count" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("count");
    const { request, headers } = inventoryApp.invocations.at(-1)!;
    expect(request.method).toBe("stock/5");
    expect(request.httpExtension).toMatchObject({ verb: HTTPExtension_Verb.POST, querystring: "w=1" });
    expect(headers.get("dapr-caller-app-id")).toBe("caller");
  });
});

describe("gRPC through the caller's sidecar to another app", () => {
  it("InvokeService reaches an HTTP app behind another sidecar, statuses mapped as for a local app", async () => {
    let header: Headers | undefined;
    const res = await dapr.invokeService(
      { id: "orders", message: { method: "via/grpc", data: { value: new TextEncoder().encode("hey") }, contentType: "text/plain", httpExtension: { verb: HTTPExtension_Verb.PUT, querystring: "a=b" } } },
      { onHeader: (h) => (header = h) },
    );
    expect(new TextDecoder().decode(res.data!.value)).toBe("hey");
    expect(header?.get("dapr-http-status")).toBe("200");
    expect(lastOrder()).toMatchObject({ method: "PUT", url: "/via/grpc?a=b" });
    expect(lastOrder().headers["dapr-caller-app-id"]).toBe("caller");
    const err = await rpcError(dapr.invokeService({ id: "orders", message: { method: "status/404", contentType: "", httpExtension: { verb: HTTPExtension_Verb.GET, querystring: "" } } }));
    expect(err.code).toBe(Code.NotFound);
  });

  it("InvokeService reaches a gRPC app behind another sidecar", async () => {
    const res = await dapr.invokeService({ id: "inventory", message: { method: "whoami", contentType: "" } });
    expect(new TextDecoder().decode(res.data!.value)).toBe("inventory");
    const err = await rpcError(dapr.invokeService({ id: "inventory", message: { method: "fail/not-found", contentType: "" } }));
    expect(err.code).toBe(Code.NotFound);
    expect(err.rawMessage).toBe("no such thing");
  });

  it("proxy mode reaches the other app's own service, unary and streaming", async () => {
    const res = await echo.echo({ text: "far" }, { headers: { "dapr-app-id": "inventory" } });
    expect(res).toMatchObject({ text: "far", app: "inventory" });
    const seen = inventoryApp.echoCalls.at(-1)!.headers;
    expect(seen.get("dapr-caller-app-id")).toBe("caller");
    expect(seen.get("dapr-callee-app-id")).toBe("inventory");
    expect(seen.get("dapr-app-id")).toBeNull();
    expect(seen.get("pillion-peer-token")).toBeNull();
    const got: number[] = [];
    for await (const m of echo.count({ count: 20 }, { headers: { "dapr-app-id": "inventory" } })) got.push(m.index);
    expect(got).toHaveLength(20);
  });
});

describe("what a sidecar refuses", () => {
  it("does not forward a call that another sidecar forwarded to it (no loops)", async () => {
    const res = await rawHttp(`${inventory.httpUrl}/v1.0/invoke/orders/method/x`, { headers: { "pillion-peer-token": "forged" } });
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body.toString())).toMatchObject({ errorCode: "ERR_DIRECT_INVOKE", message: expect.stringContaining("not served by this sidecar") });
  });

  it("does not take a forged peer token for its API token", async () => {
    const res = await rawHttp(`${orders.httpUrl}/v1.0/invoke/orders/method/x`, { headers: { "pillion-peer-token": "forged" } });
    expect(res.status).toBe(401);
  });
});

describe("sidecars that go away", () => {
  it("answers 500 ERR_DIRECT_INVOKE once the target's sidecar stopped, and keeps serving", async () => {
    const goneApp = await startHttpEchoApp({ name: "short-lived" });
    const gone = await startSidecar({ appId: "short-lived", appPort: goneApp.port, waitForApp: true, env: { PILLION_HOME: home.path } });
    expect(await fetch(`${caller.httpUrl}/v1.0/invoke/short-lived/method/whoami`).then((r) => r.text())).toBe("short-lived");
    await gone.stop();
    await goneApp.close();
    const res = await fetch(`${caller.httpUrl}/v1.0/invoke/short-lived/method/whoami`);
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ errorCode: "ERR_DIRECT_INVOKE", message: expect.stringMatching(/^failed to invoke, id: short-lived, err: /) });
    const err = await rpcError(dapr.invokeService({ id: "short-lived", message: { method: "x", contentType: "", httpExtension: { verb: HTTPExtension_Verb.GET, querystring: "" } } }));
    expect(err.code).toBe(Code.Internal);
    expect((await fetch(`${caller.httpUrl}/v1.0/invoke/orders/method/whoami`)).status).toBe(200);
  });

  it("ignores the registry entry of a sidecar that was killed", async () => {
    const deadApp = await startHttpEchoApp({ name: "killed" });
    const dead = await startSidecar({ appId: "killed", appPort: deadApp.port, waitForApp: true, env: { PILLION_HOME: home.path } });
    dead.child.kill("SIGKILL");
    await dead.stop();
    await deadApp.close();
    const res = await fetch(`${caller.httpUrl}/v1.0/invoke/killed/method/whoami`);
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ errorCode: "ERR_DIRECT_INVOKE" });
  });
});
