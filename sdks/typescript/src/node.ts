/**
 * @pillion/sdk/node: everything of "@pillion/sdk", plus gRPC and the
 * HTTP/2 transports of connect-node, and the app side (PillionApp) that
 * receives pub/sub events, service invocations and due jobs over HTTP or gRPC.
 */
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";
import { apiTokenInterceptor, defaultHttpUrl, env, PillionClient, type ClientOptions as FetchClientOptions, type Protocol } from "./client.js";
import { createRestClient } from "./rest/rest-client.js";
import { createRestInvoker } from "./rest/rest-invoker.js";
import { createRpcInvoker } from "./rpc-invoker.js";

export * from "./index.js";
export {
  PillionApp,
  type AppListener,
  type InvocationHandler,
  type InvocationRequest,
  type JobEvent,
  type JobHandler,
  type SubscribeOptions,
  type TopicEvent,
  type TopicHandler,
  type TopicStatus,
} from "./app/app.js";

export interface NodeClientOptions extends Omit<FetchClientOptions, "fetch"> {
  /** "grpc" (default), "connect", "grpc-web" or "rest". */
  readonly protocol?: Protocol;
  /** The sidecar's gRPC address (default: DAPR_GRPC_ENDPOINT, or http://127.0.0.1:$DAPR_GRPC_PORT, or :50001). */
  readonly grpcUrl?: string;
  /** Connect and gRPC-Web: HTTP/1.1 to the HTTP port (default), or "2" to the gRPC port. */
  readonly httpVersion?: "1.1" | "2";
}

/** A client from Node: gRPC by default, with the sidecar's address and API token from the environment as Dapr's SDKs read them. */
export function createClient(opts: NodeClientOptions = {}): PillionClient {
  const protocol = opts.protocol ?? "grpc";
  const httpUrl = opts.baseUrl ?? defaultHttpUrl();
  const grpcUrl = opts.grpcUrl ?? env("DAPR_GRPC_ENDPOINT") ?? `http://127.0.0.1:${env("DAPR_GRPC_PORT") ?? "50001"}`;
  const apiToken = opts.apiToken ?? env("DAPR_API_TOKEN");
  const rest = createRestClient({ baseUrl: httpUrl, apiToken });
  if (opts.transport) return new PillionClient(createRpcInvoker(opts.transport), rest, protocol);
  const interceptors = apiTokenInterceptor(apiToken);
  const h2 = opts.httpVersion === "2";
  const baseUrl = h2 ? grpcUrl : httpUrl;
  switch (protocol) {
    case "grpc":
      return new PillionClient(createRpcInvoker(createGrpcTransport({ baseUrl: grpcUrl, interceptors })), rest, protocol);
    case "connect":
      return new PillionClient(
        createRpcInvoker(createConnectTransport({ baseUrl, httpVersion: h2 ? "2" : "1.1", useBinaryFormat: opts.useBinaryFormat ?? true, interceptors })),
        rest,
        protocol,
      );
    case "grpc-web":
      return new PillionClient(createRpcInvoker(createGrpcWebTransport({ baseUrl, httpVersion: h2 ? "2" : "1.1", interceptors })), rest, protocol);
    case "rest":
      return new PillionClient(createRestInvoker(rest), rest, protocol);
  }
}
