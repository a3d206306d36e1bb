/**
 * The client: the generated facade (client.state, client.pubsub, ...,
 * client.invoke) over one transport, plus the typed REST API
 * (client.rest). This module works in browsers and in Node: its transports
 * (Connect and gRPC-Web over fetch, REST over fetch) need nothing else. For
 * gRPC, and HTTP/2 transports, use "@pillion/sdk/node".
 */
import type { Interceptor, Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcWebTransport } from "@connectrpc/connect-web";
import { PillionFacade } from "./gen/facade.js";
import type { Invoker } from "./invoker.js";
import { createRestInvoker } from "./rest/rest-invoker.js";
import { createRestClient, type RestClient } from "./rest/rest-client.js";
import { createRpcInvoker } from "./rpc-invoker.js";

export type Protocol = "grpc" | "connect" | "grpc-web" | "rest";

export interface ClientOptions {
  /** How calls travel: "connect" (default in browsers), "grpc-web" or "rest" (Dapr's HTTP API). */
  readonly protocol?: Protocol;
  /** The sidecar's HTTP address (default: DAPR_HTTP_ENDPOINT, or http://127.0.0.1:$DAPR_HTTP_PORT, or :3500). */
  readonly baseUrl?: string;
  /** Sent as dapr-api-token with every call (default: DAPR_API_TOKEN). */
  readonly apiToken?: string;
  /**
   * Connect: protobuf binary (the default) or JSON. Service invocation data
   * travels in google.protobuf.Any without a type URL, which the protobuf
   * JSON mapping cannot carry, so invoke needs binary.
   */
  readonly useBinaryFormat?: boolean;
  /** A fetch implementation for the REST flavour and the fetch-based transports. */
  readonly fetch?: typeof globalThis.fetch;
  /** A transport of your own (any connect-es transport); protocol and baseUrl then only serve client.rest. */
  readonly transport?: Transport;
}

export class PillionClient extends PillionFacade {
  constructor(
    invoker: Invoker,
    /** Dapr's HTTP API, typed from the OpenAPI document: client.rest.GET("/v1.0/metadata"). */
    readonly rest: RestClient,
    /** The protocol the facade's calls use. */
    readonly protocol: Protocol,
  ) {
    super(invoker);
  }

  /** Resolves once the sidecar answers its outbound health probe (its components are ready); fails after `timeoutMs`. */
  async waitForSidecar(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.health.outbound({ timeoutMs: Math.max(1, Math.min(2_000, deadline - Date.now())) });
        return;
      } catch (e) {
        if (Date.now() >= deadline) throw e;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Reads an environment variable where there is one (Node, Deno, Bun); undefined in browsers. */
export function env(name: string): string | undefined {
  const p = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const v = p?.env?.[name];
  return v === "" ? undefined : v;
}

export function defaultHttpUrl(): string {
  return env("DAPR_HTTP_ENDPOINT") ?? `http://127.0.0.1:${env("DAPR_HTTP_PORT") ?? "3500"}`;
}

export function apiTokenInterceptor(token: string | undefined): Interceptor[] {
  if (!token) return [];
  return [
    (next) => (req) => {
      req.header.set("dapr-api-token", token);
      return next(req);
    },
  ];
}

/** A client over fetch-based transports: Connect, gRPC-Web or REST. */
export function createClient(opts: ClientOptions = {}): PillionClient {
  const protocol = opts.protocol ?? (opts.transport ? "connect" : "connect");
  const baseUrl = opts.baseUrl ?? defaultHttpUrl();
  const apiToken = opts.apiToken ?? env("DAPR_API_TOKEN");
  const rest = createRestClient({ baseUrl, apiToken, ...(opts.fetch && { fetch: opts.fetch }) });
  if (opts.transport) return new PillionClient(createRpcInvoker(opts.transport), rest, protocol);
  const common = { baseUrl, interceptors: apiTokenInterceptor(apiToken), ...(opts.fetch && { fetch: opts.fetch }) };
  switch (protocol) {
    case "rest":
      return new PillionClient(createRestInvoker(rest), rest, protocol);
    case "connect":
      return new PillionClient(createRpcInvoker(createConnectTransport({ ...common, useBinaryFormat: opts.useBinaryFormat ?? true })), rest, protocol);
    case "grpc-web":
      return new PillionClient(createRpcInvoker(createGrpcWebTransport(common)), rest, protocol);
    case "grpc":
      throw new TypeError('gRPC needs HTTP/2 from Node: import { createClient } from "@pillion/sdk/node"');
  }
}
