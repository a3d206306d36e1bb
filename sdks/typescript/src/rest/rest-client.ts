/**
 * The REST flavour's HTTP client: openapi-fetch typed by the OpenAPI
 * document's paths (gen/openapi.ts, by openapi-typescript), for calling any
 * route of Dapr's HTTP API with checked paths, parameters and bodies. The
 * facade's REST invoker sends through the same client.
 */
import createOpenApiClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "../gen/openapi.js";

export type RestClient = Client<paths>;
export type { paths as RestPaths };

export interface RestClientOptions {
  /** The sidecar's HTTP address, e.g. "http://127.0.0.1:3500". */
  readonly baseUrl: string;
  /** Sent as dapr-api-token with every call. */
  readonly apiToken?: string | undefined;
  /** A fetch implementation (default: the global one). */
  readonly fetch?: ClientOptions["fetch"];
  readonly headers?: Record<string, string>;
}

export function createRestClient(opts: RestClientOptions): RestClient {
  return createOpenApiClient<paths>({
    baseUrl: opts.baseUrl,
    ...(opts.fetch && { fetch: opts.fetch }),
    headers: { ...opts.headers, ...(opts.apiToken && { "dapr-api-token": opts.apiToken }) },
  });
}
