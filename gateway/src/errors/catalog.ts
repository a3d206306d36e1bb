/**
 * Every error the runtime answers with, in one place: Dapr's error code, HTTP
 * status, gRPC code and (for Dapr's standardized errors) the ErrorInfo reason.
 * Building blocks throw these; protocol adapters only translate them.
 */
import { Code } from "@connectrpc/connect";
import { DaprError, causeText, type ResourceInfo } from "./dapr-error.js";

const appMeta = (appId: string | undefined) => (appId ? { appID: appId } : undefined);
const resource = (type: string, name: string): ResourceInfo => ({ resourceType: type, resourceName: name });

// ---- common -------------------------------------------------------------

export const apiUnimplemented = (rpc: string) =>
  new DaprError({
    errorCode: "ERR_API_UNIMPLEMENTED",
    message: `${rpc} is not implemented by pillion yet`,
    httpStatus: 501,
    grpcCode: Code.Unimplemented,
  });

export const malformedRequest = (detail: string) =>
  new DaprError({
    errorCode: "ERR_MALFORMED_REQUEST",
    message: `failed deserializing HTTP body: ${detail}`,
    httpStatus: 400,
    grpcCode: Code.InvalidArgument,
  });

export const badRequest = (detail: string) =>
  new DaprError({ errorCode: "ERR_BAD_REQUEST", message: `invalid request: ${detail}`, httpStatus: 400, grpcCode: Code.InvalidArgument });

export const bodyTooLarge = (limit: number) =>
  new DaprError({
    errorCode: "ERR_BODY_TOO_LARGE",
    message: `the request body is larger than the limit of ${limit} bytes (set --max-body-size to raise it)`,
    httpStatus: 413,
    grpcCode: Code.ResourceExhausted,
  });

export const bodyRead = (err: unknown) =>
  new DaprError({ errorCode: "ERR_BODY_READ", message: `failed to read request body: ${causeText(err)}`, httpStatus: 400, grpcCode: Code.InvalidArgument });

export const notFoundRoute = (method: string, path: string) =>
  new DaprError({ errorCode: "ERR_NOT_FOUND", message: `no route for ${method} ${path}`, httpStatus: 404, grpcCode: Code.NotFound });

export const methodNotAllowed = (method: string, path: string) =>
  new DaprError({ errorCode: "ERR_METHOD_NOT_ALLOWED", message: `${method} is not allowed on ${path}`, httpStatus: 405, grpcCode: Code.Unimplemented });

/**
 * A missing or wrong dapr-api-token on gRPC / Connect, as daprd answers it: the
 * status built from HTTP 401 (message "Unauthorized", ErrorInfo reason
 * "Unauthorized" with http.code / http.error_message). REST answers the
 * plain-text "invalid api token" instead (server/http-server.ts).
 */
export const unauthenticated = (token: "missing" | "mismatch") =>
  new DaprError({
    errorCode: "ERR_UNAUTHENTICATED",
    message: "Unauthorized",
    httpStatus: 401,
    grpcCode: Code.Unauthenticated,
    reason: "Unauthorized",
    metadata: { "http.code": "401", "http.error_message": token === "missing" ? "missing api token in request metadata" : "authentication error: api token mismatch" },
  });

export const internal = (err: unknown) =>
  new DaprError({ errorCode: "ERR_INTERNAL", message: `internal error: ${causeText(err)}`, httpStatus: 500, grpcCode: Code.Internal, cause: err });

export const shuttingDown = () =>
  new DaprError({ errorCode: "ERR_INTERNAL", message: "the sidecar is shutting down", httpStatus: 503, grpcCode: Code.Unavailable });

// ---- health ---------------------------------------------------------------

export const healthNotReady = (detail: string) =>
  new DaprError({ errorCode: "ERR_HEALTH_NOT_READY", message: `dapr is not ready: ${detail}`, httpStatus: 500, grpcCode: Code.Internal });

export const outboundHealthNotReady = () =>
  new DaprError({ errorCode: "ERR_OUTBOUND_HEALTH_NOT_READY", message: "dapr outbound is not ready", httpStatus: 500, grpcCode: Code.Internal });

