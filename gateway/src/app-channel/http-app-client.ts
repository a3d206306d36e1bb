import { Pool } from "undici";
import type { IncomingHttpHeaders } from "undici/types/header.js";
import { ConcurrencyLimit } from "./concurrency.js";

export interface HttpAppRequest {
  readonly method: string;
  /** Path with query, starting with "/". */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string | string[]>>;
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
 * The HTTP side of the app channel: pooled keep-alive connections (undici)
 * to the app, one parse and one write per call.
 */
export class HttpAppClient {
  private readonly pool: Pool;
  private readonly limit: ConcurrencyLimit;

  constructor(
    readonly origin: string,
    opts: { maxConcurrency: number },
  ) {
    this.pool = new Pool(origin, { connections: 128, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 0, bodyTimeout: 0 });
    this.limit = new ConcurrencyLimit(opts.maxConcurrency);
  }

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

  async close(): Promise<void> {
    await this.pool.close();
  }
}

function anySignal(a: AbortSignal | undefined, b: AbortSignal): AbortSignal {
  return a ? AbortSignal.any([a, b]) : b;
}
