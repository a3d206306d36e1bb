import { Pool, type Dispatcher } from "undici";
import type { IncomingHttpHeaders } from "undici/types/header.js";
import { ConcurrencyLimit } from "./concurrency.js";

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
 * The HTTP side of the app channel: pooled keep-alive connections (undici)
 * to the app, one parse and one write per call. Every call, buffered or
 * streamed, counts against --app-max-concurrency until its response ends.
 */
export class HttpAppClient {
  private readonly pool: Pool;
  readonly limit: ConcurrencyLimit;

  constructor(
    readonly origin: string,
    opts: { maxConcurrency: number },
  ) {
    this.pool = new Pool(origin, { connections: 128, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 0, bodyTimeout: 0 });
    this.limit = new ConcurrencyLimit(opts.maxConcurrency);
  }

  /** One call with the whole response body read. */
  request(req: HttpAppRequest): Promise<HttpAppResponse> {
    return this.limit.run(async () => {
      const signal = req.timeoutMs !== undefined ? anySignal(req.signal, AbortSignal.timeout(req.timeoutMs)) : req.signal;
      const res = await this.pool.request({
        method: req.method as "GET",
        path: req.path,
        headers: req.headers as Record<string, string>,
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
   * fails.
   */
  dispatch(opts: Dispatcher.DispatchOptions, handler: RawDispatchHandler): void {
    if (!this.limit.enabled) {
      this.pool.dispatch(opts, handler);
      return;
    }
    const wait = this.limit.acquire();
    const limited = new ReleasingHandler(handler, this.limit);
    if (wait) void wait.then(() => this.pool.dispatch(opts, limited));
    else this.pool.dispatch(opts, limited);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
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