export const healthAppIdNotMatch = () =>
  new DaprError({ errorCode: "ERR_HEALTH_APPID_NOT_MATCH", message: "dapr app-id does not match", httpStatus: 500, grpcCode: Code.Internal });

// ---- state ----------------------------------------------------------------

export const stateStoreNotFound = (name: string, appId?: string) =>
  new DaprError({
    errorCode: "ERR_STATE_STORE_NOT_FOUND",
    message: `state store ${name} is not found`,
    httpStatus: 400,
    grpcCode: Code.InvalidArgument,
    reason: "DAPR_STATE_NOT_FOUND",
    ...(appId && { metadata: appMeta(appId)! }),
  });

export const stateStoreNotConfigured = (name: string, appId?: string) =>
  new DaprError({
    errorCode: "ERR_STATE_STORE_NOT_CONFIGURED",
    message: `state store ${name} is not configured`,
    httpStatus: 500,
    grpcCode: Code.FailedPrecondition,
    reason: "DAPR_STATE_NOT_CONFIGURED",
    ...(appId && { metadata: appMeta(appId)! }),
  });

export const stateIllegalKey = (store: string, key: string, detail: string) =>
  new DaprError({
    errorCode: "ERR_MALFORMED_REQUEST",
    message: detail,
    httpStatus: 400,
    grpcCode: Code.InvalidArgument,
    reason: "DAPR_STATE_ILLEGAL_KEY",
    resource: resource("state", store),
    fieldViolations: [{ field: key, description: detail }],
  });

export const stateGet = (key: string, store: string, err: unknown) =>
  new DaprError({
    errorCode: "ERR_STATE_GET",
    message: `fail to get ${key} from state store ${store}: ${causeText(err)}`,
    httpStatus: 500,
    grpcCode: Code.Internal,
    cause: err,
  });

export const stateBulkGet = (store: string, err: unknown) =>
  new DaprError({
    errorCode: "ERR_STATE_BULK_GET",
    message: `failed getting state in bulk from state store ${store}: ${causeText(err)}`,
    httpStatus: 500,
    grpcCode: Code.Internal,
    cause: err,
  });

/** An ETag mismatch is 409 / Aborted, an invalid ETag 400 / InvalidArgument, anything else 500 / Internal. */
export const stateSave = (store: string, err: unknown) =>
  new DaprError({
    errorCode: "ERR_STATE_SAVE",
    message: `failed saving state in state store ${store}: ${causeText(err)}`,
    ...etagStatuses(err),
    cause: err,
  });

export const stateDelete = (key: string, err: unknown) =>
  new DaprError({
    errorCode: "ERR_STATE_DELETE",
    message: `failed deleting state with key ${key}: ${causeText(err)}`,
    ...etagStatuses(err),
    cause: err,
  });

export const stateBulkDelete = (store: string, err: unknown) =>
  new DaprError({
    errorCode: "ERR_STATE_BULK_DELETE",
    message: `failed deleting state in state store ${store}: ${causeText(err)}`,
    ...etagStatuses(err),
    cause: err,
  });

export const stateTransaction = (err: unknown) =>
  new DaprError({
    errorCode: "ERR_STATE_TRANSACTION",
    message: `error while executing state transaction: ${causeText(err)}`,
    ...etagStatuses(err, 500),
    cause: err,
  });

export const stateInvalidTtl = (store: string, text: string) =>
  new DaprError({
    errorCode: "ERR_STATE_SAVE",
    message: `failed saving state in state store ${store}: incorrect value for metadata 'ttlInSeconds': "${text}" is not a whole number of seconds, or -1 for no expiry`,
    // daprd reports the store's TTL parse error like any other store error: 500 / Internal.
    httpStatus: 500,
    grpcCode: Code.Internal,
  });

export const stateOperationNotSupported = (op: string) =>
  new DaprError({
    errorCode: "ERR_NOT_SUPPORTED_STATE_OPERATION",
    message: `operation type ${op} not supported`,
    httpStatus: 400,
    grpcCode: Code.Unimplemented,
  });

