import { createClient, type Client } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { AppCallback, AppCallbackAlpha, AppCallbackHealthCheck } from "../gen/dapr/proto/runtime/v1/appcallback_pb.js";

/** The gRPC side of the app channel: typed clients for the app's AppCallback services over one HTTP/2 connection. */
export class GrpcAppClient {
  readonly callback: Client<typeof AppCallback>;
  readonly alpha: Client<typeof AppCallbackAlpha>;
  readonly health: Client<typeof AppCallbackHealthCheck>;

  constructor(readonly baseUrl: string) {
    const transport = createGrpcTransport({ baseUrl, pingIntervalMs: 30_000, idleConnectionTimeoutMs: 5 * 60_000 });
    this.callback = createClient(AppCallback, transport);
    this.alpha = createClient(AppCallbackAlpha, transport);
    this.health = createClient(AppCallbackHealthCheck, transport);
  }
}
