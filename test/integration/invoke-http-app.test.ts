/**
 * Service invocation of a real HTTP app through a real pillion sidecar: the
 * REST invoke proxy (every verb, query, headers, binary bodies, statuses, the
 * dapr-app-id forms), and InvokeService over Connect (HTTP port) and gRPC
 * (gRPC port) to the same app.
 */
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { Client as HttpClient } from "undici";
import { Code, ConnectError, createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPExtension_Verb } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { startHttpEchoApp, type HttpEchoApp } from "../apps/http-echo-app.js";
import { rawHttp } from "../harness/raw-http.js";
import { rpcError } from "../harness/rpc-error.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const appId = "echo";
let app: HttpEchoApp;
let sc: SidecarProcess;
let home: ReturnType<typeof tempDir>;
let grpc: Client<typeof Dapr>;
let connect: Client<typeof Dapr>;

beforeAll(async () => {
  home = tempDir();
  app = await startHttpEchoApp();
  sc = await startSidecar({ appId, appPort: app.port, waitForApp: true, env: { PILLION_HOME: home.path } });
  grpc = createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
  connect = createClient(Dapr, createConnectTransport({ baseUrl: sc.httpUrl, httpVersion: "1.1" }));
});
afterAll(async () => {
  await sc?.stop();
  await app?.close();
  home?.remove();
});

const invokeUrl = (method: string) => `${sc.httpUrl}/v1.0/invoke/${appId}/method/${method}`;
const lastRequest = () => app.requests.at(-1)!;