export const stateTransactionsNotSupported = (store: string) =>
  new DaprError({
    errorCode: "ERR_STATE_STORE_NOT_SUPPORTED",
    message: `state store ${store} doesn't support transactions`,
    httpStatus: 500,
    grpcCode: Code.Unimplemented,
    reason: "DAPR_STATE_TRANSACTIONS_NOT_SUPPORTED",
    resource: resource("state", store),
  });

export const stateQueryNotSupported = (store: string) =>
  new DaprError({
    errorCode: "ERR_STATE_STORE_NOT_SUPPORTED",
    message: "state store does not support querying",
    httpStatus: 500,
    grpcCode: Code.Internal,
    reason: "DAPR_STATE_QUERYING_NOT_SUPPORTED",
    resource: resource("state", store),
  });

export const stateQueryFailed = (store: string, detail: string) =>
  new DaprError({
    errorCode: "ERR_STATE_QUERY",
    message: `state store ${store} query failed: ${detail}`,
    httpStatus: 500,
    grpcCode: Code.Internal,
    reason: "DAPR_STATE_QUERY_FAILED",
    resource: resource("state", store),
  });

export const stateTooManyTransactionalOps = (store: string, count: number, max: number) =>
  new DaprError({
    errorCode: "ERR_STATE_STORE_TOO_MANY_TRANSACTIONS",
    message: `the transaction contains ${count} operations, which is more than what the state store supports: ${max}`,
    httpStatus: 400,
    grpcCode: Code.InvalidArgument,
    reason: "DAPR_STATE_TOO_MANY_TRANSACTIONS",
    resource: resource("state", store),
    metadata: { currentOpsTransaction: String(count), maxOpsPerTransaction: String(max) },
  });

/** Thrown by state drivers; the state block maps it to 409 / Aborted (mismatch) or 400 / InvalidArgument (invalid). */
export class ETagError extends Error {
  constructor(
    readonly kind: "mismatch" | "invalid",
    detail?: string,
  ) {
    super(detail ?? (kind === "mismatch" ? "possible etag mismatch. error from state store: ETag mismatch" : "invalid etag value"));
    this.name = "ETagError";
  }
}

function etagStatuses(err: unknown, fallback = 500): { httpStatus: number; grpcCode: Code } {
  if (err instanceof ETagError) {
    return err.kind === "mismatch" ? { httpStatus: 409, grpcCode: Code.Aborted } : { httpStatus: 400, grpcCode: Code.InvalidArgument };
  }
  return { httpStatus: fallback, grpcCode: Code.Internal };
}

// ---- pub/sub --------------------------------------------------------------
// As Dapr builds them (pkg/api/errors/pubsub.go): ResourceInfo (type "pubsub",
// description = message) except on not-found / not-configured, and ErrorInfo
// metadata with the request's metadata, or {topic, error} / {appID, error}.

type RequestMetadata = Readonly<Record<string, string>> | undefined;

const pubsubError = (
  errorCode: string,
  reason: string,
  httpStatus: number,
  grpcCode: Code,
  message: string,
  name: string,
  opts: { metadata?: RequestMetadata; withResource?: boolean; cause?: unknown } = {},
) =>
  new DaprError({
    errorCode,
    reason,
    httpStatus,
    grpcCode,
    message,
    ...(opts.withResource !== false && { resource: { ...resource("pubsub", name), description: message } }),
    ...(opts.metadata && { metadata: opts.metadata }),
    ...(opts.cause !== undefined && { cause: opts.cause }),
  });

export const pubsubNotConfigured = (name: string, metadata?: RequestMetadata) =>
  pubsubError("ERR_PUBSUB_NOT_CONFIGURED", "DAPR_PUBSUB_NOT_CONFIGURED", 400, Code.FailedPrecondition, `pubsub ${name} is not configured`, name, { metadata, withResource: false });

export const pubsubNameEmpty = (metadata?: RequestMetadata) =>
  pubsubError("ERR_PUBSUB_EMPTY", "DAPR_PUBSUB_NAME_EMPTY", 404, Code.InvalidArgument, "pubsub name is empty", "", { metadata });

