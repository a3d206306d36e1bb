import { connect, type ClientHttp2Session, type Http2Server, type IncomingHttpHeaders, type OutgoingHttpHeaders, type ServerHttp2Session } from "node:http2";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGrpcServer } from "./grpc-server.js";

describe("createGrpcServer", () => {
  const seen: string[] = [];
  let server: Http2Server;
  let client: ClientHttp2Session;
  const sessions = new Set<ServerHttp2Session>();

  beforeAll(async () => {
    server = createGrpcServer({
      rpcServices: new Set(["pillion.Own"]),
      connect: (req, res) => {
        seen.push(`connect ${req.method} ${req.url} ${req.headers["x-test"] ?? ""}`);
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("from connect");
      },
      proxy: (stream, headers) => {
        seen.push(`proxy ${headers[":path"]}`);
        stream.respond({ ":status": 200 });
        stream.end("from proxy");
      },
      fastUnary: {
        handle: (stream, headers) => {
          if (headers[":path"] !== "/pillion.Own/Fast") return false;
          seen.push("fast");
          stream.respond({ ":status": 200 });
          stream.end("from fast");
          return true;
        },
      },
    });
    server.on("session", (s: ServerHttp2Session) => sessions.add(s));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    client = connect(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    client.destroy();
    const closed = new Promise<void>((r) => server.close(() => r()));
    for (const s of sessions) s.destroy();
    await closed;
  });

  function call(headers: OutgoingHttpHeaders, body?: string): Promise<{ head: IncomingHttpHeaders[]; body: string }> {
    return new Promise((resolve, reject) => {
      const head: IncomingHttpHeaders[] = [];
      const stream = client.request(headers, body === undefined ? { endStream: true } : {});
      stream.on("headers", (h) => head.push({ ...h }));
      stream.on("response", (h) => head.push({ ...h }));
      let text = "";
      stream.on("data", (c: Buffer) => (text += c.toString()));
      stream.on("end", () => resolve({ head, body: text }));
      stream.on("error", reject);
      if (body !== undefined) stream.end(body);
    });
  }

  it("routes a call: proxy mode for other services with dapr-app-id, the fast path, then connect-node through the compat layer", async () => {
    seen.length = 0;
    expect((await call({ ":method": "POST", ":path": "/bench.Echo/Echo", "dapr-app-id": "app" }, "x")).body).toBe("from proxy");
    expect((await call({ ":method": "POST", ":path": "/pillion.Own/Fast", "dapr-app-id": "app" }, "x")).body).toBe("from fast");
    expect((await call({ ":method": "POST", ":path": "/pillion.Own/Slow", "x-test": "t" }, "x")).body).toBe("from connect");
    expect((await call({ ":method": "POST", ":path": "/bench.Echo/Echo" }, "x")).body).toBe("from connect");
    expect(seen).toEqual(["proxy /bench.Echo/Echo", "fast", "connect POST /pillion.Own/Slow t", "connect POST /bench.Echo/Echo "]);
  });

  it("answers Expect as node's request event does: 100-continue goes on after a 100, anything else is 417", async () => {
    seen.length = 0;
    const cont = await call({ ":method": "POST", ":path": "/pillion.Own/Slow", expect: "100-continue" }, "x");
    expect(cont.head.map((h) => h[":status"])).toEqual([100, 200]);
    expect(cont.body).toBe("from connect");
    const other = await call({ ":method": "POST", ":path": "/pillion.Own/Slow", expect: "something-else" }, "x");
    expect(other.head.map((h) => h[":status"])).toEqual([417]);
    expect(seen).toEqual(["connect POST /pillion.Own/Slow "]);
  });
});
