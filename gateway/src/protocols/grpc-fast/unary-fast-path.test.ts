import { connect, type ClientHttp2Session, type Http2Server, type ServerHttp2Session } from "node:http2";
import type { AddressInfo } from "node:net";
import { create, toBinary } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient, type HandlerContext, type Interceptor } from "@connectrpc/connect";
import { connectNodeAdapter, createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gen/dapr/proto/runtime/v1/dapr_pb.js";
import { GetStateRequestSchema, GetStateResponseSchema, type GetStateRequest } from "../../gen/dapr/proto/runtime/v1/state_pb.js";
import { ErrorInfoSchema } from "../../gen/google/rpc/error_details_pb.js";
import { createGrpcServer } from "../../server/grpc-server.js";
import { UnaryFastPath } from "./unary-fast-path.js";
import { rawHttp2, type RawHttp2Response } from "../../../../test/harness/raw-http2.js";

/** What a call's context showed the implementation. */
interface Seen {
  key: string;
  header: string | null;
  timeout: number | undefined;
  protocol: string;
  abortReason?: unknown;
}

describe("UnaryFastPath on the gRPC server's stream event", () => {
  const order: string[] = [];
  let seen: Seen | undefined;
  /** Resolves when a call waiting on its signal has seen it abort. */
  let aborted: Promise<unknown> | undefined;
  let startedWaiting: (() => void) | undefined;
  const impl = {
    async getState(req: GetStateRequest, ctx: HandlerContext) {
      seen = { key: req.key, header: ctx.requestHeader.get("x-test"), timeout: ctx.timeoutMs(), protocol: ctx.protocolName };
      if (req.key === "missing") throw new ConnectError("no such key", Code.NotFound);
      if (req.key === "detailed") {
        throw new ConnectError("bad ünïcode % message", Code.FailedPrecondition, { "x-err": "e" }, [
          { desc: ErrorInfoSchema, value: { reason: "DAPR_STATE_TEST", domain: "dapr.io" } },
        ]);
      }
      if (req.key === "boom") throw new Error("not a ConnectError");
      if (req.key === "wait") {
        const signal = ctx.signal;
        aborted = new Promise((resolve) => signal.addEventListener("abort", () => resolve(signal.reason), { once: true }));
        startedWaiting?.();
        await aborted;
        throw signal.reason;
      }
      ctx.responseHeader.set("x-answer", "header");
      ctx.responseTrailer.set("x-trailer", "trailer");
      return create(GetStateResponseSchema, { data: new TextEncoder().encode(`value of ${req.key}`), etag: "1" });
    },
  };
  const tag =
    (name: string): Interceptor =>
    (next) =>
    async (req) => {
      order.push(name);
      return next(req);
    };
  const interceptors = [tag("outer"), tag("inner")];
  const shutdown = new AbortController();
  let leftToConnect = 0;
  const connectHandler = connectNodeAdapter({ routes: (r) => r.service(Dapr, impl), interceptors, readMaxBytes: 1024, shutdownSignal: shutdown.signal });
  const counted: typeof connectHandler = (req, res) => {
    leftToConnect++;
    connectHandler(req, res);
  };
  const fast = new UnaryFastPath([{ service: Dapr, impl }], { interceptors, readMaxBytes: 1024, shutdownSignal: shutdown.signal });
  const rpcServices = new Set([Dapr.typeName]);
  /** The fast path in front of connect-node, and connect-node alone (the reference). */
  const servers: Http2Server[] = [createGrpcServer({ connect: counted, rpcServices, fastUnary: fast }), createGrpcServer({ connect: counted, rpcServices })];
  const sessions = new Set<ServerHttp2Session>();
  const clients: ClientHttp2Session[] = [];
  let fastUrl: string;
  let connectUrl: string;

  beforeAll(async () => {
    const urls = await Promise.all(
      servers.map(async (server) => {
        server.on("session", (s: ServerHttp2Session) => sessions.add(s));
        await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
        return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      }),
    );
    [fastUrl, connectUrl] = urls as [string, string];
  });
  // The clients keep their HTTP/2 sessions open: end them so close() returns.
  afterAll(async () => {
    for (const c of clients) c.destroy();
    const closed = Promise.all(servers.map((server) => new Promise<void>((r) => server.close(() => r()))));
    for (const s of sessions) s.destroy();
    await closed;
  });

  const grpc = (url = fastUrl) => createClient(Dapr, createGrpcTransport({ baseUrl: url }));

  /** One raw unary call: the response headers (no date), the body bytes and the trailers, as they came over the wire. */
  async function rawCall(url: string, key: string, extra: Record<string, string> = {}, body?: Buffer): Promise<RawHttp2Response> {
    const client = connect(url);
    clients.push(client);
    const message = toBinary(GetStateRequestSchema, create(GetStateRequestSchema, { storeName: "s", key }));
    const framed = body ?? Buffer.concat([Buffer.from([0, 0, 0, 0, 0]), message]);
    if (!body) framed.writeUInt32BE(message.length, 1);
    const out = await rawHttp2(client, { ":method": "POST", ":path": "/dapr.proto.runtime.v1.Dapr/GetState", "content-type": "application/grpc", te: "trailers", ...extra }, framed);
    client.close();
    return out;
  }

  it("serves a unary gRPC call with the interceptors in order, request and response metadata", async () => {
    order.length = 0;
    let header: Headers | undefined;
    let trailer: Headers | undefined;
    const before = leftToConnect;
    const res = await grpc().getState({ storeName: "s", key: "k" }, { headers: { "x-test": "yes" }, timeoutMs: 5000, onHeader: (h) => (header = h), onTrailer: (t) => (trailer = t) });
    expect(leftToConnect).toBe(before);
    expect(new TextDecoder().decode(res.data)).toBe("value of k");
    expect(res.etag).toBe("1");
    expect(order).toEqual(["outer", "inner"]);
    expect(seen?.header).toBe("yes");
    expect(seen?.protocol).toBe("grpc");
    expect(seen?.timeout).toBeGreaterThan(0);
    expect(seen?.timeout).toBeLessThanOrEqual(5000);
    expect(header?.get("x-answer")).toBe("header");
    expect(trailer?.get("x-trailer")).toBe("trailer");
  });

  it("answers exactly as connect-node does: headers, message and trailers, for answers and errors", async () => {
    const cases: [string, Record<string, string>?, Buffer?][] = [
      ["k"],
      ["missing"],
      ["detailed"],
      ["boom"],
      ["k", { "grpc-timeout": "nonsense" }],
      ["x".repeat(2000)],
      ["k", {}, Buffer.concat([Buffer.from([0, 0, 0, 0x10, 0]), Buffer.alloc(2000)])],
      ["k", {}, Buffer.from([0, 0, 0, 0, 9, 1])],
      ["k", {}, Buffer.from([1, 0, 0, 0, 0])],
      ["k", {}, Buffer.from([0, 0, 0, 0, 2, 0xff, 0xff])],
      ["k", {}, Buffer.from([0, 0, 0])],
      ["k", {}, Buffer.alloc(0)],
      ["k", {}, Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])],
    ];
    for (const [key, extra, body] of cases) {
      const before = leftToConnect;
      const viaFast = await rawCall(fastUrl, key, extra, body);
      expect(leftToConnect, `${key} went to connect`).toBe(before);
      const viaConnect = await rawCall(connectUrl, key, extra, body);
      expect(viaFast, `answer for ${key.slice(0, 10)} ${JSON.stringify(extra ?? {})}`).toEqual(viaConnect);
    }
  });

  it("answers errors as gRPC statuses: a ConnectError as it is, anything else as Internal", async () => {
    const missing = await grpc().getState({ storeName: "s", key: "missing" }).catch((e: unknown) => ConnectError.from(e));
    expect(missing).toBeInstanceOf(ConnectError);
    expect((missing as ConnectError).code).toBe(Code.NotFound);
    expect((missing as ConnectError).rawMessage).toBe("no such key");
    const detailed = await grpc().getState({ storeName: "s", key: "detailed" }).catch((e: unknown) => ConnectError.from(e));
    expect((detailed as ConnectError).rawMessage).toBe("bad ünïcode % message");
    expect((detailed as ConnectError).findDetails(ErrorInfoSchema)[0]?.reason).toBe("DAPR_STATE_TEST");
    const boom = await grpc().getState({ storeName: "s", key: "boom" }).catch((e: unknown) => ConnectError.from(e));
    expect((boom as ConnectError).code).toBe(Code.Internal);
  });

  it("refuses a message over readMaxBytes with ResourceExhausted", async () => {
    const err = await grpc().getState({ storeName: "s", key: "x".repeat(2000) }).catch((e: unknown) => ConnectError.from(e));
    expect((err as ConnectError).code).toBe(Code.ResourceExhausted);
  });

  it("aborts the call's signal with Canceled when the caller goes away", async () => {
    const waiting = new Promise<void>((r) => (startedWaiting = r));
    const caller = new AbortController();
    const call = grpc().getState({ storeName: "s", key: "wait" }, { signal: caller.signal }).catch((e: unknown) => ConnectError.from(e));
    await waiting;
    caller.abort();
    const reason = await aborted;
    expect(reason).toBeInstanceOf(ConnectError);
    expect((reason as ConnectError).code).toBe(Code.Canceled);
    expect((await call as ConnectError).code).toBe(Code.Canceled);
  });

  it("aborts the call's signal with DeadlineExceeded at its grpc-timeout, and answers that status", async () => {
    const answer = await rawCall(fastUrl, "wait", { "grpc-timeout": "20m" });
    expect(answer.trailers?.["grpc-status"]).toBe(String(Code.DeadlineExceeded));
    expect(answer.trailers?.["grpc-message"]).toBe("the%20operation%20timed%20out");
    expect((await aborted as ConnectError).code).toBe(Code.DeadlineExceeded);
  });

  it("leaves other protocols, compressed calls and unknown methods to connect", async () => {
    const before = leftToConnect;
    await createClient(Dapr, createConnectTransport({ baseUrl: fastUrl, httpVersion: "2" })).getState({ storeName: "s", key: "k" });
    await grpc().getMetadata({}).catch(() => undefined);
    await rawCall(fastUrl, "k", { "grpc-encoding": "gzip" }).catch(() => undefined);
    expect(leftToConnect).toBe(before + 3);
  });

  // Last: it shuts the path down.
  it("aborts running calls with the shutdown signal's reason when the sidecar stops", async () => {
    const waiting = new Promise<void>((r) => (startedWaiting = r));
    const call = grpc().getState({ storeName: "s", key: "wait" }).catch((e: unknown) => ConnectError.from(e));
    await waiting;
    shutdown.abort(new ConnectError("shutting down", Code.Unavailable));
    expect(((await aborted) as ConnectError).rawMessage).toBe("shutting down");
    expect(((await call) as ConnectError).code).toBe(Code.Unavailable);
  });
});
