/**
 * The lean HTTP/1.1 client against undici, side by side: the same relay
 * (prepareBody, the header mapping, Relay) in front of either client, the
 * same scripted app behind. What the app receives (raw bytes) and what the
 * caller gets (raw bytes, Date aside) must be the same; where the app
 * misbehaves, both answer 500 ERR_DIRECT_INVOKE (the wording of the cause
 * differs) and keep serving.
 */
import { randomBytes } from "node:crypto";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { Pool } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareBody, Relay } from "../../protocols/http/invoke-relay.js";
import { respondWithError } from "../../protocols/http/respond.js";
import { httpRequestHeadersForApp } from "../../services/invoke/header-mapping.js";
import type { RawDispatchHandler } from "../http-app-client.js";
import type { ExchangeRequest } from "./connection.js";
import { Http1Pool } from "./pool.js";

const maxBody = 512 * 1024;

/** One request as the app read it off the wire. */
interface Seen {
  readonly head: string;
  readonly body: Buffer;
}

type Script = (sock: Socket, seen: Seen) => Promise<void> | void;

/** A scripted app on raw TCP: reads each request (Content-Length or chunked), records it and answers as the path says. */
class ScriptedApp {
  readonly seen: Seen[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly scripts: Record<string, Script>) {
    this.server = createServer({ noDelay: true }, (sock) => this.serve(sock));
  }

  async listen(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    for (const sock of this.sockets) sock.destroy();
    return new Promise((r) => this.server.close(() => r()));
  }

  private serve(sock: Socket): void {
    this.sockets.add(sock);
    sock.once("close", () => this.sockets.delete(sock));
    let buf: Buffer = Buffer.alloc(0);
    let busy = false;
    const next = async (): Promise<void> => {
      if (busy) return;
      const headEnd = buf.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const head = buf.subarray(0, headEnd + 4).toString("latin1");
      let body: Buffer;
      let rest: Buffer;
      const cl = /\r\ncontent-length: *(\d+)/i.exec(head);
      if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
        const end = buf.indexOf("\r\n0\r\n\r\n", headEnd + 2);
        if (end < 0) return;
        body = dechunk(buf.subarray(headEnd + 4, end + 7));
        rest = buf.subarray(end + 7);
      } else {
        const n = cl ? Number(cl[1]) : 0;
        if (buf.length < headEnd + 4 + n) return;
        body = buf.subarray(headEnd + 4, headEnd + 4 + n);
        rest = buf.subarray(headEnd + 4 + n);
      }
      buf = rest;
      const seen = { head, body: Buffer.from(body) };
      this.seen.push(seen);
      const path = head.split(" ")[1]!.split("?")[0]!;
      busy = true;
      await (this.scripts[path] ?? this.scripts["/echo"]!)(sock, seen);
      busy = false;
      if (!sock.destroyed) void next();
    };
    sock.on("data", (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      void next();
    });
    sock.on("error", () => undefined);
  }
}

