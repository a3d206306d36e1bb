/**
 * How service invocation maps between HTTP statuses and gRPC codes, as Dapr
 * does (pkg/messaging/v1: HTTPStatusFromCode, CodeFromHTTPStatus,
 * ErrorFromHTTPResponseCode).
 */
import { STATUS_CODES } from "node:http";
import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorInfoSchema } from "../../gen/google/rpc/error_details_pb.js";

const httpByCode: Record<number, number> = {
  [Code.Canceled]: 408,
  [Code.Unknown]: 500,
  [Code.InvalidArgument]: 400,
  [Code.DeadlineExceeded]: 504,
  [Code.NotFound]: 404,
  [Code.AlreadyExists]: 409,
  [Code.PermissionDenied]: 403,
  [Code.Unauthenticated]: 401,
  [Code.ResourceExhausted]: 429,
  // Deliberately not 412, as in grpc-gateway and Dapr.
  [Code.FailedPrecondition]: 400,
  [Code.Aborted]: 409,
  [Code.OutOfRange]: 400,
  [Code.Unimplemented]: 501,
  [Code.Internal]: 500,
  [Code.Unavailable]: 503,
  [Code.DataLoss]: 500,
};

/** The HTTP status of a gRPC status code; 0 (OK) is 200. */
export function httpStatusFromCode(code: number): number {
  if (code === 0) return 200;
  return httpByCode[code] ?? 500;
}

const codeByHttp: Record<number, Code> = {
  408: Code.Canceled,
  500: Code.Unknown,
  400: Code.Internal,
  504: Code.DeadlineExceeded,
  404: Code.NotFound,
  409: Code.AlreadyExists,
  403: Code.PermissionDenied,
  401: Code.Unauthenticated,
  429: Code.ResourceExhausted,
  501: Code.Unimplemented,
  503: Code.Unavailable,
};

/** The gRPC code of an HTTP status; undefined (OK) for 2xx, Unknown for what has no mapping. */
export function codeFromHttpStatus(status: number): Code | undefined {
  if (status >= 200 && status < 300) return undefined;
  return codeByHttp[status] ?? Code.Unknown;
}

/** Go's http.StatusText, where it differs from Node's names. */
const goStatusText: Record<number, string> = {
  203: "Non-Authoritative Information",
  413: "Request Entity Too Large",
  414: "Request URI Too Long",
  416: "Requested Range Not Satisfiable",
  418: "I'm a teapot",
  509: "",
};

/** The reason phrase Dapr (Go) gives a status; "" when it has none. */
export function statusText(status: number): string {
  return goStatusText[status] ?? STATUS_CODES[status] ?? "";
}

/** ErrorInfo metadata values are kept under 64 characters. */
const maxMetadataValueLen = 63;

/**
 * The gRPC error for a non-2xx answer of an HTTP app (undefined for 2xx):
 * code from the status, message the status text, and an ErrorInfo (domain
 * dapr.io, reason the status text) carrying `http.code` and the start of the
 * body as `http.error_message`.
 */
export function errorFromHttpResponse(status: number, body: Uint8Array, metadata?: Headers): ConnectError | undefined {
  const code = codeFromHttpStatus(status);
  if (code === undefined) return undefined;
  const text = statusText(status);
  let detail = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  if (detail.length >= maxMetadataValueLen) detail = detail.slice(0, maxMetadataValueLen);
  return new ConnectError(text, code, metadata, [
    { desc: ErrorInfoSchema, value: { reason: text, domain: "dapr.io", metadata: { "http.code": String(status), "http.error_message": detail } } },
  ]);
}