export const pubsubNotFound = (name: string, metadata?: RequestMetadata) =>
  pubsubError("ERR_PUBSUB_NOT_FOUND", "DAPR_PUBSUB_NOT_FOUND", 404, Code.InvalidArgument, `pubsub ${name} is not found`, name, { metadata, withResource: false });

export const pubsubTopicEmpty = (name: string, metadata?: RequestMetadata) =>
  pubsubError("ERR_TOPIC_NAME_EMPTY", "DAPR_PUBSUB_TOPIC_NAME_EMPTY", 404, Code.InvalidArgument, `topic is empty in pubsub ${name}`, name, { metadata });

export const pubsubForbidden = (name: string, topic: string, appId: string, err?: unknown) =>
  pubsubError("ERR_PUBSUB_FORBIDDEN", "DAPR_PUBSUB_FORBIDDEN", 403, Code.PermissionDenied, `topic ${topic} is not allowed for app id ${appId}`, name, {
    metadata: { topic, error: err === undefined ? `topic ${topic} is not allowed for app id ${appId}` : causeText(err) },
  });

export const pubsubPublish = (name: string, topic: string, err: unknown) =>
  pubsubError("ERR_PUBSUB_PUBLISH_MESSAGE", "DAPR_PUBSUB_PUBLISH_MESSAGE", 500, Code.Internal, `error when publishing to topic ${topic} in pubsub ${name}: ${causeText(err)}`, name, {
    metadata: { topic, error: causeText(err) },
    cause: err,
  });

export const pubsubMetadata = (name: string, err: unknown, metadata?: RequestMetadata) =>
  pubsubError("ERR_PUBSUB_REQUEST_METADATA", "DAPR_PUBSUB_METADATA_DESERIALIZATION", 400, Code.InvalidArgument, `failed deserializing metadata. Error: ${causeText(err)}`, name, {
    metadata,
  });

/** Dapr's message says only "cannot create cloudevent"; the reason is in the ErrorInfo metadata ("error"). */
export const pubsubCloudEvent = (name: string, err: unknown, appId?: string) =>
  pubsubError("ERR_PUBSUB_CLOUD_EVENTS_SER", "DAPR_PUBSUB_CLOUD_EVENT_CREATION", 500, Code.InvalidArgument, "cannot create cloudevent", name, {
    metadata: { ...(appId !== undefined && { appID: appId }), error: causeText(err) },
  });

/** The envelope of a published event could not be made (e.g. a bulk entry's event does not fit its contentType). */
export const pubsubMarshalEnvelope = (name: string, topic: string, appId: string, err?: unknown) =>
  pubsubError(
    "ERR_PUBSUB_EVENTS_SER",
    "DAPR_PUBSUB_MARSHAL_ENVELOPE",
    400,
    Code.InvalidArgument,
    `error when marshalling cloud event envelope for topic ${topic} pubsub ${name}: ${err === undefined ? "" : causeText(err)}`,
    name,
    { metadata: { appID: appId, ...(err !== undefined && { error: causeText(err) }) } },
  );

/** A bulk publish entry is refused (entryId missing or duplicated). */
export const pubsubMarshalEvents = (name: string, topic: string, appId: string, err: unknown) =>
  pubsubError(
    "ERR_PUBSUB_EVENTS_SER",
    "DAPR_PUBSUB_MARSHAL_EVENTS",
    400,
    Code.InvalidArgument,
    `error marshaling events to bytes for topic ${topic} pubsub ${name}. error: ${causeText(err)}`,
    name,
    { metadata: { appID: appId, error: causeText(err) } },
  );

/** The body of a REST bulk publish is not a list of entries. */
export const pubsubUnmarshalEvents = (name: string, topic: string, appId: string, err: unknown) =>
  pubsubError("ERR_PUBSUB_EVENTS_SER", "DAPR_PUBSUB_UNMARSHAL_EVENTS", 400, Code.InvalidArgument, `error when unmarshaling the request for topic ${topic} pubsub ${name}: ${causeText(err)}`, name, {
    metadata: { appID: appId },
  });

