import { describe, expect, it } from "vitest";
import { ResponseParseError, ResponseParser, type ResponseHead } from "./response-parser.js";

interface Parsed {
  head?: { status: number; statusText: string; headers: string[]; keepAlive: boolean; keepAliveSeconds: number };
  body: string;
  ended: boolean;
}

/** Feeds `pieces` to a fresh parser; returns what it reported. */
function parse(pieces: (string | Buffer)[], opts: { noBody?: boolean; finish?: boolean } = {}): Parsed {
  const out: Parsed = { body: "", ended: false };
  const parser = new ResponseParser({
    onHead: (h: ResponseHead) => {
      out.head = { status: h.status, statusText: h.statusText, headers: h.headers.map((b) => b.toString("latin1")), keepAlive: h.keepAlive, keepAliveSeconds: h.keepAliveSeconds };
    },
    onBody: (c) => (out.body += c.toString("latin1")),
    onEnd: () => (out.ended = true),
  });
  parser.expect(opts.noBody ?? false);
  for (const p of pieces) parser.execute(typeof p === "string" ? Buffer.from(p, "latin1") : p);
  if (opts.finish) parser.finish();
  return out;
}

/** Every way of cutting `text` in two. */
function everySplit(text: string): string[][] {
  const out: string[][] = [];
  for (let i = 1; i < text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
  return out;
}

const chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A:  spaced value \t\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\nTrailer-A: 1\r\n\r\n";

describe("ResponseParser", () => {
  it("reads a chunked answer the same however the bytes are split", () => {
    const whole = parse([chunked]);
    expect(whole).toEqual({
      head: { status: 200, statusText: "OK", headers: ["Transfer-Encoding", "chunked", "X-A", "spaced value"], keepAlive: true, keepAliveSeconds: -1 },
      body: "hello world",
      ended: true,
    });
    for (const pieces of everySplit(chunked)) expect(parse(pieces)).toEqual(whole);
    expect(parse(chunked.split(""))).toEqual(whole);
  });

  it("reads a Content-Length body split anywhere, and nothing after HEAD, 204 and 304", () => {
    const text = "HTTP/1.1 201 Created\r\nContent-Length: 3\r\nKeep-Alive: timeout=5\r\n\r\nabc";
    for (const pieces of everySplit(text)) expect(parse(pieces)).toMatchObject({ body: "abc", ended: true, head: { status: 201, keepAliveSeconds: 5 } });
    expect(parse(["HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n"], { noBody: true })).toMatchObject({ body: "", ended: true });
    expect(parse(["HTTP/1.1 204 No Content\r\nContent-Length: 3\r\n\r\n"])).toMatchObject({ body: "", ended: true });
    expect(parse(["HTTP/1.1 304 Not Modified\r\n\r\n"])).toMatchObject({ body: "", ended: true });
  });

  it("skips 1xx answers, reads a close-delimited body until finish(), and honours Connection", () => {
    expect(parse(["HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz"])).toMatchObject({ head: { status: 200 }, body: "z", ended: true });
    const untilClose = parse(["HTTP/1.1 200 OK\r\n\r\nsome", " more"]);
    expect(untilClose).toMatchObject({ body: "some more", ended: false, head: { keepAlive: false } });
    expect(parse(["HTTP/1.1 200 OK\r\n\r\nall"], { finish: true })).toMatchObject({ body: "all", ended: true });
    expect(parse(["HTTP/1.1 200\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"]).head).toMatchObject({ statusText: "", keepAlive: false });
    expect(parse(["HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"]).head!.keepAlive).toBe(false);
    expect(parse(["HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n"]).head!.keepAlive).toBe(true);
  });

  it.each([
    ["not HTTP", "SPDY/3 200 OK\r\n\r\n"],
    ["HTTP/2 status line", "HTTP/2 200 OK\r\n\r\n"],
    ["a short status code", "HTTP/1.1 20 OK\r\n\r\n"],
    ["obs-fold", "HTTP/1.1 200 OK\r\nX-A: a\r\n b\r\nContent-Length: 0\r\n\r\n"],
    ["a space before the colon", "HTTP/1.1 200 OK\r\nX-A : a\r\n\r\n"],
    ["a bare LF", "HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n"],
    ["a bare LF in a value", "HTTP/1.1 200 OK\r\nX-A: a\nb\r\n\r\n"],
    ["a NUL in a value", "HTTP/1.1 200 OK\r\nX-A: a\0b\r\n\r\n"],
    ["a duplicate Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx"],
    ["a Content-Length list", "HTTP/1.1 200 OK\r\nContent-Length: 1, 1\r\n\r\nx"],
    ["a signed Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: +1\r\n\r\nx"],
    ["Content-Length with chunked", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"],
    ["another coding", "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"],
    ["two Transfer-Encodings", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"],
    ["an upgrade", "HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n"],
    ["a chunk size that is not hex", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"],
    ["a chunk longer than its size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n"],
    ["a huge chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffff\r\n"],
    ["bytes after the response", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxy"],
  ])("refuses %s", (_name, text) => {
    expect(() => parse([text])).toThrow(ResponseParseError);
  });

  it("refuses a head over the limit, in one piece or many", () => {
    const big = `HTTP/1.1 200 OK\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`;
    expect(() => parse([big])).toThrow(/head too large/);
    expect(() => parse(big.match(/.{1,1000}/gs)!)).toThrow(/head too large/);
  });

  it("finish() fails a response cut short, or none at all", () => {
    expect(() => parse([], { finish: true })).toThrow(/without answering/);
    expect(() => parse(["HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab"], { finish: true })).toThrow(/before the response ended/);
    expect(() => parse(["HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"], { finish: true })).toThrow(/before the response ended/);
  });
});
