/**
 * The byte path of HTTP service invocation: the caller's body goes to the app
 * (or the next sidecar) and the answer comes back, each written once.
 *
 * Request bodies: none when the caller sent none; read into one buffer when
 * small and of known length (one write to the app); otherwise streamed, with
 * --max-body-size enforced up front from Content-Length or while streaming a
 * chunked body. Responses are streamed back chunk by chunk with back-pressure,
 * status and headers (minus hop-by-hop) as the app sent them.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { Dispatcher } from "undici";
import type { RawDispatchHandler } from "../../app-channel/http-app-client.js";
import * as errors from "../../errors/catalog.js";
import { DaprError } from "../../errors/dapr-error.js";
import { httpResponseHeadersFromApp } from "../../services/invoke/header-mapping.js";
import { respondWithError } from "./respond.js";

/** Bodies up to this size (with a Content-Length) are buffered, larger ones streamed. */
const bufferLimit = 64 * 1024;

export interface PreparedBody {
  /** null when the caller sent no body. */
  readonly body: Dispatcher.DispatchOptions["body"];
  /** The body is streamed with its declared Content-Length (keep that header). */
  readonly streamedWithLength: boolean;
  /** The body can be sent again (for a retry). */
  readonly replayable: boolean;
}

const noBody: PreparedBody = Object.freeze({ body: null, streamedWithLength: false, replayable: true });

/** Prepares the caller's body for the app; throws 413 ERR_BODY_TOO_LARGE before reading when it is declared too large. */
export async function prepareBody(req: IncomingMessage, limit: number): Promise<PreparedBody> {
  const declared = req.headers["content-length"];
  if (declared === undefined) {
    if (req.headers["transfer-encoding"] === undefined) return noBody;
    return { body: limitedStream(req, limit), streamedWithLength: false, replayable: false };
  }
  const size = Number(declared);
  if (size > limit) {
    req.resume();
    throw errors.bodyTooLarge(limit);
  }
  if (size === 0) return { body: emptyBuffer, streamedWithLength: false, replayable: true };
  if (size <= bufferLimit) return { body: await readDeclared(req, size), streamedWithLength: false, replayable: true };
  return { body: req, streamedWithLength: true, replayable: false };
}

const emptyBuffer = Buffer.alloc(0);

/** Reads a body of known (small) length into one buffer of that size, without an async iterator. */
function readDeclared(req: IncomingMessage, size: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    let first: Buffer | undefined;
    let into: Buffer | undefined;
    let got = 0;
    req.on("data", (chunk: Buffer) => {
      if (got + chunk.length > size) {
        reject(errors.bodyRead(new Error("the body is longer than its Content-Length")));
        req.destroy();
        return;
      }
      if (got === 0 && chunk.length === size) first = chunk; // the common case: one chunk, no copy
      else {
        if (!into) {
          into = Buffer.allocUnsafe(size);
          if (first) first.copy(into);
        }
        chunk.copy(into, got);
      }
      got += chunk.length;
    });
    req.once("end", () => (got === size ? resolve(into ?? first ?? emptyBuffer) : reject(errors.bodyRead(new Error("the body ended before its Content-Length")))));
    req.once("error", (e) => reject(errors.bodyRead(e)));
  });
}

/**
 * A chunked body as a stream that fails with 413 once it passes the limit.
 * The caller's request keeps being read (and dropped) after that, so its
 * keep-alive connection stays usable for the next request.
 */
function limitedStream(req: IncomingMessage, limit: number): Readable {
  let size = 0;
  let over = false;
  const out = new Readable({ read: () => req.resume() });
  req.on("data", (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > limit) {
      over = true;
      req.resume();
      out.destroy(errors.bodyTooLarge(limit));
      return;
    }
    if (!out.push(chunk)) req.pause();
  });
  req.once("end", () => over || out.push(null));
  req.once("error", (e) => over || out.destroy(errors.bodyRead(e)));
  return out;
}