function dechunk(b: Buffer): Buffer {
  const out: Buffer[] = [];
  let i = 0;
  for (;;) {
    const eol = b.indexOf("\r\n", i);
    const size = parseInt(b.subarray(i, eol).toString("latin1"), 16);
    if (eol < 0 || !Number.isSafeInteger(size)) throw new Error(`not chunked at ${i}: ${b.subarray(i, i + 20).toString("latin1")}`);
    if (size === 0) return Buffer.concat(out);
    out.push(b.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
}

/** Writes `data` in pieces of `size` bytes, a little apart, so that they arrive as separate reads. */
async function dribble(sock: Socket, data: Buffer | string, size: number): Promise<void> {
  const b = typeof data === "string" ? Buffer.from(data, "latin1") : data;
  for (let i = 0; i < b.length; i += size) {
    sock.write(b.subarray(i, i + size));
    await sleep(1);
  }
}

const answer = (status: string, headers: string[], body: Buffer | string = "") => {
  const b = typeof body === "string" ? Buffer.from(body, "latin1") : body;
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n`, "latin1"), b]);
};

/** App sockets of calls to /never, which the app leaves unanswered. */
const hung: Socket[] = [];
/** Answers to /later wait for this. */
let release: () => void = () => undefined;

const scripts: Record<string, Script> = {
  "/never": (sock) => {
    hung.push(sock);
    return new Promise<void>(() => undefined);
  },
  "/later": async (sock) => {
    await new Promise<void>((r) => (release = r));
    sock.write(answer("200 OK", ["Content-Length: 5"], "later"));
  },
  "/echo": (sock, seen) => {
    const type = /\r\ncontent-type: *([^\r]*)/i.exec(seen.head)?.[1] ?? "application/octet-stream";
    sock.write(answer("200 OK", [`Content-Type: ${type}`, "X-App: yes", "X-Multi: a", "X-Multi: b", `Content-Length: ${seen.body.length}`], seen.body));
  },
  "/chunked": async (sock) => {
    await dribble(sock, answer("201 Created", ["Transfer-Encoding: chunked", "Content-Type: text/plain"]), 7);
    await dribble(sock, "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n", 3);
  },
  "/head": (sock) => {
    sock.write(answer("200 OK", ["Content-Length: 5", "X-Head: yes"]));
  },
  "/nocontent": (sock) => {
    sock.write(answer("204 No Content", ["X-Nothing: here"]));
  },
  "/notmodified": (sock) => {
    sock.write(answer("304 Not Modified", ['ETag: "v1"']));
  },
  "/interim": (sock) => {
    sock.write(Buffer.concat([Buffer.from("HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"), answer("200 OK", ["Content-Length: 2"], "ok")]));
  },
  "/until-close": (sock) => {
    sock.end(answer("200 OK", ["Content-Type: text/plain"], "read until the end"));
  },
  "/close-after": (sock) => {
    sock.end(answer("200 OK", ["Connection: close", "Content-Length: 4"], "done"));
  },
  "/dribble": async (sock) => {
    await dribble(sock, answer("200 OK", ["Content-Length: 40", "Content-Type: text/plain"], "0123456789".repeat(4)), 2);
  },
  "/large": (sock) => {
    const body = Buffer.alloc(700 * 1024, "z");
    sock.write(answer("200 OK", [`Content-Length: ${body.length}`], body));
  },
  "/cut": (sock) => {
    sock.write(answer("200 OK", ["Content-Length: 100"], "only ten.."));
    setTimeout(() => sock.destroy(), 20);
  },
  "/cut-chunked": (sock) => {
    sock.write(answer("200 OK", ["Transfer-Encoding: chunked"], "a\r\n0123456789\r\n"));
    setTimeout(() => sock.destroy(), 20);
  },
  "/hangup": (sock) => {
    sock.destroy();
  },
  "/garbage": (sock) => {
    sock.write("SPDY/3 what is this\r\n\r\n");
  },
  "/bad-length": (sock) => {
    sock.write(answer("200 OK", ["Content-Length: 12abc"], "x"));
  },
  "/two-lengths": (sock) => {
    sock.write(answer("200 OK", ["Content-Length: 2", "Content-Length: 3"], "abc"));
  },
  "/length-and-chunked": (sock) => {
    sock.write(answer("200 OK", ["Content-Length: 3", "Transfer-Encoding: chunked"], "3\r\nabc\r\n0\r\n\r\n"));
  },
  "/bad-chunk": (sock) => {
    sock.write(answer("200 OK", ["Transfer-Encoding: chunked"], "zz\r\nabc\r\n0\r\n\r\n"));
  },
  "/folded": (sock) => {
    sock.write(answer("200 OK", ["X-A: one", " two", "Content-Length: 0"]));
  },
  "/bad-header": (sock) => {
    sock.write(answer("200 OK", ["X A: one", "Content-Length: 0"]));
  },
};

/** today's relay (invoke-proxy toHttpApp) in front of a client. */
function front(dispatch: (opts: ExchangeRequest, h: RawDispatchHandler) => void): HttpServer {
  return createHttpServer({ keepAlive: true }, (req, res) => {
    void (async () => {
      try {
        const body = await prepareBody(req, maxBody);
        const headers = httpRequestHeadersForApp(req.rawHeaders, req.headers.connection, { keepContentLength: body.streamedWithLength });
        const relay = new Relay(res, "app");
        dispatch({ method: req.method!, path: req.url!, headers, body: body.body as ExchangeRequest["body"] }, relay);
        await relay.finished;
      } catch (e) {
        respondWithError(res, e);
      }
    })();
  });
}

const app = new ScriptedApp(scripts);
let undici: Pool;
let lean: Http1Pool;
let today: HttpServer;
let leaner: HttpServer;

const portOf = (s: HttpServer) => (s.address() as AddressInfo).port;

beforeAll(async () => {
  await app.listen();
  undici = new Pool(`http://127.0.0.1:${app.port}`, { connections: 128, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 0, bodyTimeout: 0 });
  lean = new Http1Pool("127.0.0.1", app.port, { connections: 128, keepAliveMs: 60_000 });
  today = front((o, h) => undici.dispatch(o as never, h));
  leaner = front((o, h) => lean.dispatch(o, h));
  await Promise.all([today, leaner].map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))));
});

afterAll(async () => {
  await Promise.all([undici.close(), lean.close()]);
  for (const s of [today, leaner]) {
    s.closeAllConnections();
    s.close();
  }
  await app.close();
});