// ---- service invocation -----------------------------------------------------

export const directInvoke = (appId: string, err: unknown) =>
  new DaprError({
    errorCode: "ERR_DIRECT_INVOKE",
    message: `failed to invoke, id: ${appId}, err: ${causeText(err)}`,
    httpStatus: 500,
    grpcCode: Code.Internal,
    cause: err,
  });

export const directInvokeNoAppId = () =>
  new DaprError({
    errorCode: "ERR_DIRECT_INVOKE",
    message: "failed getting app id either from the URL path or the header dapr-app-id",
    httpStatus: 404,
    grpcCode: Code.NotFound,
  });

export const directInvokeUnknownApp = (appId: string) =>
  new DaprError({
    errorCode: "ERR_DIRECT_INVOKE",
    message: `failed to invoke, id: ${appId}, err: app ${appId} is not known to this sidecar (no app with that id runs here and no resolver knows it)`,
    httpStatus: 500,
    grpcCode: Code.Internal,
  });

export const appChannelNil = () =>
  new DaprError({
    errorCode: "ERR_APP_CHANNEL_NIL",
    message: "app channel is not initialized",
    httpStatus: 500,
    grpcCode: Code.Internal,
  });

// ---- secrets -------------------------------------------------------------------
// Dapr's APIErrors (pkg/messages/predefined.go): no details on either protocol.

const goEscapes = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };
/** Go's %q for the strings Dapr quotes in its messages. */
const goQuote = (s: string) =>
  `"${s.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => (goEscapes as Record<string, string>)[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}"`;

export const secretStoreNotConfigured = () =>
  new DaprError({ errorCode: "ERR_SECRET_STORES_NOT_CONFIGURED", message: "secret store is not configured", httpStatus: 500, grpcCode: Code.FailedPrecondition });

/** Dapr answers an unknown secret store with HTTP 401, oddly; kept for compatibility. */
export const secretStoreNotFound = (name: string) =>
  new DaprError({ errorCode: "ERR_SECRET_STORE_NOT_FOUND", message: `failed finding secret store with key ${name}`, httpStatus: 401, grpcCode: Code.InvalidArgument });

/** The Configuration's spec.secrets.scopes deny the key. */
export const secretPermissionDenied = (key: string, store: string) =>
  new DaprError({
    errorCode: "ERR_PERMISSION_DENIED",
    message: `access denied by policy to get ${goQuote(key)} from ${goQuote(store)}`,
    httpStatus: 403,
    grpcCode: Code.PermissionDenied,
  });

export const secretGet = (key: string, store: string, err: unknown) =>
  new DaprError({
    errorCode: "ERR_SECRET_GET",
    message: `failed getting secret with key ${key} from secret store ${store}: ${causeText(err)}`,
    httpStatus: 500,
    grpcCode: Code.Internal,
    cause: err,
  });

export const secretBulkGet = (store: string, err: unknown) =>
  new DaprError({ errorCode: "ERR_SECRET_GET", message: `failed getting secrets from secret store ${store}: ${causeText(err)}`, httpStatus: 500, grpcCode: Code.Internal, cause: err });

// ---- lifecycle -------------------------------------------------------------------
// pillion's own: daprd closes its listeners on shutdown; pillion also answers
// requests that still arrive on connections already open.

export const sidecarStopping = () =>
  new DaprError({ errorCode: "ERR_SIDECAR_STOPPING", message: "the sidecar is shutting down and takes no new calls", httpStatus: 503, grpcCode: Code.Unavailable });

// ---- API allow / deny lists (Configuration spec.api) ------------------------------
// A denied REST route is not served at all; a denied RPC answers as daprd's
// gRPC interceptor does: the status built from HTTP 501 (message "Not
// Implemented", ErrorInfo reason "Not Implemented" with http.code /
// http.error_message). The errorCode never reaches a client.