describe("REST invoke proxy to an HTTP app", () => {
  it.each(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"])("passes %s with its query, headers and body through", async (verb) => {
    const hasBody = verb !== "GET";
    const res = await fetch(`${invokeUrl("orders/42")}?a=1&b=two%20words&b=x`, {
      method: verb,
      headers: { "x-custom": "kept", "content-type": "application/json", ...(hasBody && {}) },
      ...(hasBody && { body: '{"n": 1,  "spaced" : true}' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-echo-method")).toBe(verb);
    expect(res.headers.get("x-echo-url")).toBe("/orders/42?a=1&b=two%20words&b=x");
    const got = lastRequest();
    expect(got.method).toBe(verb);
    expect(got.url).toBe("/orders/42?a=1&b=two%20words&b=x");
    expect(got.headers["x-custom"]).toBe("kept");
    expect(got.headers["content-type"]).toBe("application/json");
    // The body is not re-encoded: whitespace and key order stay.
    if (hasBody) expect(await res.text()).toBe('{"n": 1,  "spaced" : true}');
  });

  it("answers HEAD with the app's status and headers and no body", async () => {
    const res = await fetch(invokeUrl("anything"), { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-echo-method")).toBe("HEAD");
    expect(await res.text()).toBe("");
  });

  it("passes binary bodies through byte for byte, small and large", async () => {
    // One chunk, several chunks into one buffer (up to 64 KiB), and streamed (larger).
    for (const size of [1, 1000, 60 * 1024, 300 * 1024]) {
      const body = randomBytes(size);
      const res = await fetch(invokeUrl("binary"), { method: "POST", headers: { "content-type": "application/octet-stream" }, body });
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
      expect(lastRequest().body.equals(body)).toBe(true);
    }
  });

  it("passes a chunked request body through", async () => {
    const parts = [randomBytes(10), randomBytes(70 * 1024), randomBytes(5)];
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const p of parts) c.enqueue(p);
        c.close();
      },
    });
    const res = await fetch(invokeUrl("chunked"), { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.concat(parts))).toBe(true);
  });

  it.each([404, 500, 409, 302])("passes the app's %i with its body and headers", async (status) => {
    const res = await fetch(invokeUrl(`status/${status}`), { redirect: "manual" });
    expect(res.status).toBe(status);
    expect(res.headers.get("x-app-status")).toBe(String(status));
    expect(await res.text()).toBe(`app answered ${status}`);
  });

  it("passes response headers (repeated ones too) but not hop-by-hop ones", async () => {
    const res = await fetch(invokeUrl("headers"));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-app-one")).toBe("1");
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(res.headers.get("x-hop")).toBeNull();
  });

  it("streams a chunked response", async () => {
    const res = await fetch(invokeUrl("stream"));
    expect(await res.text()).toBe([0, 1, 2, 3, 4].map((i) => `chunk-${i}\n`).join(""));
  });

  it("keeps hop-by-hop request headers, the API token and Host from the app", async () => {
    const res = await rawHttp(invokeUrl("hop"), { headers: { "dapr-api-token": "secret", "x-drop-me": "1", connection: "keep-alive, x-drop-me", "keep-alive": "timeout=5", "x-kept": "yes" } });
    expect(res.status).toBe(200);
    const h = lastRequest().headers;
    expect(h["dapr-api-token"]).toBeUndefined();
    expect(h["x-drop-me"]).toBeUndefined();
    expect(h["keep-alive"]).toBeUndefined();
    expect(h.host).toBe(`127.0.0.1:${app.port}`);
    expect(h["x-kept"]).toBe("yes");
  });

  it("cleans the method like Dapr: dot segments resolve, encoded characters are decoded and re-encoded", async () => {
    await fetch(invokeUrl("a/./b/../c//d/"));
    expect(lastRequest().url).toBe("/a/c/d");
    await fetch(invokeUrl("hello%20world/%C3%BC"));
    expect(lastRequest().url).toBe("/hello%20world/%C3%BC");
    await fetch(invokeUrl("..%2F..%2Fetc%2Fpasswd"));
    expect(lastRequest().url).toBe("/etc/passwd");
  });

  it("passes the caller's traceparent and tracestate on, and makes one when there is none", async () => {
    const tp = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    await fetch(invokeUrl("trace"), { headers: { traceparent: tp, tracestate: "congo=t61rcWkgMzE" } });
    expect(lastRequest().headers.traceparent).toBe(tp);
    expect(lastRequest().headers.tracestate).toBe("congo=t61rcWkgMzE");
    await fetch(invokeUrl("trace"));
    const made = lastRequest().headers.traceparent as string;
    expect(made).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    await fetch(invokeUrl("trace"));
    expect(lastRequest().headers.traceparent).not.toBe(made);
  });

  it("maps an unknown verb to POST, as Dapr does", async () => {
    const res = await fetch(invokeUrl("custom"), { method: "PURGE" });
    expect(res.status).toBe(200);
    expect(lastRequest().method).toBe("POST");
  });

  it("cuts off a chunked body once it passes --max-body-size with 413; the same connection serves the next request", async () => {
    // One connection, so the follow-up request must use the connection the big body came on.
    const client = new HttpClient(sc.httpUrl);
    try {
      async function* big() {
        for (let sent = 0; sent < 6 * 1024 * 1024; sent += 256 * 1024) yield Buffer.alloc(256 * 1024, 1);
      }
      const res = await client.request({ method: "POST", path: `/v1.0/invoke/${appId}/method/chunked-big`, body: Readable.from(big()) });
      expect(res.statusCode).toBe(413);
      expect(await res.body.json()).toMatchObject({ errorCode: "ERR_BODY_TOO_LARGE" });
      const next = await client.request({ method: "POST", path: `/v1.0/invoke/${appId}/method/next`, body: "after" });
      expect(next.statusCode).toBe(200);
      expect(await next.body.text()).toBe("after");
    } finally {
      await client.close();
    }
  });

  it("refuses a body over --max-body-size with 413 and keeps serving", async () => {
    const res = await fetch(invokeUrl("big"), { method: "POST", body: Buffer.alloc(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errorCode: "ERR_BODY_TOO_LARGE" });
    expect((await fetch(invokeUrl("still-up"))).status).toBe(200);
  });
});

describe("the dapr-app-id forms and the fallback", () => {
  it("invokes the whole path on the app named by the dapr-app-id header", async () => {
    const res = await fetch(`${sc.httpUrl}/some/path?x=1`, { method: "POST", headers: { "dapr-app-id": appId, "content-type": "text/plain" }, body: "via header" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("via header");
    expect(lastRequest().url).toBe("/some/path?x=1");
    expect(lastRequest().headers["dapr-app-id"]).toBeUndefined();
  });

  it("also on paths that exist for other verbs", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/healthz`, { method: "DELETE", headers: { "dapr-app-id": appId } });
    expect(res.status).toBe(200);
    expect(lastRequest()).toMatchObject({ method: "DELETE", url: "/v1.0/healthz" });
  });

  it("prefers the header over the /v1.0/invoke path (the whole path is the method)", async () => {
    await fetch(invokeUrl("foo"), { headers: { "dapr-app-id": appId } });
    expect(lastRequest().url).toBe(`/v1.0/invoke/${appId}/method/foo`);
  });

  it("accepts basic auth with user dapr-app-id", async () => {
    const auth = `Basic ${Buffer.from(`dapr-app-id:${appId}`).toString("base64")}`;
    const res = await fetch(`${sc.httpUrl}/basic/auth`, { headers: { authorization: auth } });
    expect(res.status).toBe(200);
    expect(lastRequest().url).toBe("/basic/auth");
  });

  it("answers 404 ERR_DIRECT_INVOKE for a request that matches no route and names no app", async () => {
    const res = await fetch(`${sc.httpUrl}/no/such/route`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errorCode: "ERR_DIRECT_INVOKE", message: "failed getting app id either from the URL path or the header dapr-app-id" });
  });

  it("answers 500 ERR_DIRECT_INVOKE for an app id nobody serves", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/nobody-${Date.now()}/method/x`);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("ERR_DIRECT_INVOKE");
    expect(body.message).toMatch(/^failed to invoke, id: nobody-/);
  });

  it("answers 500 ERR_DIRECT_INVOKE for a method with control characters", async () => {
    const res = await fetch(invokeUrl("bad%0Amethod"));
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ errorCode: "ERR_DIRECT_INVOKE", message: expect.stringContaining("invalid method") });
  });
});

