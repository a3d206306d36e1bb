/**
 * The app's API token (env APP_API_TOKEN), which the sidecar sends to the app
 * as `dapr-api-token` so the app can tell the calls come from its sidecar.
 * As daprd 1.18 does:
 *
 * - HTTP app: on every call through the app channel (invocation, pub/sub
 *   delivery, bindings input and their OPTIONS probe, /dapr/subscribe, job
 *   triggers, configuration updates), set over whatever the call carried.
 * - gRPC app: on OnInvoke, OnTopicEvent, OnBulkTopicEvent(Alpha1),
 *   OnBindingEvent, OnJobEvent(Alpha1) and proxied calls to the app; not on
 *   ListTopicSubscriptions, ListInputBindings and the health check, which
 *   daprd sends with no token.
 */
import { apiTokenHeader } from "../server/auth.js";

export { apiTokenHeader as appTokenHeader };

/** AppCallback methods daprd calls without the app token (paths as on the wire). */
export const tokenlessGrpcPaths: ReadonlySet<string> = new Set([
  "/dapr.proto.runtime.v1.AppCallback/ListTopicSubscriptions",
  "/dapr.proto.runtime.v1.AppCallback/ListInputBindings",
  "/dapr.proto.runtime.v1.AppCallbackHealthCheck/HealthCheck",
]);

/**
 * Headers for an HTTP call to the app with the token set: a header record is
 * copied with the token over any `dapr-api-token` it had (records are keyed
 * in lower case); a header list (built per call, and never carrying the
 * caller's token: the invocation header mapping drops it) gets it appended.
 */
export function withAppToken<H extends Readonly<Record<string, string | string[]>> | readonly string[]>(headers: H | undefined, token: string): H {
  if (headers === undefined) return { [apiTokenHeader]: token } as unknown as H;
  if (Array.isArray(headers)) return [...(headers as readonly string[]), apiTokenHeader, token] as unknown as H;
  return { ...(headers as Readonly<Record<string, string | string[]>>), [apiTokenHeader]: token } as unknown as H;
}
