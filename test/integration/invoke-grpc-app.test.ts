/**
 * Service invocation of a real gRPC app (--app-protocol grpc) through a real
 * pillion sidecar: HTTP callers translated to AppCallback.OnInvoke, gRPC
 * InvokeService passed to OnInvoke, and gRPC proxy mode (any service of the
 * app, called on the sidecar's gRPC port with dapr-app-id metadata).
 */
import { Code, createClient, type Client } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { Readable } from "node:stream";
import { Client as HttpClient } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPExtension_Verb } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { startGrpcApp, type GrpcApp } from "../apps/grpc-app.js";
import { createEchoClient, type EchoClient } from "../apps/proto/echo-service.js";
import { rpcError } from "../harness/rpc-error.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const appId = "grpc-echo";
let app: GrpcApp;
let sc: SidecarProcess;
let home: ReturnType<typeof tempDir>;
let dapr: Client<typeof Dapr>;
let echo: EchoClient;

beforeAll(async () => {
  home = tempDir();
  app = await startGrpcApp({ name: appId });
  sc = await startSidecar({ appId, appPort: app.port, appProtocol: "grpc", waitForApp: true, env: { PILLION_HOME: home.path } });
  const transport = createGrpcTransport({ baseUrl: sc.grpcUrl });
  dapr = createClient(Dapr, transport);
  echo = createEchoClient(transport);
});
afterAll(async () => {
  await sc?.stop();
  await app?.close();
  home?.remove();
});

const lastInvoke = () => app.invocations.at(-1)!;
const lastEcho = () => app.echoCalls.at(-1)!;
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const withAppId = { headers: { "dapr-app-id": appId } };

