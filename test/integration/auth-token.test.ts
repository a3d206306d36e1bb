/**
 * DAPR_API_TOKEN: with a token configured, every REST route and every RPC
 * refuses a call without the dapr-api-token header (or with a wrong one),
 * as daprd does; the health routes are exempt; the right token works
 * everywhere.
 */
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPExtension_Verb } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { HealthService } from "../../gateway/src/gen/pillion/runtime/v1/health_pb.js";
import { restRoutes } from "../../gateway/src/gen/rest-routes.js";
import { tokenExemptServices } from "../../gateway/src/gen/token-exempt.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { startHttpTestApp, type HttpTestApp } from "../tools/http-test-app.js";
import { rpcTransports, withHeader } from "../tools/rpc-transports.js";

const token = "s3cret-t0ken";
let sc: SidecarProcess;
let app: HttpTestApp;
beforeAll(async () => {
  app = await startHttpTestApp();
  sc = await startSidecar({ appId: "auth", appPort: app.port, waitForApp: true, env: { DAPR_API_TOKEN: token } });
});
afterAll(async () => {
  await sc?.stop();
  await app?.close();
});

/** A concrete request for each route of the generated table: variables filled in, "*" verbs as GET. */
const routes = restRoutes.map((r) => ({
  name: `${r.verb} ${r.path}`,
  method: r.verb === "*" ? "GET" : r.verb,
  path: "/" + r.segments.map((s) => (s === 0 ? "x" : s === 1 ? "x/y" : s)).join("/"),
  isHealth: r.service.typeName === HealthService.typeName,
  // the health probes and pillion's site (SDK downloads, OpenAPI, API reference)
  isExempt: tokenExemptServices.has(r.service.typeName),
}));
const guarded = routes.filter((r) => !r.isExempt);

function call(r: { method: string; path: string }, headers: Record<string, string> = {}) {
  const hasBody = r.method !== "GET" && r.method !== "HEAD" && r.method !== "DELETE";
  return fetch(`${sc.httpUrl}${r.path}`, {
    method: r.method,
    headers: { ...(hasBody && { "content-type": "application/json" }), ...headers },
    ...(hasBody && { body: "{}" }),
  });
}

/** daprd's answer to a missing or wrong token: Go's http.Error(w, "invalid api token", 401). */
async function expectInvalidToken(res: Response, what: string) {
  expect(res.status, what).toBe(401);
  expect(res.headers.get("content-type"), what).toBe("text/plain; charset=utf-8");
  expect(await res.text(), what).toBe("invalid api token\n");
}

