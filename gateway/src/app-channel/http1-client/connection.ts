/**
 * One keep-alive TCP connection to the app carrying one exchange at a time:
 * the request written (head and a buffered body in one write, a streamed
 * body chunk by chunk with back-pressure), the response parsed as it
 * arrives and handed to the handler (raw header slices, body chunks, pausing
 * the socket when the handler asks). Any failure ends the exchange with one
 * onError and the socket is destroyed; it goes back to its pool only after a
 * clean, keep-alive response to a fully written request.
 */
import { connect, type Socket } from "node:net";
import type { Readable } from "node:stream";
import { expectsPayload, headLines, wholeRequest } from "./request-head.js";
import { ResponseParseError, ResponseParser, type ResponseHead } from "./response-parser.js";

/** The handler interface of undici's dispatcher (the subset the relay uses). */
export interface ExchangeHandler {
  onConnect(abort: (err?: Error) => void): void;
  onHeaders(statusCode: number, headers: Buffer[], resume: () => void, statusText: string): boolean;
  onData(chunk: Buffer): boolean;
  onComplete(trailers: string[] | null): void;
  onError(err: Error): void;
}

export interface ExchangeRequest {
  readonly method: string;
  /** Path with query, starting with "/". */
  readonly path: string;
  /** [name, value, ...]; a content-length among them declares a streamed body's length. */
  readonly headers: readonly string[];
  readonly body: Uint8Array | Readable | null;
}

export interface ConnectionOwner {
  readonly host: string;
  readonly port: number;
  /** `host: <host>:<port>\r\n` */
  readonly hostLine: string;
  /** The connection is free for another exchange. */
  released(conn: Connection): void;
  /** The connection is gone (closed, failed or discarded). */
  closed(conn: Connection): void;
}

/** Like undici: a path with bytes outside 0x21-0xFF is refused before anything is sent. */
const invalidPath = /[^\u0021-\u00ff]/;

export class Connection {
  private readonly socket: Socket;
  private readonly parser: ResponseParser;
  private handler: ExchangeHandler | undefined;
  private body: Readable | undefined;
  /** The request (or its body) is still being written. */
  private writing = false;
  private reusable = false;
  private gone = false;
  private reported = false;
  /** The response ended during the current read; settled once the read is parsed. */
  private completed = false;
  /** When it went back to the pool (ms), for the keep-alive limit. */
  idleSince = 0;
  /** How long it may stay idle before it is not reused (ms). */
  keepAliveMs: number;

  constructor(
    private readonly owner: ConnectionOwner,
    keepAliveMs: number,
  ) {
    this.keepAliveMs = keepAliveMs;
    this.parser = new ResponseParser({
      onHead: (head) => this.onHead(head),
      onBody: (chunk) => this.onBody(chunk),
      onEnd: () => this.onEnd(),
    });
    this.socket = connect({ host: owner.host, port: owner.port, noDelay: true });
    this.socket.on("data", (buf: Buffer) => this.onSocketData(buf));
    this.socket.on("end", () => this.onSocketEnd());
    this.socket.on("error", (err) => this.fail(err));
    this.socket.on("close", () => this.onSocketClose());
  }

  /** Whether the app has closed or the connection failed. */
  get dead(): boolean {
    return this.gone || this.socket.destroyed || this.socket.readableEnded;
  }

  /** Runs one exchange on this (free) connection. */
  run(req: ExchangeRequest, handler: ExchangeHandler): void {
    this.handler = handler;
    this.reusable = true;
    handler.onConnect(this.abort);
    if (this.handler !== handler) return; // aborted at once
    if (invalidPath.test(req.path)) {
      this.fail(new Error("invalid request path"));
      return;
    }
    const head = req.method === "HEAD";
    // undici closes after HEAD (a misbehaving server may send a body) and says so.
    const { lines, declaredLength } = headLines(req.method, req.path, this.owner.hostLine, !head, req.headers);
    if (head) this.reusable = false;
    this.parser.expect(head);
    const body = req.body;
    if (body === null || body instanceof Uint8Array) {
      if (body !== null && body.length > 0 && !expectsPayload(req.method)) this.reusable = false;
      this.socket.write(wholeRequest(req.method, lines, body));
      return;
    }
    this.stream(req.method, lines, declaredLength, body);
  }

  /** Closes a free connection the pool has already let go of (not reported back). */
  retire(): void {
    this.gone = true;
    this.reported = true;
    this.socket.destroy();
  }