export const apiNotAvailable = () =>
  new DaprError({
    errorCode: "ERR_API_DENIED",
    message: "Not Implemented",
    httpStatus: 501,
    grpcCode: Code.Unimplemented,
    reason: "Not Implemented",
    metadata: { "http.code": "501", "http.error_message": "requested endpoint is not available" },
  });

// ---- metadata ---------------------------------------------------------------

export const metadataGet = (err: unknown) =>
  new DaprError({ errorCode: "ERR_METADATA_GET", message: `failed deserializing metadata: ${causeText(err)}`, httpStatus: 500, grpcCode: Code.Internal });

// ---- configuration ------------------------------------------------------------
// Dapr's messages (pkg/messages/predefined.go). Its HTTP handlers answer them
// without details; its gRPC handlers add an ErrorInfo whose reason is the
// error code (apierrors.Basic), which pillion sends on both. Keys print as Go
// prints a []string: [a b].

const goList = (keys: readonly string[]) => `[${keys.join(" ")}]`;

const configurationError = (errorCode: string, message: string, httpStatus: number, grpcCode: Code, cause?: unknown) =>
  new DaprError({ errorCode, message, httpStatus, grpcCode, reason: errorCode, ...(cause !== undefined && { cause }) });

export const configurationStoreNotConfigured = () =>
  configurationError("ERR_CONFIGURATION_STORE_NOT_CONFIGURED", "configuration stores not configured", 500, Code.FailedPrecondition);

export const configurationStoreNotFound = (name: string) =>
  configurationError("ERR_CONFIGURATION_STORE_NOT_FOUND", `configuration store ${name} not found`, 400, Code.InvalidArgument);

export const configurationGet = (keys: readonly string[], store: string, err: unknown) =>
  configurationError("ERR_CONFIGURATION_GET", `failed to get ${goList(keys)} from Configuration store ${store}: ${causeText(err)}`, 500, Code.Internal, err);

export const configurationSubscribe = (keys: readonly string[], store: string, err: unknown) =>
  configurationError("ERR_CONFIGURATION_SUBSCRIBE", `failed to subscribe ${goList(keys)} from Configuration store ${store}: ${causeText(err)}`, 500, Code.InvalidArgument, err);

/**
 * Why an unsubscribe failed. Dapr answers it in the response (gRPC: OK with
 * ok=false and this message; HTTP: 500 with {"message"}), not as an error.
 */
export const configurationUnsubscribeMessage = (id: string, detail: string) => `failed to unsubscribe to configuration request ${id}: ${detail}`;

/** HTTP configuration subscribe without an app to post updates to. */
export const configurationAppChannelNil = () =>
  new DaprError({
    errorCode: "ERR_APP_CHANNEL_NIL",
    message: "app channel is not initialized. cannot subscribe to configuration updates",
    httpStatus: 500,
    grpcCode: Code.FailedPrecondition,
  });

/** pillion's configuration admin API: the store cannot be written through pillion. */
export const configurationStoreNotWritable = (store: string) =>
  configurationError(
    "ERR_CONFIGURATION_STORE_NOT_SUPPORTED",
    `configuration store ${store} cannot be written through pillion; change its items in the store itself`,
    501,
    Code.Unimplemented,
  );

/** pillion's configuration admin API: the store failed to apply the change. */
export const configurationSet = (store: string, err: unknown) =>
  configurationError("ERR_CONFIGURATION_SET", `failed to set items in Configuration store ${store}: ${causeText(err)}`, 500, Code.Internal, err);

// ---- distributed lock ---------------------------------------------------------
// Dapr's APIErrors (pkg/messages/predefined.go): no details on either protocol.

export const lockStoreNotConfigured = () =>
  new DaprError({ errorCode: "ERR_LOCK_STORE_NOT_CONFIGURED", message: "lock store is not configured", httpStatus: 500, grpcCode: Code.FailedPrecondition });

export const lockStoreNotFound = (name: string) =>
  new DaprError({ errorCode: "ERR_LOCK_STORE_NOT_FOUND", message: `lock store ${name} not found`, httpStatus: 400, grpcCode: Code.InvalidArgument });

