import { Readable } from "node:stream";
import type { Dispatcher, Pool } from "undici";
import type { IncomingHttpHeaders } from "undici/types/header.js";
import { appTokenHeader, withAppToken } from "./app-token.js";
import { ConcurrencyLimit } from "./concurrency.js";
import type { ExchangeRequest } from "./http1-client/connection.js";
import { undici } from "../util/undici.js";
import { Http1Pool } from "./http1-client/pool.js";

export interface HttpAppRequest {
  readonly method: string;
  /** Path with query, starting with "/". */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string | string[]>> | readonly string[];
  readonly body?: Uint8Array | string;
  readonly signal?: AbortSignal;
  /** Milliseconds before the call is abandoned; none by default. */
  readonly timeoutMs?: number;
}

export interface HttpAppResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Uint8Array;
}

/**
 * undici's core handler interface (raw header buffers, back-pressure by
 * returning false from onData). The invoke proxy streams through it without
 * parsing headers into objects.
 */
export type RawDispatchHandler = Required<Pick<Dispatcher.DispatchHandler, "onConnect" | "onHeaders" | "onData" | "onComplete" | "onError">>;

/**
 * The HTTP side of the app channel: pooled keep-alive connections to the
 * app, one parse and one write per call. Streamed calls (service invocation)
 * go through the lean HTTP/1.1 client (./http1-client), the other calls
 * through undici. Every call, buffered or streamed, counts against
 * --app-max-concurrency until its response ends. With an app token
 * (APP_API_TOKEN) every call carries it as `dapr-api-token` (./app-token.ts).
 */
export class HttpAppClient {
  private readonly pool: Pool;
  private readonly lean: Http1Pool;
  readonly limit: ConcurrencyLimit;
  private readonly token: string | undefined;

  constructor(
    readonly origin: string,
    opts: { maxConcurrency: number; apiToken?: string },
  ) {
    this.token = opts.apiToken;
    this.pool = new (undici().Pool)(origin, { connections: 128, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 0, bodyTimeout: 0 });
    const url = new URL(origin);
    const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
    this.lean = new Http1Pool(host, Number(url.port || 80), { connections: 128, keepAliveMs: 60_000 });
    this.limit = new ConcurrencyLimit(opts.maxConcurrency);
  }

  /** One call with the whole response body read. */
  request(req: HttpAppRequest): Promise<HttpAppResponse> {
    return this.limit.run(async () => {
      const signal = req.timeoutMs !== undefined ? anySignal(req.signal, AbortSignal.timeout(req.timeoutMs)) : req.signal;
      const res = await this.pool.request({
        method: req.method as "GET",
        path: req.path,
        headers: (this.token === undefined ? req.headers : withAppToken(req.headers, this.token)) as Record<string, string>,
        body: req.body ?? null,
        ...(signal && { signal }),
      });
      const body = new Uint8Array(await res.body.arrayBuffer());
      return { status: res.statusCode, headers: res.headers, body };
    });
  }

  /**
   * One streamed call: the handler sees raw response headers and body chunks
   * as they arrive. The concurrency slot is held until the response ends or
   * fails. A header list is the call's own: the app token is appended to it.
   */
  dispatch(opts: Dispatcher.DispatchOptions, handler: RawDispatchHandler): void {
    if (this.token !== undefined) {
      if (Array.isArray(opts.headers)) (opts.headers as string[]).push(appTokenHeader, this.token);
      else opts = { ...opts, headers: withAppToken((opts.headers ?? undefined) as Record<string, string> | undefined, this.token) };
    }
    const lean = leanRequest(opts);
    const send = lean ? (h: RawDispatchHandler) => this.lean.dispatch(lean, h) : (h: RawDispatchHandler) => this.pool.dispatch(opts, h);
    if (!this.limit.enabled) {
      send(handler);
      return;
    }
    const wait = this.limit.acquire();
    const limited = new ReleasingHandler(handler, this.limit);
    if (wait) void wait.then(() => send(limited));
    else send(limited);
  }

  async close(): Promise<void> {
    await Promise.all([this.lean.close(), this.pool.close()]);
  }
}

/** The call for the lean client, when it is of the kind it takes (header list; no body, bytes or a stream). */
function leanRequest(opts: Dispatcher.DispatchOptions): ExchangeRequest | undefined {
  if (opts.headers !== undefined && opts.headers !== null && !Array.isArray(opts.headers)) return undefined;
  const body = opts.body ?? null;
  if (body !== null && !(body instanceof Uint8Array) && !(body instanceof Readable) && typeof body !== "string") return undefined;
  return {
    method: opts.method,
    path: opts.path,
    headers: (opts.headers as string[] | undefined) ?? [],
    body: typeof body === "string" ? Buffer.from(body) : body,
  };
}

/** Gives the concurrency slot back exactly once, when the call ends either way. */
class ReleasingHandler implements RawDispatchHandler {
  private released = false;

  constructor(
    private readonly inner: RawDispatchHandler,
    private readonly limit: ConcurrencyLimit,
  ) {}

  onConnect(abort: (err?: Error) => void, context?: object): void {
    (this.inner.onConnect as (a: typeof abort, c?: object) => void)(abort, context);
  }

  onHeaders(statusCode: number, headers: Buffer[], resume: () => void, statusText: string): boolean {
    return this.inner.onHeaders(statusCode, headers, resume, statusText);
  }

  onData(chunk: Buffer): boolean {
    return this.inner.onData(chunk);
  }

  onComplete(trailers: string[] | null): void {
    this.release();
    this.inner.onComplete(trailers);
  }

  onError(err: Error): void {
    this.release();
    this.inner.onError(err);
  }

  private release(): void {
    if (this.released) return;
    this.released = true;
    this.limit.release();
  }
}

function anySignal(a: AbortSignal | undefined, b: AbortSignal): AbortSignal {
  return a ? AbortSignal.any([a, b]) : b;
}
