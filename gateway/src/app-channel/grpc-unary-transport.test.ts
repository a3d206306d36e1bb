import { createServer, type Http2Server, type ServerHttp2Session } from "node:http2";
import type { AddressInfo } from "node:net";
import { create } from "@bufbuild/protobuf";
import { anyPack } from "@bufbuild/protobuf/wkt";
import { StringValueSchema } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { connectNodeAdapter, createGrpcTransport, Http2SessionManager } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvokeResponseSchema, type InvokeRequest } from "../gen/dapr/proto/common/v1/common_pb.js";
import { AppCallback } from "../gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { freePort } from "../../../test/harness/ports.js";
import { createUnaryHttp2Transport } from "./grpc-unary-transport.js";

describe("createUnaryHttp2Transport", () => {
  let server: Http2Server;
  const sessions = new Set<ServerHttp2Session>();
  let url: string;
  let lastHeader: string | null = null;

  beforeAll(async () => {
    server = createServer(
      connectNodeAdapter({
        routes: (router) =>
          router.service(AppCallback, {
            async onInvoke(req: InvokeRequest, ctx) {
              lastHeader = ctx.requestHeader.get("x-caller");
              if (req.method === "missing") throw new ConnectError("no such method", Code.NotFound);
              if (req.method === "slow") await new Promise((r) => setTimeout(r, 2000));
              ctx.responseHeader.set("x-app", "1");
              return create(InvokeResponseSchema, { data: anyPack(StringValueSchema, create(StringValueSchema, { value: `echo ${req.method}` })), contentType: "text/plain" });
            },
          }),
      }),
    );
    server.on("session", (s: ServerHttp2Session) => sessions.add(s));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  // The clients keep their HTTP/2 sessions open: end them so close() returns.
  afterAll(() => new Promise<void>((r) => {
    server.close(() => r());
    for (const s of sessions) s.destroy();
  }));

  const client = (baseUrl = url) => {
    const sessions = new Http2SessionManager(baseUrl);
    return createClient(AppCallback, createUnaryHttp2Transport({ baseUrl, sessions, streaming: createGrpcTransport({ baseUrl, sessionManager: sessions }) }));
  };

  it("sends a unary call and decodes the answer, with headers both ways", async () => {
    let header: Headers | undefined;
    const res = await client().onInvoke({ method: "hello" }, { headers: { "x-caller": "me" }, onHeader: (h) => (header = h) });
    expect(res.contentType).toBe("text/plain");
    expect(res.data?.typeUrl).toContain("StringValue");
    expect(lastHeader).toBe("me");
    expect(header?.get("x-app")).toBe("1");
  });

  it("turns the app's status into a ConnectError", async () => {
    const err = await client().onInvoke({ method: "missing" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectError);
    expect((err as ConnectError).code).toBe(Code.NotFound);
    expect((err as ConnectError).rawMessage).toBe("no such method");
  });

  it("ends a call at its deadline with DeadlineExceeded and on abort with the abort", async () => {
    const late = await client().onInvoke({ method: "slow" }, { timeoutMs: 100 }).catch((e: unknown) => e);
    expect((late as ConnectError).code).toBe(Code.DeadlineExceeded);
    const ac = new AbortController();
    const call = client().onInvoke({ method: "slow" }, { signal: ac.signal }).catch((e: unknown) => e);
    setTimeout(() => ac.abort(new ConnectError("stop", Code.Canceled)), 50);
    expect(((await call) as ConnectError).code).toBe(Code.Canceled);
    // A call whose signal is already aborted never reaches the app.
    lastHeader = null;
    const gone = await client().onInvoke({ method: "hello" }, { headers: { "x-caller": "late" }, signal: AbortSignal.abort(new ConnectError("gone", Code.Canceled)) }).catch((e: unknown) => e);
    expect((gone as ConnectError).code).toBe(Code.Canceled);
    expect(lastHeader).toBeNull();
  });

  it("answers Unavailable when nothing listens", async () => {
    const err = await client(`http://127.0.0.1:${await freePort()}`).onInvoke({ method: "x" }).catch((e: unknown) => ConnectError.from(e));
    expect((err as ConnectError).code).toBe(Code.Unavailable);
  });
});
