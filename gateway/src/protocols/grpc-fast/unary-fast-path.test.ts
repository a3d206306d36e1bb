import { createServer, type Http2Server, type ServerHttp2Session } from "node:http2";
import type { AddressInfo } from "node:net";
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient, type HandlerContext, type Interceptor } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gen/dapr/proto/runtime/v1/dapr_pb.js";
import { GetStateResponseSchema, type GetStateRequest } from "../../gen/dapr/proto/runtime/v1/state_pb.js";
import { UnaryFastPath } from "./unary-fast-path.js";

describe("UnaryFastPath", () => {
  const order: string[] = [];
  let seen: { key: string; header: string | null; timeout: number | undefined } | undefined;
  let leftToConnect = 0;
  const impl = {
    async getState(req: GetStateRequest, ctx: HandlerContext) {
      seen = { key: req.key, header: ctx.requestHeader.get("x-test"), timeout: ctx.timeoutMs() };
      if (req.key === "missing") throw new ConnectError("no such key", Code.NotFound);
      if (req.key === "boom") throw new Error("not a ConnectError");
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
  const fast = new UnaryFastPath([{ service: Dapr, impl }], { interceptors: [tag("outer"), tag("inner")], readMaxBytes: 1024, shutdownSignal: new AbortController().signal });
  let server: Http2Server;
  const sessions = new Set<ServerHttp2Session>();
  let url: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (fast.handle(req, res)) return;
      leftToConnect++;
      res.writeHead(404).end();
    });
    server.on("session", (s: ServerHttp2Session) => sessions.add(s));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  // The clients keep their HTTP/2 sessions open: end them so close() returns.
  afterAll(() => new Promise<void>((r) => {
    server.close(() => r());
    for (const s of sessions) s.destroy();
  }));

  const grpc = () => createClient(Dapr, createGrpcTransport({ baseUrl: url }));

  it("serves a unary gRPC call with the interceptors in order, request and response metadata", async () => {
    order.length = 0;
    let header: Headers | undefined;
    let trailer: Headers | undefined;
    const res = await grpc().getState(
      { storeName: "s", key: "k" },
      { headers: { "x-test": "yes" }, timeoutMs: 5000, onHeader: (h) => (header = h), onTrailer: (t) => (trailer = t) },
    );
    expect(new TextDecoder().decode(res.data)).toBe("value of k");
    expect(res.etag).toBe("1");
    expect(order).toEqual(["outer", "inner"]);
    expect(seen?.header).toBe("yes");
    expect(seen?.timeout).toBeGreaterThan(0);
    expect(header?.get("x-answer")).toBe("header");
    expect(trailer?.get("x-trailer")).toBe("trailer");
  });

  it("answers errors as gRPC statuses: a ConnectError as it is, anything else as Internal", async () => {
    const missing = await grpc().getState({ storeName: "s", key: "missing" }).catch((e: unknown) => ConnectError.from(e));
    expect(missing).toBeInstanceOf(ConnectError);
    expect((missing as ConnectError).code).toBe(Code.NotFound);
    expect((missing as ConnectError).rawMessage).toBe("no such key");
    const boom = await grpc().getState({ storeName: "s", key: "boom" }).catch((e: unknown) => ConnectError.from(e));
    expect((boom as ConnectError).code).toBe(Code.Internal);
  });

  it("refuses a message over readMaxBytes with ResourceExhausted", async () => {
    const err = await grpc().getState({ storeName: "s", key: "x".repeat(2000) }).catch((e: unknown) => ConnectError.from(e));
    expect((err as ConnectError).code).toBe(Code.ResourceExhausted);
  });

  it("leaves other protocols and unknown methods to connect", async () => {
    const before = leftToConnect;
    await createClient(Dapr, createConnectTransport({ baseUrl: url, httpVersion: "2" })).getState({ storeName: "s", key: "k" }).catch(() => undefined);
    await grpc().getMetadata({}).catch(() => undefined);
    expect(leftToConnect).toBe(before + 2);
  });
});