  /** Writes a streamed body: the head with the first chunk, chunked unless its length was declared. */
  private stream(method: string, lines: string, declaredLength: number, body: Readable): void {
    this.writing = true;
    this.body = body;
    let written = 0;
    const chunked = declaredLength < 0;
    const onData = (chunk: Buffer) => {
      if (chunk.length === 0 || this.body !== body) return;
      let ok: boolean;
      this.socket.cork();
      if (written === 0) {
        if (!expectsPayload(method)) this.reusable = false;
        this.socket.write(chunked ? `${lines}transfer-encoding: chunked\r\n` : `${lines}content-length: ${declaredLength}\r\n\r\n`, "latin1");
      }
      if (chunked) this.socket.write(`\r\n${chunk.length.toString(16)}\r\n`, "latin1");
      written += chunk.length;
      ok = this.socket.write(chunk);
      this.socket.uncork();
      if (!ok) body.pause();
    };
    const onDrain = () => {
      if (this.body === body) body.resume();
    };
    const onEnd = () => {
      if (this.body !== body) return;
      cleanup();
      if (written === 0) this.socket.write(expectsPayload(method) ? `${lines}content-length: 0\r\n\r\n` : `${lines}\r\n`, "latin1");
      else if (chunked) this.socket.write("\r\n0\r\n\r\n", "latin1");
      if (!chunked && written !== declaredLength) {
        this.fail(new Error("the request body does not match its Content-Length"));
        return;
      }
      this.writing = false;
    };
    const onError = (err: Error) => {
      if (this.body !== body) return;
      cleanup();
      this.fail(err);
    };
    const onClose = () => {
      // 'close' can come before 'error' for a broken stream: give it a turn.
      queueMicrotask(() => {
        if (this.body === body && !body.readableEnded) onError(new Error("request aborted"));
      });
    };
    const cleanup = () => {
      this.body = undefined;
      body.off("data", onData);
      body.off("end", onEnd);
      body.off("error", onError);
      body.off("close", onClose);
      this.socket.off("drain", onDrain);
    };
    body.on("data", onData);
    body.once("end", onEnd);
    body.on("error", onError);
    body.once("close", onClose);
    this.socket.on("drain", onDrain);
    body.resume();
  }

  private readonly abort = (err?: Error): void => {
    this.fail(err ?? new Error("request aborted"));
  };

  private readonly resume = (): void => {
    if (!this.gone) this.socket.resume();
  };

  private onSocketData(buf: Buffer): void {
    if (this.handler === undefined) {
      // Bytes while idle: nothing asked for them; the connection is not trustworthy any more.
      this.discard();
      return;
    }
    try {
      this.parser.execute(buf);
    } catch (e) {
      this.fail(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    // Only once the whole read is parsed: bytes after the response make the connection unusable.
    if (this.completed) {
      this.completed = false;
      this.settle();
    }
  }

  private onHead(head: ResponseHead): void {
    if (!head.keepAlive) this.reusable = false;
    if (head.keepAliveSeconds >= 0) {
      const ms = head.keepAliveSeconds * 1000 - 2000;
      if (ms <= 0) this.reusable = false;
      else this.keepAliveMs = Math.min(ms, 60_000);
    }
    if (this.handler!.onHeaders(head.status, head.headers, this.resume, head.statusText) === false) this.socket.pause();
    if (this.handler === undefined) this.parser.abandon();
  }

  private onBody(chunk: Buffer): void {
    const handler = this.handler;
    if (handler === undefined) return;
    if (handler.onData(chunk) === false) this.socket.pause();
  }

  private onEnd(): void {
    const handler = this.handler;
    if (handler === undefined) return;
    this.handler = undefined;
    if (this.writing) {
      // The app answered before taking the whole request: the rest cannot be sent on this connection.
      this.reusable = false;
      this.stopBody();
    }
    this.completed = true;
    handler.onComplete(null);
  }

  /** After a complete exchange: back to the pool, or closed. */
  private settle(): void {
    if (this.gone) return;
    if (this.reusable && !this.writing && !this.socket.readableEnded) {
      this.socket.resume();
      this.idleSince = performance.now();
      this.owner.released(this);
    } else this.discard();
  }

  private onSocketEnd(): void {
    if (this.handler === undefined) {
      this.discard();
      return;
    }
    try {
      this.parser.finish();
    } catch (e) {
      this.fail(e as ResponseParseError);
      return;
    }
    this.completed = false;
    this.discard();
  }

  private onSocketClose(): void {
    if (this.handler !== undefined) this.fail(new Error("other side closed"));
    this.discard();
  }

  /** Ends the exchange under way (if any) with `err` and drops the connection. */
  private fail(err: Error): void {
    const handler = this.handler;
    this.handler = undefined;
    this.parser.abandon();
    this.stopBody();
    this.discard();
    handler?.onError(err);
  }

  private stopBody(): void {
    const body = this.body;
    if (!body) return;
    this.body = undefined;
    this.writing = false;
    // Keep reading the caller's body (and drop it: the listeners ignore it now) so the caller's connection stays usable.
    body.resume();
  }

  private discard(): void {
    if (!this.gone) {
      this.gone = true;
      this.socket.destroy();
    }
    if (!this.reported) {
      this.reported = true;
      this.owner.closed(this);
    }
  }
}
