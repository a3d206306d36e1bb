/**
 * @pillion/sdk: a client for the pillion (and Dapr) sidecar, generated from
 * the sidecar's protos. This entry point works in browsers and in Node;
 * "@pillion/sdk/node" adds gRPC and the app side (receiving events and
 * invocations).
 */
export { createClient, PillionClient, type ClientOptions, type Protocol } from "./client.js";
export { Code, PillionError, codeFromHttpStatus } from "./errors.js";
export type { CallOptions, Invoker } from "./invoker.js";
export { createRpcInvoker } from "./rpc-invoker.js";
export { createRestInvoker } from "./rest/rest-invoker.js";
export { createRestClient, type RestClient, type RestClientOptions, type RestPaths } from "./rest/rest-client.js";
export { decodeValue, encodeValue } from "./shaping.js";
export * from "./gen/facade.js";
export type { components as RestComponents, operations as RestOperations } from "./gen/openapi.js";