describe("REST with an API token", () => {
  it("covers a meaningful route table", () => {
    expect(guarded.length).toBeGreaterThan(50);
    expect(routes.filter((r) => r.isHealth).map((r) => r.path).sort()).toEqual(["/v1.0/healthz", "/v1.0/healthz/outbound"]);
  });

  it("refuses every route without the token", async () => {
    for (const r of guarded) await expectInvalidToken(await call(r), r.name);
  });

  it("refuses every route with a wrong token", async () => {
    for (const r of guarded) await expectInvalidToken(await call(r, { "dapr-api-token": `${token}x` }), r.name);
  });

  it("refuses unknown paths and wrong verbs before routing", async () => {
    await expectInvalidToken(await call({ method: "GET", path: "/v1.0/nowhere" }), "unknown path");
    await expectInvalidToken(await call({ method: "DELETE", path: "/v1.0/metadata" }), "wrong verb");
    await expectInvalidToken(await call({ method: "POST", path: "/v1.0/healthz" }), "POST on a health route (only GET is exempt)");
  });

  it("lets every route through with the right token", async () => {
    // The shutdown route would stop this sidecar: it is checked by the shutdown tests.
    for (const r of guarded.filter((g) => g.path !== "/v1.0/shutdown")) {
      const res = await call(r, { "dapr-api-token": token });
      expect(res.status, r.name).not.toBe(401);
      await res.arrayBuffer();
    }
  });

  it("serves state and metadata with the right token", async () => {
    const h = { "dapr-api-token": token };
    const save = await fetch(`${sc.httpUrl}/v1.0/state/statestore`, { method: "POST", headers: { ...h, "content-type": "application/json" }, body: JSON.stringify([{ key: "k", value: "v" }]) });
    expect(save.status).toBe(204);
    const get = await fetch(`${sc.httpUrl}/v1.0/state/statestore/k`, { headers: h });
    expect(await get.json()).toBe("v");
    const meta = await fetch(`${sc.httpUrl}/v1.0/metadata`, { headers: h });
    expect(((await meta.json()) as { id: string }).id).toBe("auth");
  });

  it("does not pass the token on to the app when it invokes it", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/auth/method/echo-rest`, { method: "POST", headers: { "dapr-api-token": token, "x-other": "kept" }, body: "hi" });
    expect(res.status).toBe(200);
    const seen = app.requests.find((r) => r.path.startsWith("/echo-rest"));
    expect(seen?.headers["x-other"]).toBe("kept");
    expect(seen?.headers["dapr-api-token"]).toBeUndefined();
  });

  it("exempts GET /v1.0/healthz and /v1.0/healthz/outbound (also with a trailing slash)", async () => {
    for (const path of ["/v1.0/healthz", "/v1.0/healthz/outbound", "/v1.0/healthz/"]) {
      expect((await fetch(`${sc.httpUrl}${path}`)).status, path).toBe(204);
      expect((await fetch(`${sc.httpUrl}${path}`, { headers: { "dapr-api-token": "wrong" } })).status, path).toBe(204);
    }
  });
});

describe.each(rpcTransports)("$name with an API token", (t) => {
  async function rejected(p: Promise<unknown>): Promise<ConnectError> {
    try {
      await p;
    } catch (e) {
      return ConnectError.from(e);
    }
    throw new Error("the call succeeded without the right token");
  }

  it("refuses a call without the token as daprd does: Unauthenticated, ErrorInfo with the HTTP 401 details", async () => {
    const err = await rejected(createClient(Dapr, t.create(sc)).getMetadata({}));
    expect(err.code).toBe(Code.Unauthenticated);
    expect(err.rawMessage).toBe("Unauthorized");
    expect(err.findDetails(ErrorInfoSchema)).toEqual([
      expect.objectContaining({ reason: "Unauthorized", domain: "dapr.io", metadata: { "http.code": "401", "http.error_message": "missing api token in request metadata" } }),
    ]);
  });

  it("refuses a call with a wrong token", async () => {
    const client = createClient(Dapr, t.create(sc, { interceptors: [withHeader("dapr-api-token", "wrong")] }));
    const err = await rejected(client.getState({ storeName: "statestore", key: "k" }));
    expect(err.code).toBe(Code.Unauthenticated);
    expect(err.findDetails(ErrorInfoSchema)[0]?.metadata).toEqual({ "http.code": "401", "http.error_message": "authentication error: api token mismatch" });
  });

  it("refuses an unimplemented RPC without the token before saying it is unimplemented", async () => {
    const err = await rejected(createClient(Dapr, t.create(sc)).converseAlpha2({ name: "x" }));
    expect(err.code).toBe(Code.Unauthenticated);
  });

  it("serves calls with the right token", async () => {
    const client = createClient(Dapr, t.create(sc, { interceptors: [withHeader("dapr-api-token", token)] }));
    expect((await client.getMetadata({})).id).toBe("auth");
    await client.saveState({ storeName: "statestore", states: [{ key: `rpc-${t.name}`, value: new TextEncoder().encode('"ok"') }] });
    const got = await client.getState({ storeName: "statestore", key: `rpc-${t.name}` });
    expect(new TextDecoder().decode(got.data)).toBe('"ok"');
  });

  it("does not pass the token on to the app when it invokes it", async () => {
    const client = createClient(Dapr, t.create(sc, { interceptors: [withHeader("dapr-api-token", token)] }));
    const method = `echo-rpc-${rpcTransports.indexOf(t)}`;
    await client.invokeService({ id: "auth", message: { method, data: { value: new TextEncoder().encode("hi") }, contentType: "text/plain", httpExtension: { verb: HTTPExtension_Verb.POST } } });
    const seen = app.requests.find((r) => r.path.startsWith(`/${method}`));
    expect(seen, method).toBeDefined();
    expect(seen!.method).toBe("POST");
    expect(seen!.headers["dapr-api-token"]).toBeUndefined();
  });

  it("exempts the health service, like the REST health routes", async () => {
    const health = createClient(HealthService, t.create(sc));
    await expect(health.healthz({})).resolves.toBeDefined();
    await expect(health.healthzOutbound({})).resolves.toBeDefined();
  });
});