/** Sends raw request bytes (in pieces of `piece` bytes when given) and reads the raw answer until the front closes. */
async function exchange(port: number, request: Buffer, piece?: number): Promise<Buffer> {
  const sock = connect({ port, host: "127.0.0.1", noDelay: true });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    sock.on("data", (d: Buffer) => chunks.push(d));
    sock.on("close", () => resolve(Buffer.concat(chunks)));
    sock.on("error", () => undefined);
  });
  await new Promise<void>((r) => sock.once("connect", r));
  if (piece) await dribble(sock, request, piece);
  else sock.write(request);
  return done;
}

/** The answer without its Date, and a chunked body decoded (where the chunks break depends on TCP timing). */
const normalise = (b: Buffer) => {
  const text = b.toString("latin1").replace(/\r\nDate: [^\r]*/, "\r\nDate: -");
  const headEnd = text.indexOf("\r\n\r\n");
  if (headEnd < 0 || !/\r\nTransfer-Encoding: chunked\r\n/i.test(text.slice(0, headEnd + 2)) || !text.endsWith("\r\n0\r\n\r\n")) return text;
  return `${text.slice(0, headEnd + 4)}[dechunked]${dechunk(b.subarray(b.indexOf("\r\n\r\n") + 4)).toString("latin1")}`;
};

interface Outcome {
  readonly caller: string;
  readonly app: Seen[];
}

/** The same request through both fronts. */
async function both(request: Buffer | string, piece?: number): Promise<[Outcome, Outcome]> {
  const req = typeof request === "string" ? Buffer.from(request, "latin1") : request;
  const run = async (port: number): Promise<Outcome> => {
    const from = app.seen.length;
    const caller = normalise(await exchange(port, req, piece));
    return { caller, app: app.seen.slice(from) };
  };
  return [await run(portOf(today)), await run(portOf(leaner))];
}

const trace = "traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\r\n";
const get = (path: string, method = "GET", extra = "") => `${method} ${path} HTTP/1.1\r\nHost: caller\r\nConnection: close\r\n${trace}${extra}\r\n`;
const post = (path: string, body: Buffer, extra = "") =>
  Buffer.concat([Buffer.from(`POST ${path} HTTP/1.1\r\nHost: caller\r\nConnection: close\r\n${trace}Content-Type: application/octet-stream\r\nContent-Length: ${body.length}\r\n${extra}\r\n`, "latin1"), body]);
const chunkedPost = (path: string, pieces: Buffer[]) =>
  Buffer.concat([
    Buffer.from(`POST ${path} HTTP/1.1\r\nHost: caller\r\nConnection: close\r\n${trace}Transfer-Encoding: chunked\r\n\r\n`, "latin1"),
    ...pieces.flatMap((p) => [Buffer.from(`${p.length.toString(16)}\r\n`), p, Buffer.from("\r\n")]),
    Buffer.from("0\r\n\r\n"),
  ]);