/**
 * The whole body in one buffer, up to `limit` bytes (413 beyond, after which
 * the rest is read and dropped so the connection stays usable).
 */
export function readWholeBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = req.headers["content-length"];
  if (declared !== undefined) {
    const size = Number(declared);
    if (size > limit) {
      req.resume();
      return Promise.reject(errors.bodyTooLarge(limit));
    }
    if (size === 0) return Promise.resolve(emptyBuffer);
    return readDeclared(req, size);
  }
  if (req.headers["transfer-encoding"] === undefined) return Promise.resolve(emptyBuffer);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        reject(errors.bodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => over || resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.once("error", (e) => over || reject(errors.bodyRead(e)));
  });
}

/**
 * Streams the upstream answer to the caller. Resolves when the exchange is
 * over either way; errors before the first byte become an ERR_DIRECT_INVOKE
 * answer (or a retry, when `retry` is given and the connection was refused).
 */
export class Relay implements RawDispatchHandler {
  private abortUpstream?: (err?: Error) => void;
  /** The body length the upstream declared, -1 when unknown (chunked). */
  private declared = -1;
  private started = false;
  private ended = false;
  private resumeUpstream?: () => void;
  private readonly onDrain = () => this.resumeUpstream?.();
  private done!: () => void;
  readonly finished: Promise<void>;

  constructor(
    private readonly res: ServerResponse,
    private readonly targetId: string,
    private readonly retry?: (err: Error) => boolean,
  ) {
    this.finished = new Promise<void>((resolve) => (this.done = resolve));
    res.once("close", () => {
      if (!res.writableFinished) this.abortUpstream?.(new Error("the caller went away"));
    });
  }

  onConnect(abort: (err?: Error) => void): void {
    this.abortUpstream = abort;
    if (this.res.destroyed) abort(new Error("the caller went away"));
  }

  onHeaders(statusCode: number, headers: Buffer[], resume: () => void): boolean {
    if (statusCode < 200) return true; // 1xx informational answers stay on this hop
    this.resumeUpstream = resume;
    const forward = httpResponseHeadersFromApp(headers);
    this.declared = contentLength(forward);
    this.res.writeHead(statusCode, forward);
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (!this.started) {
      this.started = true;
      if (this.declared === chunk.length) {
        // The whole body in one chunk: end() sends headers and body in one write.
        this.ended = true;
        this.res.end(chunk);
        return true;
      }
    }
    if (this.res.write(chunk)) return true;
    this.res.once("drain", this.onDrain);
    return false;
  }

  onComplete(): void {
    if (!this.ended) this.res.end();
    this.done();
  }

  onError(err: Error): void {
    if (!this.res.headersSent && !this.res.destroyed) {
      if (this.retry?.(err)) return;
      respondWithError(this.res, err instanceof DaprError ? err : errors.directInvoke(this.targetId, describe(err)));
    } else if (!this.res.writableFinished) {
      this.res.destroy(err);
    }
    this.done();
  }
}

/** The Content-Length in a flat header list, or -1. */
function contentLength(headers: readonly string[]): number {
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i]!;
    if (name.length === 14 && name.toLowerCase() === "content-length") {
      const n = Number(headers[i + 1]);
      return Number.isSafeInteger(n) && n >= 0 ? n : -1;
    }
  }
  return -1;
}

/** Whether the upstream refused the connection (nothing was sent, the call can be retried elsewhere). */
export function connectionRefused(err: Error): boolean {
  return (err as NodeJS.ErrnoException).code === "ECONNREFUSED" || (err.cause as NodeJS.ErrnoException | undefined)?.code === "ECONNREFUSED";
}

/** undici's errors name the socket error in `code`; put it into the message too. */
function describe(err: Error): Error {
  const code = (err as NodeJS.ErrnoException).code;
  if (code && !err.message.includes(code)) return new Error(`${err.message} (${code})`, { cause: err });
  return err;
}
