/**
 * Differential test of InvokeService's pass-through to a gRPC app
 * (invokeServiceRaw): the same calls through a fast path that has it and one
 * that decodes and re-encodes (the way every call went before), to the same
 * real node:http2 gRPC app, must give the caller byte-identical answers
 * (headers, DATA, trailers, status and error details) and the app the same
 * request and metadata.
 */
import { connect, createServer, type ClientHttp2Session, type Http2Server, type IncomingHttpHeaders, type OutgoingHttpHeaders, type ServerHttp2Session, type ServerHttp2Stream } from "node:http2";
import type { AddressInfo } from "node:net";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { anyPack } from "@bufbuild/protobuf/wkt";
import type { Interceptor } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppChannel } from "../../app-channel/app-channel.js";
import { HTTPExtension_Verb, InvokeRequestSchema, InvokeResponseSchema } from "../../gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../gen/dapr/proto/runtime/v1/dapr_pb.js";
import { InvokeServiceRequestSchema } from "../../gen/dapr/proto/runtime/v1/invoke_pb.js";
import { ErrorInfoSchema } from "../../gen/google/rpc/error_details_pb.js";
import { StatusSchema } from "../../gen/google/rpc/status_pb.js";
import { errorInterceptor } from "../../protocols/connect/interceptors.js";
import { UnaryFastPath } from "../../protocols/grpc-fast/unary-fast-path.js";
import { silentLogger } from "../../util/logger.js";
import { Invocation } from "./invocation.js";
import { InvocationTargets } from "./invocation-targets.js";
import { InvokeService } from "./invoke-service.js";
import { PeerClients } from "./peer-clients.js";
import { rawHttp2, type RawHttp2Response } from "../../../../test/harness/raw-http2.js";

const appId = "diff-app";
const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

/** What the app got for one call. */
interface Received {
  body: Buffer;
  headers: IncomingHttpHeaders;
}

/** The app's streams of calls it never answers ("slow"), as they arrive. */
const slowCalls: ServerHttp2Stream[] = [];
let slowArrived: (() => void) | undefined;

function framed(message: Uint8Array): Buffer {
  const out = Buffer.alloc(5 + message.length);
  out.writeUInt32BE(message.length, 1);
  out.set(message, 5);
  return out;
}

const okHeaders: OutgoingHttpHeaders = { ":status": 200, "content-type": "application/grpc", "x-app-header": "yes", "set-cookie": ["a=1", "b=2"] };

/** The app: answers by the request's method, so each case is one method name. */
function serveApp(stream: ServerHttp2Stream, headers: IncomingHttpHeaders, received: Map<string, Received>): void {
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.on("error", () => {});
  stream.on("end", () => {
    const body = Buffer.concat(chunks);
    const req = fromBinary(InvokeRequestSchema, body.subarray(5));
    received.set(req.method, { body, headers: { ...headers } });
    const answer = toBinary(InvokeResponseSchema, create(InvokeResponseSchema, { data: { typeUrl: req.data?.typeUrl ?? "", value: req.data?.value ?? new Uint8Array() }, contentType: req.contentType }));
    switch (req.method) {
      case "echo":
      case "echo/deep/path": {
        stream.respond(okHeaders, { waitForTrailers: true });
        stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0", "x-app-trailer": "done", "x-data-bin": "AAEC" }));
        stream.end(framed(answer));
        return;
      }
      case "unknown-fields": {
        // An answer with a field the sidecar does not know (number 99), after the known ones as encoders put it.
        const unknown = Buffer.from([0x9a, 0x06, 0x03, 0x61, 0x62, 0x63]);
        stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0" }));
        stream.end(framed(Buffer.concat([answer, unknown])));
        return;
      }
      case "error": {
        const status = create(StatusSchema, { code: 5, message: "no such thing", details: [anyPack(ErrorInfoSchema, create(ErrorInfoSchema, { reason: "NOT_HERE", domain: "test.app" }))] });
        stream.respond({ ":status": 200, "content-type": "application/grpc", "x-app-header": "before the error" }, { waitForTrailers: true });
        stream.once("wantTrailers", () =>
          stream.sendTrailers({
            "grpc-status": "5",
            "grpc-message": "no%20such%20thing",
            "grpc-status-details-bin": Buffer.from(toBinary(StatusSchema, status)).toString("base64"),
            "x-error-trailer": "t",
          }),
        );
        stream.end();
        return;
      }
      case "trailers-only":
        stream.respond({ ":status": 200, "content-type": "application/grpc", "grpc-status": "14", "grpc-message": "try later", "x-only": "1" }, { endStream: true });
        return;
      case "http-503":
        stream.respond({ ":status": 503 }, { endStream: true });
        return;
      case "garbage":
        stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0" }));
        stream.end(framed(Buffer.from([0xff, 0xff, 0xff])));
        return;
      case "two-messages":
        stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0" }));
        stream.end(Buffer.concat([framed(answer), framed(answer)]));
        return;
      case "no-trailers":
        stream.respond({ ":status": 200, "content-type": "application/grpc" });
        stream.end(framed(answer));
        return;
      case "slow":
        // Never answers: the caller's deadline, or the caller going away, ends the call.
        slowCalls.push(stream);
        slowArrived?.();
        return;
      default:
        stream.respond({ ":status": 200, "content-type": "application/grpc", "grpc-status": "12", "grpc-message": "unknown case" }, { endStream: true });
    }
  });
}

