import type { OutgoingHttpHeaders } from "node:http2";
import { createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { createGrpcTransport, Http2SessionManager } from "@connectrpc/connect-node";
import { AppCallback, AppCallbackAlpha, AppCallbackHealthCheck } from "../gen/dapr/proto/runtime/v1/appcallback_pb.js";
import type { AbortWatch } from "../util/abort-watch.js";
import { appTokenHeader } from "./app-token.js";
import { ConcurrencyLimit } from "./concurrency.js";
import { createUnaryHttp2Transport, type RawUnaryAnswer, type UnaryHttp2Transport } from "./grpc-unary-transport.js";

export interface RawCallOptions {
  /** gRPC metadata for the app: lower-case names, no pseudo-headers. */
  readonly metadata: OutgoingHttpHeaders;
  /** An AbortSignal, or a call's cancellation (the deadline is timeoutMs). */
  readonly signal?: AbortWatch;
  readonly timeoutMs?: number;
}

/**
 * The gRPC side of the app channel: typed clients for the app's AppCallback
 * services over one HTTP/2 connection. Every call counts against
 * --app-max-concurrency (a streaming call until its response starts). With
 * an app token (APP_API_TOKEN) the calls carry it as `dapr-api-token`, as
 * daprd sends it (./app-token.ts).
 */
export class GrpcAppClient {
  readonly callback: Client<typeof AppCallback>;
  readonly alpha: Client<typeof AppCallbackAlpha>;
  readonly health: Client<typeof AppCallbackHealthCheck>;
  readonly limit: ConcurrencyLimit;
  /** The connection to the app, for clients of the app's own services (user-defined services routed to it). */
  readonly transport: Transport;
  private readonly unary: UnaryHttp2Transport;

  constructor(
    readonly baseUrl: string,
    opts: { maxConcurrency?: number; apiToken?: string } = {},
  ) {
    this.limit = new ConcurrencyLimit(opts.maxConcurrency ?? -1);
    const interceptors = this.limit.enabled ? [limitInterceptor(this.limit)] : [];
    const token = opts.apiToken;
    // One HTTP/2 connection: unary calls go straight over node:http2, streaming calls through connect-node.
    const sessions = new Http2SessionManager(baseUrl, { pingIntervalMs: 30_000, idleConnectionTimeoutMs: 5 * 60_000 });
    const transport = (this.transport = this.unary = createUnaryHttp2Transport({
      baseUrl,
      sessions,
      streaming: createGrpcTransport({ baseUrl, sessionManager: sessions, interceptors: token === undefined ? interceptors : [...interceptors, tokenInterceptor(token)] }),
      interceptors,
      ...(token !== undefined && { apiToken: token }),
    }));
    this.callback = createClient(AppCallback, transport);
    this.alpha = createClient(AppCallbackAlpha, transport);
    this.health = createClient(AppCallbackHealthCheck, transport);
  }

  /**
   * AppCallback.OnInvoke with the common.v1.InvokeRequest already encoded,
   * answering the app's common.v1.InvokeResponse as it came (framed): what
   * callback.onInvoke does, without encoding and re-encoding the messages.
   */
  onInvokeRaw(request: Uint8Array, opts: RawCallOptions): Promise<RawUnaryAnswer> {
    return this.unary.unaryRaw(AppCallback.method.onInvoke, opts.signal, opts.timeoutMs, opts.metadata, request);
  }
}

/** The app token on streaming calls (the unary transport sets it itself, without an interceptor). */
function tokenInterceptor(token: string): Interceptor {
  return (next) => (req) => {
    req.header.set(appTokenHeader, token);
    return next(req);
  };
}

function limitInterceptor(limit: ConcurrencyLimit): Interceptor {
  return (next) => async (req) => {
    const wait = limit.acquire();
    if (wait) await wait;
    try {
      return await next(req);
    } finally {
      limit.release();
    }
  };
}