describe("the lean client answers exactly as undici does", () => {
  it.each([
    ["a GET with a query and custom headers", get("/echo?a=1&b=two%20words", "GET", "X-Custom: kept\r\nX-Custom: twice\r\nAccept: */*\r\n")],
    ["a small POST", post("/echo", Buffer.from('{"n": 1}'))],
    ["an empty POST", post("/echo", Buffer.alloc(0))],
    ["a DELETE without a body", get("/echo", "DELETE")],
    ["a 60 KiB POST (buffered)", post("/echo", randomBytes(60 * 1024))],
    ["a 300 KiB POST (streamed with its length)", post("/echo", randomBytes(300 * 1024))],
    ["a chunked response written in small pieces, with an extension and trailers", get("/chunked")],
    ["a HEAD answered with a Content-Length and no body", get("/head", "HEAD")],
    ["a 204", get("/nocontent", "DELETE")],
    ["a 304", get("/notmodified")],
    ["a 103 before the answer", get("/interim")],
    ["a body delimited by the app closing", get("/until-close")],
    ["an answer with Connection: close", get("/close-after")],
    ["an answer written two bytes at a time", get("/dribble")],
    ["a 700 KiB answer", get("/large")],
  ])("%s", async (_name, request) => {
    const [a, b] = await both(request);
    expect(b.app.map((s) => s.head)).toEqual(a.app.map((s) => s.head));
    expect(b.app.map((s) => s.body.toString("base64"))).toEqual(a.app.map((s) => s.body.toString("base64")));
    expect(b.caller).toBe(a.caller);
    expect(b.caller).toMatch(/^HTTP\/1\.1 [1-5]\d\d /);
  });

  it("passes a body that arrives in many small TCP writes", async () => {
    const body = randomBytes(3000);
    const [a, b] = await both(post("/echo", body), 97);
    expect(b.app).toEqual(a.app);
    expect(b.caller).toBe(a.caller);
    expect(b.app[0]!.body.equals(body)).toBe(true);
  });

  it("streams a chunked request body (framing aside, the app sees the same)", async () => {
    const pieces = [randomBytes(1000), randomBytes(70 * 1024), randomBytes(10)];
    const [a, b] = await both(chunkedPost("/echo", pieces), 4096);
    const withoutFraming = (h: string) => h.replace(/\r\n(content-length|transfer-encoding): [^\r]*/gi, "");
    expect(withoutFraming(b.app[0]!.head)).toBe(withoutFraming(a.app[0]!.head));
    expect(b.app[0]!.head).toMatch(/\r\ntransfer-encoding: chunked\r\n/);
    expect(b.app[0]!.body.equals(Buffer.concat(pieces))).toBe(true);
    expect(b.caller).toBe(a.caller);
  });

  it("refuses a chunked request body over the limit with 413 ERR_BODY_TOO_LARGE", async () => {
    const [a, b] = await both(chunkedPost("/echo", [randomBytes(300 * 1024), randomBytes(300 * 1024)]), 65536);
    expect(b.caller).toMatch(/^HTTP\/1\.1 413 /);
    expect(b.caller).toContain("ERR_BODY_TOO_LARGE");
    expect(b.caller).toBe(a.caller);
  });

  it.each([
    ["the app closes mid-body", "/cut"],
    ["the app closes mid-chunk", "/cut-chunked"],
    ["a chunk size is not hex", "/bad-chunk"],
  ])("cuts the caller's answer short when %s", async (_name, path) => {
    const [a, b] = await both(get(path));
    expect(b.caller).toBe(a.caller);
    expect(b.caller).not.toContain("\r\n0\r\n\r\n");
    const [c, d] = await both(post("/echo", Buffer.from("still here")));
    expect(d.caller).toBe(c.caller);
    expect(d.caller).toContain("still here");
  });

  it.each(["/hangup", "/garbage", "/bad-length", "/two-lengths", "/length-and-chunked", "/folded", "/bad-header"])(
    "answers 500 ERR_DIRECT_INVOKE when the app answers %s, and keeps serving",
    async (path) => {
      const [a, b] = await both(get(path));
      for (const o of [a, b]) {
        expect(o.caller).toMatch(/^HTTP\/1\.1 500 /);
        expect(o.caller).toContain('"errorCode":"ERR_DIRECT_INVOKE"');
        expect(o.caller).toContain("failed to invoke, id: app, err: ");
      }
      const [c, d] = await both(post("/echo", Buffer.from("still here")));
      expect(d.caller).toBe(c.caller);
      expect(d.caller).toContain("still here");
    },
  );
});

describe("the lean client's lifecycle", () => {
  it.each([
    ["undici", () => today],
    ["lean", () => leaner],
  ])("drops the app's connection when the caller goes away (%s)", async (_name, server) => {
    const before = hung.length;
    const sock = connect({ port: portOf(server()), host: "127.0.0.1" });
    sock.on("error", () => undefined);
    sock.write(get("/never"));
    while (hung.length === before) await sleep(5);
    const appSide = hung.at(-1)!;
    const closed = new Promise<void>((r) => (appSide.destroyed ? r() : appSide.once("close", () => r())));
    sock.destroy();
    await closed;
    expect(appSide.destroyed).toBe(true);
  });

  it("close() lets the call under way finish, then refuses new ones", async () => {
    const pool = new Http1Pool("127.0.0.1", app.port, { connections: 4, keepAliveMs: 60_000 });
    const got: string[] = [];
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    const handler: RawDispatchHandler = {
      onConnect: () => undefined,
      onHeaders: (status) => (got.push(String(status)), true),
      onData: (c) => (got.push(c.toString()), true),
      onComplete: () => (got.push("complete"), done()),
      onError: (e) => (got.push(`error ${e.message}`), done()),
    };
    const seenBefore = app.seen.length;
    pool.dispatch({ method: "GET", path: "/later", headers: [], body: null }, handler);
    while (app.seen.length === seenBefore) await sleep(5);
    let closed = false;
    const closing = pool.close().then(() => (closed = true));
    await sleep(20);
    expect(closed).toBe(false);
    release();
    await finished;
    await closing;
    expect(got).toEqual(["200", "later", "complete"]);
    const refused = new Promise<string>((r) => pool.dispatch({ method: "GET", path: "/echo", headers: [], body: null }, { ...handler, onError: (e) => r(e.message) }));
    expect(await refused).toBe("The client is closed");
  });
});