describe("InvokeService (gRPC and Connect) to an HTTP app", () => {
  const request = (method: string, verb: HTTPExtension_Verb, body = "", querystring = "") => ({
    id: appId,
    message: { method, data: { value: new TextEncoder().encode(body) }, contentType: "text/plain", httpExtension: { verb, querystring } },
  });

  it.each([
    ["gRPC", () => grpc],
    ["Connect", () => connect],
  ])("over %s: verb, query, body and content type reach the app; the answer comes back as InvokeResponse", async (_name, client) => {
    let header: Headers | undefined;
    const res = await client().invokeService(request("grpc/path", HTTPExtension_Verb.PUT, "hello", "q=1&r=2"), {
      headers: { "x-from-grpc": "1", "grpc-custom": "x" },
      onHeader: (h) => (header = h),
    });
    expect(new TextDecoder().decode(res.data!.value)).toBe("hello");
    expect(res.contentType).toBe("text/plain");
    const got = lastRequest();
    expect(got).toMatchObject({ method: "PUT", url: "/grpc/path?q=1&r=2" });
    expect(got.headers["content-type"]).toBe("text/plain");
    expect(got.headers["x-from-grpc"]).toBe("1");
    expect(got.headers["dapr-grpc-custom"]).toBe("x");
    expect(got.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(header?.get("dapr-http-status")).toBe("200");
    expect(header?.get("x-echo-method")).toBe("PUT");
    expect(header?.get("dapr-content-type")).toBe("text/plain");
  });

  it("maps the app's 404 to NotFound with Dapr's ErrorInfo (http.code, http.error_message)", async () => {
    const err = await rpcError(grpc.invokeService(request("status/404", HTTPExtension_Verb.GET)));
    expect(err).toBeInstanceOf(ConnectError);
    expect(err.code).toBe(Code.NotFound);
    expect(err.rawMessage).toBe("Not Found");
    const info = err.findDetails(ErrorInfoSchema)[0];
    expect(info).toMatchObject({ reason: "Not Found", domain: "dapr.io", metadata: { "http.code": "404", "http.error_message": "app answered 404" } });
  });

  it("maps the app's 500 to Unknown and 400 to Internal, as Dapr's CodeFromHTTPStatus does", async () => {
    for (const [status, code] of [
      [500, Code.Unknown],
      [400, Code.Internal],
      [503, Code.Unavailable],
    ] as const) {
      const err = await rpcError(grpc.invokeService(request(`status/${status}`, HTTPExtension_Verb.GET)));
      expect(err.code).toBe(code);
    }
  });

  it("passes the caller's traceparent on as a header", async () => {
    const tp = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    await grpc.invokeService(request("traced", HTTPExtension_Verb.GET), { headers: { traceparent: tp } });
    expect(lastRequest().headers.traceparent).toBe(tp);
  });

  it("refuses a call without http_extension (Internal ERR_DIRECT_INVOKE)", async () => {
    const err = await rpcError(grpc.invokeService({ id: appId, message: { method: "x", contentType: "" } }));
    expect(err.code).toBe(Code.Internal);
    expect(err.rawMessage).toMatch(/failed to invoke, id: echo, err: .*missing HTTP extension field/);
  });

  it("answers Internal ERR_DIRECT_INVOKE for an unknown app id", async () => {
    const err = await rpcError(grpc.invokeService({ ...request("x", HTTPExtension_Verb.GET), id: "nobody-here" }));
    expect(err.code).toBe(Code.Internal);
    expect(err.rawMessage).toMatch(/^failed to invoke, id: nobody-here/);
  });

  it("sends a typed Any as application/x-protobuf", async () => {
    await grpc.invokeService({
      id: appId,
      message: { method: "typed", data: { typeUrl: "type.googleapis.com/google.protobuf.StringValue", value: new Uint8Array([10, 1, 120]) }, contentType: "text/plain", httpExtension: { verb: HTTPExtension_Verb.POST, querystring: "" } },
    });
    expect(lastRequest().headers["content-type"]).toBe("application/x-protobuf");
    expect([...lastRequest().body]).toEqual([10, 1, 120]);
  });
});

