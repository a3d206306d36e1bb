import { createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { createGrpcTransport, Http2SessionManager } from "@connectrpc/connect-node";
import { AppCallback, AppCallbackAlpha, AppCallbackHealthCheck } from "../gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { appTokenHeader } from "./app-token.js";
import { ConcurrencyLimit } from "./concurrency.js";
import { createUnaryHttp2Transport } from "./grpc-unary-transport.js";

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

  constructor(
    readonly baseUrl: string,
    opts: { maxConcurrency?: number; apiToken?: string } = {},
  ) {
    this.limit = new ConcurrencyLimit(opts.maxConcurrency ?? -1);
    const interceptors = this.limit.enabled ? [limitInterceptor(this.limit)] : [];
    const token = opts.apiToken;
    // One HTTP/2 connection: unary calls go straight over node:http2, streaming calls through connect-node.
    const sessions = new Http2SessionManager(baseUrl, { pingIntervalMs: 30_000, idleConnectionTimeoutMs: 5 * 60_000 });
    const transport = (this.transport = createUnaryHttp2Transport({
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