export const lockResourceIdEmpty = (store: string) =>
  new DaprError({ errorCode: "ERR_MALFORMED_REQUEST", message: `ResourceId is empty in lock store ${store}`, httpStatus: 400, grpcCode: Code.InvalidArgument });

export const lockOwnerEmpty = (store: string) =>
  new DaprError({ errorCode: "ERR_MALFORMED_REQUEST", message: `LockOwner is empty in lock store ${store}`, httpStatus: 400, grpcCode: Code.InvalidArgument });

export const lockExpiryNotPositive = (store: string) =>
  new DaprError({ errorCode: "ERR_MALFORMED_REQUEST", message: `ExpiryInSeconds is not positive in lock store ${store}`, httpStatus: 400, grpcCode: Code.InvalidArgument });

export const tryLock = (err: unknown) =>
  new DaprError({ errorCode: "ERR_TRY_LOCK", message: `failed to try acquiring lock: ${causeText(err)}`, httpStatus: 500, grpcCode: Code.Internal, cause: err });

export const unlock = (err: unknown) =>
  new DaprError({ errorCode: "ERR_UNLOCK", message: `failed to release lock: ${causeText(err)}`, httpStatus: 500, grpcCode: Code.Internal, cause: err });

// ---- user-defined services (pillion.api.v1.app_route) -----------------------
// pillion's own: Dapr has no transcoded app services.

/**
 * The app answered a call to a user-defined service with an error status.
 * REST callers get this body with the HTTP status of the gRPC code (gRPC,
 * Connect and gRPC-Web callers get the app's status itself).
 */
export const appStatus = (httpStatus: number, grpcCode: Code, message: string, appId: string, codeName: string) =>
  new DaprError({
    errorCode: "ERR_APP_STATUS",
    message,
    httpStatus,
    grpcCode,
    reason: "APP_STATUS",
    metadata: { appID: appId, grpcCode: codeName },
  });

/** An HTTP app's 2xx answer to a user-defined service is not the RPC's response message in protobuf JSON. */
export const appResponseMalformed = (appId: string, method: string, detail: string) =>
  new DaprError({
    errorCode: "ERR_APP_RESPONSE",
    message: `app ${appId} answered ${method} with a body that is not its response message in protobuf JSON: ${detail}`,
    httpStatus: 502,
    grpcCode: Code.Internal,
  });

// ---- pillion's site (SDK downloads, OpenAPI, API reference) ----------------------

export const sdkNotFound = (file: string, archives: readonly string[]) =>
  new DaprError({
    errorCode: "ERR_SDK_NOT_FOUND",
    message: `no SDK archive ${file}; there ${archives.length === 1 ? "is" : "are"} ${archives.length ? archives.join(", ") : "none"}`,
    httpStatus: 404,
    grpcCode: Code.NotFound,
  });

export const docsAssetNotFound = (file: string) =>
  new DaprError({ errorCode: "ERR_NOT_FOUND", message: `no API reference file ${file}`, httpStatus: 404, grpcCode: Code.NotFound });

export const siteFileMissing = (what: string, detail: string) =>
  new DaprError({ errorCode: "ERR_SITE_UNAVAILABLE", message: `${what} is not available: ${detail}`, httpStatus: 503, grpcCode: Code.FailedPrecondition });

// ---- bindings -----------------------------------------------------------------
// Dapr's HTTP handler answers ERR_INVOKE_OUTPUT_BINDING without details; its
// gRPC handler adds an ErrorInfo whose reason is the error code
// (apierrors.Basic), which pillion sends on both. The binding's response
// metadata goes back as metadata.* headers even on errors.

export const invokeOutputBinding = (name: string, err: unknown, responseMetadata?: Readonly<Record<string, string>>) =>
  new DaprError({
    errorCode: "ERR_INVOKE_OUTPUT_BINDING",
    message: `error invoking output binding ${name}: ${causeText(err)}`,
    httpStatus: 500,
    grpcCode: Code.Internal,
    reason: "ERR_INVOKE_OUTPUT_BINDING",
    ...(responseMetadata && Object.keys(responseMetadata).length > 0 && {
      headers: Object.fromEntries(Object.entries(responseMetadata).map(([k, v]) => [`metadata.${k}`, v])),
    }),
    cause: err,
  });