describe("HTTP caller to a gRPC app (AppCallback.OnInvoke)", () => {
  it("delivers method, body, content type, verb and query; answers the data with its content type and the app's headers", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/${appId}/method/orders/7?x=1&y=2`, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-custom": "kept", accept: "application/json" },
      body: '{"a": 1}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-app-header")).toBe("yes");
    expect(await res.text()).toBe('{"a": 1}');
    const { request, headers } = lastInvoke();
    expect(request.method).toBe("orders/7");
    expect(text(request.data?.value)).toBe('{"a": 1}');
    expect(request.data?.typeUrl).toBe("");
    expect(request.contentType).toBe("application/json");
    expect(request.httpExtension).toMatchObject({ verb: HTTPExtension_Verb.PUT, querystring: "x=1&y=2" });
    // Dapr's metadata names: permanent HTTP headers get a "dapr-" prefix.
    expect(headers.get("x-custom")).toBe("kept");
    expect(headers.get("dapr-content-type")).toBe("application/json");
    expect(headers.get("dapr-accept")).toBe("application/json");
    expect(headers.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it("answers a gRPC error with the matching HTTP status and the status as JSON", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/${appId}/method/fail/not-found`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { code: number; message: string; details: { "@type": string; reason: string }[] };
    expect(body.code).toBe(Code.NotFound);
    expect(body.message).toBe("no such thing");
    expect(body.details[0]).toMatchObject({ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "NOT_HERE", domain: "test.app" });
    const unavailable = await fetch(`${sc.httpUrl}/v1.0/invoke/${appId}/method/fail/unavailable`);
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toEqual({ code: Code.Unavailable, message: "try later" });
  });

  it("answers a typed Any as application/x-protobuf", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/invoke/${appId}/method/typed`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-protobuf");
  });

  it("refuses a chunked body over --max-body-size with 413; the same connection serves the next request", async () => {
    const client = new HttpClient(sc.httpUrl);
    try {
      async function* big() {
        for (let sent = 0; sent < 6 * 1024 * 1024; sent += 256 * 1024) yield Buffer.alloc(256 * 1024, 1);
      }
      const res = await client.request({ method: "POST", path: `/v1.0/invoke/${appId}/method/big`, body: Readable.from(big()) });
      expect(res.statusCode).toBe(413);
      expect(await res.body.json()).toMatchObject({ errorCode: "ERR_BODY_TOO_LARGE" });
      const next = await client.request({ method: "POST", path: `/v1.0/invoke/${appId}/method/next`, body: "after" });
      expect(next.statusCode).toBe(200);
      expect(await next.body.text()).toBe("after");
    } finally {
      await client.close();
    }
  });

  it("works with the dapr-app-id header form too", async () => {
    const res = await fetch(`${sc.httpUrl}/whoami`, { headers: { "dapr-app-id": appId } });
    expect(await res.text()).toBe(appId);
    expect(lastInvoke().headers.get("dapr-app-id")).toBeNull();
  });
});

describe("InvokeService to a gRPC app", () => {
  it("passes the message, metadata, response headers and trailers as they are", async () => {
    let header: Headers | undefined;
    let trailer: Headers | undefined;
    const tp = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const res = await dapr.invokeService(
      { id: appId, message: { method: "echo/me", data: { value: new Uint8Array([0, 1, 2, 255]) }, contentType: "application/octet-stream" } },
      { headers: { "x-meta": "m", traceparent: tp }, onHeader: (h) => (header = h), onTrailer: (t) => (trailer = t) },
    );
    expect([...res.data!.value]).toEqual([0, 1, 2, 255]);
    expect(res.contentType).toBe("application/octet-stream");
    expect(header?.get("x-app-header")).toBe("yes");
    expect(trailer?.get("x-app-trailer")).toBe("done");
    const { request, headers } = lastInvoke();
    expect(request.method).toBe("echo/me");
    expect(request.httpExtension).toBeUndefined();
    expect(headers.get("x-meta")).toBe("m");
    expect(headers.get("traceparent")).toBe(tp);
  });

  it("passes the app's error status with its message and details", async () => {
    const err = await rpcError(dapr.invokeService({ id: appId, message: { method: "fail/not-found", contentType: "" } }));
    expect(err.code).toBe(Code.NotFound);
    expect(err.rawMessage).toBe("no such thing");
    expect(err.findDetails(ErrorInfoSchema)[0]).toMatchObject({ reason: "NOT_HERE", domain: "test.app" });
  });

  it("answers the typed Any as it came", async () => {
    const res = await dapr.invokeService({ id: appId, message: { method: "typed", contentType: "" } });
    expect(res.data?.typeUrl).toBe("type.googleapis.com/google.protobuf.StringValue");
  });
});

describe("gRPC proxy mode", () => {
  it("forwards a unary call to the app's own service, with headers and trailers, without dapr-app-id", async () => {
    let header: Headers | undefined;
    let trailer: Headers | undefined;
    const res = await echo.echo(
      { text: "hi" },
      { headers: { "dapr-app-id": appId, "x-meta": "proxied" }, onHeader: (h) => (header = h), onTrailer: (t) => (trailer = t) },
    );
    expect(res).toMatchObject({ text: "hi", app: appId });
    expect(header?.get("x-echo-header")).toBe("1");
    expect(trailer?.get("x-echo-trailer")).toBe("2");
    const seen = lastEcho().headers;
    expect(seen.get("x-meta")).toBe("proxied");
    expect(seen.get("dapr-app-id")).toBeNull();
    expect(seen.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it("streams server-streaming answers and their trailers", async () => {
    let trailer: Headers | undefined;
    const got: number[] = [];
    for await (const m of echo.count({ count: 50 }, { ...withAppId, onTrailer: (t) => (trailer = t) })) {
      got.push(m.index);
    }
    expect(got).toEqual([...Array(50).keys()]);
    expect(trailer?.get("x-count")).toBe("50");
  });

  it("cancels the app's call when the caller gives up on a stream", async () => {
    const before = app.cancelledStreams;
    const caller = new AbortController();
    let got = 0;
    await expect(
      (async () => {
        for await (const _ of echo.count({ count: 10_000_000 }, { ...withAppId, signal: caller.signal })) {
          if (++got === 3) caller.abort();
        }
      })(),
    ).rejects.toThrow();
    const deadline = Date.now() + 10_000;
    while (app.cancelledStreams === before) {
      if (Date.now() > deadline) throw new Error("the app's stream was never cancelled");
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await echo.echo({ text: "still fine" }, withAppId)).text).toBe("still fine");
  });

  it("streams client-streaming requests", async () => {
    async function* texts() {
      for (const t of ["a", "b", "c"]) yield { text: t };
    }
    const res = await echo.collect(texts(), withAppId);
    expect(res.text).toBe("a,b,c");
  });

  it("passes large messages through unchanged", async () => {
    const big = "x".repeat(3 * 1024 * 1024);
    const res = await echo.echo({ text: big }, withAppId);
    expect(res.text.length).toBe(big.length);
  });

  it("passes the app's error status and message", async () => {
    const err = await rpcError(echo.echo({ text: "fail" }, withAppId));
    expect(err.code).toBe(Code.InvalidArgument);
    expect(err.rawMessage).toBe("echo failed on purpose");
  });

  it("answers Unknown for an app id nobody serves", async () => {
    const err = await rpcError(echo.echo({ text: "x" }, { headers: { "dapr-app-id": "nobody-at-all" } }));
    expect(err.code).toBe(Code.Unknown);
    expect(err.rawMessage).toMatch(/nobody-at-all/);
  });

  it("leaves calls without dapr-app-id to the sidecar's own services (Unimplemented)", async () => {
    const err = await rpcError(echo.echo({ text: "x" }));
    expect(err.code).toBe(Code.Unimplemented);
  });

  it("keeps many concurrent calls apart on one pooled connection", async () => {
    const texts = Array.from({ length: 100 }, (_, i) => `call-${i}`);
    const answers = await Promise.all(texts.map((t) => echo.echo({ text: t }, withAppId)));
    expect(answers.map((a) => (a).text)).toEqual(texts);
  });
});

describe("gRPC proxy mode with an API token", () => {
  let secured: SidecarProcess;
  let client: EchoClient;
  beforeAll(async () => {
    secured = await startSidecar({ appId: "grpc-echo-secured", appPort: app.port, appProtocol: "grpc", env: { PILLION_HOME: home.path, DAPR_API_TOKEN: "s3cret" } });
    client = createEchoClient(createGrpcTransport({ baseUrl: secured.grpcUrl }));
  });
  afterAll(async () => {
    await secured?.stop();
  });

  it("refuses calls without the token and passes calls with it, without the token", async () => {
    const err = await rpcError(client.echo({ text: "x" }, { headers: { "dapr-app-id": "grpc-echo-secured" } }));
    expect(err.code).toBe(Code.Unauthenticated);
    expect(err.rawMessage).toBe("Unauthorized");
    expect(err.findDetails(ErrorInfoSchema)[0]?.metadata).toMatchObject({ "http.code": "401", "http.error_message": "missing api token in request metadata" });
    const wrong = await rpcError(client.echo({ text: "x" }, { headers: { "dapr-app-id": "grpc-echo-secured", "dapr-api-token": "nope" } }));
    expect(wrong.findDetails(ErrorInfoSchema)[0]?.metadata["http.error_message"]).toBe("authentication error: api token mismatch");
    const res = await client.echo({ text: "ok" }, { headers: { "dapr-app-id": "grpc-echo-secured", "dapr-api-token": "s3cret" } });
    expect(res.text).toBe("ok");
    expect(lastEcho().headers.get("dapr-api-token")).toBeNull();
  });
});