/** One call as it came over the wire: response headers (no date), DATA bytes, trailers. */
type Result = RawHttp2Response;

/** Reads the request metadata, as the API token check does (the call's Headers are made then, and the metadata for the app comes from them). */
const readsMetadata: Interceptor = (next) => (req) => {
  req.header.delete("dapr-api-token");
  return next(req);
};

describe.each([
  ["", [] as Interceptor[]],
  [" (an interceptor reads the metadata)", [readsMetadata]],
])("InvokeService to a gRPC app: pass-through and decoded answers are the same%s", (_, extra) => {
  const received = new Map<string, Received>();
  const appSessions = new Set<ServerHttp2Session>();
  const app = createServer();
  app.on("session", (s: ServerHttp2Session) => appSessions.add(s));
  app.on("stream", (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => serveApp(stream, headers, received));
  const shutdown = new AbortController();
  let channel: AppChannel;
  const servers: Http2Server[] = [];
  const sessions = new Set<ServerHttp2Session>();
  const clients: ClientHttp2Session[] = [];
  let passThroughUrl: string;
  let decodedUrl: string;

  beforeAll(async () => {
    await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
    channel = new AppChannel({ protocol: "grpc", host: "127.0.0.1", port: (app.address() as AddressInfo).port, maxConcurrency: -1, logger: silentLogger });
    await channel.start();
    const inv = new Invocation({ appId, namespace: "default", app: channel, targets: new InvocationTargets({ appId, namespace: "default" }), peers: new PeerClients(), maxBodyBytes: 4 << 20, logger: silentLogger });
    const invoke = new InvokeService(inv);
    const impl = { invokeService: invoke.invokeService.bind(invoke) };
    const opts = { interceptors: [errorInterceptor, ...extra], readMaxBytes: 4 << 20, shutdownSignal: shutdown.signal };
    const paths = [new UnaryFastPath([{ service: Dapr, impl, raw: { invokeService: invoke.invokeServiceRaw } }], opts), new UnaryFastPath([{ service: Dapr, impl }], opts)];
    const urls = await Promise.all(
      paths.map(async (fast) => {
        const server = createServer();
        server.on("session", (s: ServerHttp2Session) => sessions.add(s));
        server.on("stream", (stream: ServerHttp2Stream, headers: IncomingHttpHeaders, _flags: number, raw: string[]) => {
          if (!fast.handle(stream, headers, raw)) stream.respond({ ":status": 404 }, { endStream: true });
        });
        servers.push(server);
        await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
        return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      }),
    );
    [passThroughUrl, decodedUrl] = urls as [string, string];
  });
  afterAll(async () => {
    shutdown.abort();
    for (const c of clients) c.destroy();
    const closed = Promise.all([...servers, app].map((server) => new Promise<void>((r) => server.close(() => r()))));
    for (const s of [...sessions, ...appSessions]) s.destroy();
    await closed;
  });

  async function rawCall(url: string, body: Uint8Array, extra: OutgoingHttpHeaders = {}): Promise<Result> {
    const client = connect(url);
    clients.push(client);
    const out = await rawHttp2(client, { ":method": "POST", ":path": "/dapr.proto.runtime.v1.Dapr/InvokeService", "content-type": "application/grpc", te: "trailers", ...extra }, framed(body));
    client.close();
    return out;
  }

  /** The message of an InvokeServiceRequest, encoded as a caller's protobuf library would. */
  function request(method: string, data = new Uint8Array([0, 1, 2, 255])): Uint8Array {
    return toBinary(InvokeServiceRequestSchema, create(InvokeServiceRequestSchema, { id: appId, message: { method, data: { value: data }, contentType: "application/octet-stream" } }));
  }

  /** The same call both ways: the answers and what the app got for it (by method name). */
  async function both(method: string, body: Uint8Array, extra: OutgoingHttpHeaders = { traceparent, "x-meta": "m" }) {
    const passThrough = await rawCall(passThroughUrl, body, extra);
    const gotPassThrough = received.get(method);
    received.delete(method);
    const decoded = await rawCall(decodedUrl, body, extra);
    const gotDecoded = received.get(method);
    received.delete(method);
    return { passThrough, decoded, gotPassThrough, gotDecoded };
  }

  it("answers a successful call with the same headers, message bytes and trailers; the app gets the same request and metadata", async () => {
    const { passThrough, decoded, gotPassThrough, gotDecoded } = await both("echo", request("echo"), {
      traceparent,
      "x-meta": "m",
      "x-twice": ["1", "2"],
      "set-cookie": ["c=1", "c=2"],
      "x-meta-bin": "AAEC",
      "grpc-timeout": "5S",
      "dapr-api-token": "not for the app",
    });
    expect(passThrough).toEqual(decoded);
    expect([...fromBinary(InvokeResponseSchema, passThrough.body.subarray(5)).data!.value]).toEqual([0, 1, 2, 255]);
    expect(passThrough.headers).toMatchObject({ ":status": 200, "content-type": "application/grpc+proto", "x-app-header": "yes", "set-cookie": ["b=2"] });
    expect(Object.entries(passThrough.trailers!)).toEqual([["grpc-status", "0"], ["x-app-trailer", "done"], ["x-data-bin", "AAEC"]]);
    expect(gotPassThrough!.body).toEqual(gotDecoded!.body);
    // The deadline left differs by the time between the two calls: compare its form only.
    const { "grpc-timeout": t1, ...md1 } = gotPassThrough!.headers;
    const { "grpc-timeout": t2, ...md2 } = gotDecoded!.headers;
    expect(md1).toEqual(md2);
    expect(t1).toMatch(/^\d+m$/);
    expect(t2).toMatch(/^\d+m$/);
    expect(md1).toMatchObject({ traceparent, "x-meta": "m", "x-twice": "1, 2", "set-cookie": ["c=2"], "x-meta-bin": "AAEC" });
    expect(md1["dapr-api-token"]).toBeUndefined();
  });

  it("passes the caller's InvokeRequest bytes to the app as they came (the decoded way re-encodes them)", async () => {
    // Fields out of the usual order and an unknown field (number 50): a decoder keeps their meaning, not their bytes.
    const message = Buffer.concat([
      Buffer.from([0x92, 0x03, 0x02, 0x68, 0x69]), // field 50, "hi"
      toBinary(InvokeRequestSchema, create(InvokeRequestSchema, { contentType: "text/plain" })),
      toBinary(InvokeRequestSchema, create(InvokeRequestSchema, { method: "echo", data: { value: new Uint8Array([7]) } })),
    ]);
    const body = Buffer.concat([toBinary(InvokeServiceRequestSchema, create(InvokeServiceRequestSchema, { id: appId })), Buffer.from([0x1a, message.length]), message]);
    const { passThrough, decoded, gotPassThrough, gotDecoded } = await both("echo", body);
    expect(passThrough).toEqual(decoded);
    expect(gotPassThrough!.body.subarray(5)).toEqual(message);
    expect(gotDecoded!.body.subarray(5)).not.toEqual(message);
    expect(fromBinary(InvokeRequestSchema, gotPassThrough!.body.subarray(5))).toEqual(fromBinary(InvokeRequestSchema, gotDecoded!.body.subarray(5)));
  });

  it("reads the app id and method as the decoder does (the last one given), and leaves bytes it cannot vouch for to the decoded way", async () => {
    const message = Buffer.concat([
      toBinary(InvokeRequestSchema, create(InvokeRequestSchema, { method: "not this one" })),
      toBinary(InvokeRequestSchema, create(InvokeRequestSchema, { method: "echo", data: { value: new Uint8Array([9]) }, httpExtension: { verb: HTTPExtension_Verb.POST } })),
    ]);
    const twice = Buffer.concat([toBinary(InvokeServiceRequestSchema, create(InvokeServiceRequestSchema, { id: "someone-else" })), toBinary(InvokeServiceRequestSchema, create(InvokeServiceRequestSchema, { id: appId })), Buffer.from([0x1a, message.length]), message]);
    const taken = await both("echo", twice);
    expect(taken.passThrough).toEqual(taken.decoded);
    expect(taken.gotPassThrough!.body.subarray(5)).toEqual(message);
    // An unknown group: the decoder skips it, the pass-through does not vouch for it, so both calls are decoded.
    const grouped = Buffer.concat([request("echo"), Buffer.from([0x23, 0x24])]);
    const decodedBoth = await both("echo", grouped);
    expect(decodedBoth.passThrough).toEqual(decodedBoth.decoded);
    expect(decodedBoth.gotPassThrough!.body).toEqual(decodedBoth.gotDecoded!.body);
  });

  it("answers the app's message with a field unknown to the sidecar the same way", async () => {
    const { passThrough, decoded } = await both("unknown-fields", request("unknown-fields"));
    expect(passThrough).toEqual(decoded);
    expect(passThrough.body.subarray(passThrough.body.length - 6)).toEqual(Buffer.from([0x9a, 0x06, 0x03, 0x61, 0x62, 0x63]));
  });

  it("passes the app's errors on the same way: status, message, details, metadata", async () => {
    for (const method of ["error", "trailers-only", "http-503", "garbage", "two-messages", "no-trailers"]) {
      const { passThrough, decoded } = await both(method, request(method));
      expect(passThrough, method).toEqual(decoded);
      expect(passThrough.trailers?.["grpc-status"] ?? passThrough.headers["grpc-status"], method).not.toBe("0");
    }
    const { passThrough } = await both("error", request("error"));
    expect(passThrough.trailers).toMatchObject({ "grpc-status": "5", "grpc-message": "no%20such%20thing", "x-error-trailer": "t" });
    const status = fromBinary(StatusSchema, Buffer.from(String(passThrough.trailers!["grpc-status-details-bin"]), "base64"));
    expect(status.details[0]?.typeUrl).toBe("type.googleapis.com/google.rpc.ErrorInfo");
  });

  it("ends a call past its deadline the same way", async () => {
    const { passThrough, decoded } = await both("slow", request("slow"), { traceparent, "grpc-timeout": "100m" });
    expect(passThrough).toEqual(decoded);
    expect(passThrough.trailers?.["grpc-status"]).toBe("4");
  });

  it("cancels the app's call when the caller goes away, both ways", async () => {
    for (const url of [passThroughUrl, decodedUrl]) {
      const client = connect(url);
      clients.push(client);
      const arrived = new Promise<void>((r) => (slowArrived = r));
      const stream = client.request({ ":method": "POST", ":path": "/dapr.proto.runtime.v1.Dapr/InvokeService", "content-type": "application/grpc", te: "trailers" });
      stream.on("error", () => {});
      stream.end(framed(request("slow")));
      await arrived;
      const appCall = slowCalls.at(-1)!;
      const closed = new Promise<number | undefined>((r) => appCall.once("close", () => r(appCall.rstCode)));
      stream.close(8); // RST_STREAM CANCEL from the caller
      expect(await closed, url).toBe(8);
    }
  });

  it("rewrites a method that needs normalising, and refuses a bad one, the same way", async () => {
    const normalised = await both("echo/deep/path", request("echo//deep/./path"));
    expect(normalised.passThrough).toEqual(normalised.decoded);
    expect(fromBinary(InvokeRequestSchema, normalised.gotPassThrough!.body.subarray(5)).method).toBe("echo/deep/path");
    const bad = await both("x", request("../../etc/passwd"));
    expect(bad.passThrough).toEqual(bad.decoded);
    expect(bad.passThrough.trailers?.["grpc-status"] ?? bad.passThrough.headers["grpc-status"]).not.toBe("0");
  });

  it("makes a traceparent for a caller without one, both ways", async () => {
    const { passThrough, decoded, gotPassThrough, gotDecoded } = await both("echo", request("echo"), {});
    expect(passThrough).toEqual(decoded);
    expect(gotPassThrough!.headers["traceparent"] === undefined).toBe(gotDecoded!.headers["traceparent"] === undefined);
  });
});