/** A `baggage` header that is not a W3C baggage list: 400 on REST; Dapr's gRPC API returns the parse error as is (Unknown). */
export const malformedBaggage = (detail: string) =>
  new DaprError({ errorCode: "ERR_MALFORMED_REQUEST", message: `invalid baggage header: ${detail}`, httpStatus: 400, grpcCode: Code.Unknown });

// ---- jobs (scheduler) -----------------------------------------------------------
// Dapr's rich errors (pkg/api/errors/scheduler.go): no legacy code, so the
// REST errorCode is the ErrorInfo reason; metadata {appID, namespace}. What
// Dapr's scheduler service refuses reaches the app wrapped in its gRPC status
// text ("rpc error: code = ... desc = ..."), which pillion reproduces.

const schedulerMeta = (appId: string, namespace?: string): Record<string, string> => (namespace === undefined ? { appID: appId } : { appID: appId, namespace });

const schedulerError = (reason: string, message: string, httpStatus: number, grpcCode: Code, metadata: Record<string, string>, cause?: unknown) =>
  new DaprError({ errorCode: reason, reason, message, httpStatus, grpcCode, metadata, ...(cause !== undefined && { cause }) });

/** Go's text of a gRPC status error, as the sidecar sees the scheduler's answer. */
const rpcErrorText = (code: string, desc: string) => `rpc error: code = ${code} desc = ${desc}`;

export const schedulerJobEmpty = (appId: string, namespace: string) =>
  schedulerError("DAPR_SCHEDULER_EMPTY", "Job is empty", 400, Code.InvalidArgument, schedulerMeta(appId, namespace));

export const schedulerJobNameEmpty = (appId: string, namespace: string) =>
  schedulerError("DAPR_SCHEDULER_JOB_NAME_EMPTY", "Name is empty", 400, Code.InvalidArgument, schedulerMeta(appId, namespace));

/** REST only: the job's name was given in the body as well as in the URL. */
export const schedulerJobNameInBody = (appId: string) =>
  schedulerError("DAPR_SCHEDULER_JOB_NAME", "Set the job name in the url only", 400, Code.InvalidArgument, schedulerMeta(appId));

export const schedulerScheduleEmpty = (appId: string, namespace: string) =>
  schedulerError("DAPR_SCHEDULER_SCHEDULE_EMPTY", "Schedule is empty", 400, Code.InvalidArgument, schedulerMeta(appId, namespace));

/** The job was refused (invalid schedule, due time, ttl or name; Unknown -> Internal as Dapr maps it) or exists already without overwrite (AlreadyExists, 409). */
export const schedulerScheduleJob = (appId: string, namespace: string, detail: string, exists = false) =>
  schedulerError(
    "DAPR_SCHEDULER_SCHEDULE_JOB",
    `failed to schedule job due to: ${rpcErrorText(exists ? "AlreadyExists" : "Unknown", detail)}`,
    exists ? 409 : 500,
    exists ? Code.AlreadyExists : Code.Internal,
    schedulerMeta(appId, namespace),
  );

export const schedulerGetJob = (appId: string, namespace: string, detail: string, notFound = false) =>
  schedulerError("DAPR_SCHEDULER_GET_JOB", `failed to get job due to: ${rpcErrorText(notFound ? "NotFound" : "Unknown", detail)}`, 500, Code.Internal, schedulerMeta(appId, namespace));

export const schedulerDeleteJob = (appId: string, namespace: string, detail: string) =>
  schedulerError("DAPR_SCHEDULER_DELETE_JOB", `failed to delete job due to: ${rpcErrorText("Unknown", detail)}`, 500, Code.Internal, schedulerMeta(appId, namespace));

export const schedulerListJobs = (appId: string, namespace: string, detail: string) =>
  schedulerError("DAPR_SCHEDULER_LIST_JOBS", `failed to list jobs due to: ${rpcErrorText("Unknown", detail)}`, 500, Code.Internal, schedulerMeta(appId, namespace));
