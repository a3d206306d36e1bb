/**
 * Which headers and metadata a service call carries from the caller to the
 * app and back, and under which names, following Dapr (pkg/messaging/v1:
 * InternalMetadataToHTTPHeader, InternalMetadataToGrpcMetadata; the HTTP
 * channel's hop-by-hop filtering):
 *
 *   caller HTTP -> app HTTP   passed through, minus hop-by-hop, Host, the
 *                             API token and dapr-app-id
 *   caller HTTP -> app gRPC   lower-cased; IANA permanent header names and
 *                             grpc-* get a "dapr-" prefix (content-type ->
 *                             dapr-content-type)
 *   caller gRPC -> app HTTP   grpc-* become dapr-grpc-*; content type from
 *                             the message; binary (-bin) metadata dropped
 *   caller gRPC -> app gRPC   passed through, minus gRPC's own transport
 *                             headers
 * and the same rules for what the app answers. The caller's `traceparent`
 * and `tracestate` pass unchanged; without one the app gets a new one.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http2";
import { apiTokenHeader, peerTokenHeader } from "../../server/auth.js";
import { generatesTraceparents, madeTraceparent, newTraceparent, traceparentFromGrpcTraceBin, traceparentHeader, tracestateHeader } from "../../app-channel/traceparent.js";
import { daprAppIdHeader } from "./method-name.js";

/** Set by the calling sidecar when a call crosses to another sidecar, as in Dapr. */
export const callerAppIdHeader = "dapr-caller-app-id";
export const callerNamespaceHeader = "dapr-caller-namespace";
export const calleeAppIdHeader = "dapr-callee-app-id";
/** The HTTP status an HTTP app answered, as response metadata of gRPC InvokeService. */
export const httpStatusHeader = "dapr-http-status";

/** RFC 7230 hop-by-hop headers (and HTTP/2's), never forwarded. */
export const hopByHopHeaders: ReadonlySet<string> = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "http2-settings",
  "te",
  "trailer",
  "proxy-authorization",
  "proxy-authenticate",
]);

/** IANA permanent request headers: Dapr prefixes them with "dapr-" in gRPC metadata. */
const permanentHeaders: ReadonlySet<string> = new Set([
  "accept",
  "accept-charset",
  "accept-language",
  "accept-ranges",
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "cache-control",
  "content-type",
  "content-length",
  "cookie",
  "date",
  "expect",
  "from",
  "host",
  "if-match",
  "if-modified-since",
  "if-none-match",
  "if-schedule-tag-match",
  "if-unmodified-since",
  "max-forwards",
  "origin",
  "pragma",
  "referer",
  "via",
  "warning",
]);

/** Headers of the caller's request that never reach the app over HTTP. */
const notToHttpApp: ReadonlySet<string> = new Set([
  ...hopByHopHeaders,
  "host",
  "expect",
  "content-length",
  apiTokenHeader,
  daprAppIdHeader,
  peerTokenHeader,
]);

/** Same, when the call goes on to another sidecar: the caller identity headers are set anew there. */
const notToPeer: ReadonlySet<string> = new Set([...notToHttpApp, callerAppIdHeader, callerNamespaceHeader, calleeAppIdHeader]);

/** gRPC and Connect transport headers: they describe one hop and are set by each client. */
const grpcTransportHeaders: ReadonlySet<string> = new Set([
  ...hopByHopHeaders,
  "host",
  "content-type",
  "content-length",
  "content-encoding",
  "accept-encoding",
  "grpc-timeout",
  "grpc-encoding",
  "grpc-accept-encoding",
  "grpc-message-type",
  "grpc-status",
  "grpc-message",
  "grpc-status-details-bin",
  "connect-protocol-version",
  "connect-timeout-ms",
  "connect-content-encoding",
  "connect-accept-encoding",
  "destination-app-id",
  apiTokenHeader,
  peerTokenHeader,
]);

/** Metadata of the gRPC hop itself (a pseudo-header or a transport header), never passed on to the next hop. */
function isHopMetadata(key: string): boolean {
  return key.charCodeAt(0) === 0x3a /* : */ || grpcTransportHeaders.has(key);
}

/**
 * The names a Connection header nominates as hop-by-hop (besides the usual
 * keep-alive/close), or undefined when there are none.
 */
function nominatedByConnection(value: string | string[] | undefined): Set<string> | undefined {
  if (value === undefined) return undefined;
  let set: Set<string> | undefined;
  for (const v of Array.isArray(value) ? value : [value]) {
    for (const token of v.split(",")) {
      const t = token.trim().toLowerCase();
      if (t === "" || t === "keep-alive" || t === "close") continue;
      (set ??= new Set()).add(t);
    }
  }
  return set;
}

export interface RawHeaderOptions {
  /** Whether the call goes on to another sidecar rather than to the app. */
  readonly toPeer?: boolean;
  /** Keep Content-Length (the body is streamed with its declared length). */
  readonly keepContentLength?: boolean;
}

/**
 * The caller's request headers for an HTTP app (or the next sidecar), as a
 * flat [name, value, ...] list in the caller's spelling, with a
 * `traceparent` added when the caller sent none.
 */
export function httpRequestHeadersForApp(raw: readonly string[], connection: string | string[] | undefined, opts: RawHeaderOptions = {}): string[] {
  const drop = opts.toPeer ? notToPeer : notToHttpApp;
  const nominated = nominatedByConnection(connection);
  const out: string[] = [];
  let traced = false;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    const lower = name.toLowerCase();
    if (lower.charCodeAt(0) === 0x3a) continue; // HTTP/2 pseudo-header
    if (drop.has(lower) && !(opts.keepContentLength && lower === "content-length")) continue;
    if (nominated?.has(lower)) continue;
    if (lower === traceparentHeader) traced = true;
    out.push(name, raw[i + 1]!);
  }
  if (!traced && generatesTraceparents()) out.push(traceparentHeader, newTraceparent());
  return out;
}

/**
 * An HTTP app's response headers (undici's raw buffers) for the HTTP caller:
 * everything but hop-by-hop headers, in the app's spelling.
 */
export function httpResponseHeadersFromApp(raw: readonly Buffer[]): string[] {
  const out: string[] = [];
  let connection: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toString("latin1");
    const lower = name.toLowerCase();
    if (hopByHopHeaders.has(lower)) {
      if (lower === "connection") connection = raw[i + 1]!.toString("latin1");
      continue;
    }
    out.push(name, raw[i + 1]!.toString("latin1"));
  }
  const nominated = nominatedByConnection(connection);
  if (!nominated) return out;
  const kept: string[] = [];
  for (let i = 0; i < out.length; i += 2) if (!nominated.has(out[i]!.toLowerCase())) kept.push(out[i]!, out[i + 1]!);
  return kept;
}

/**
 * gRPC metadata of the caller (InvokeService) as HTTP headers for an HTTP
 * app: grpc-* become dapr-grpc-*, binary and transport metadata is left out,
 * the trace context passes (from `grpc-trace-bin` when that is all the
 * caller sent, as Dapr converts it) or is made.
 */
export function grpcMetadataToHttpHeaders(md: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  md.forEach((value, key) => {
    if (isHopMetadata(key) || key.endsWith("-bin")) return;
    out[key.startsWith("grpc-") ? `dapr-${key}` : key] = value;
  });
  if (out[traceparentHeader] === undefined) {
    const bin = md.get("grpc-trace-bin");
    const traceparent = (bin && traceparentFromGrpcTraceBin(bin)) || madeTraceparent();
    if (traceparent) out[traceparentHeader] = traceparent;
  }
  return out;
}

/**
 * The HTTP caller's request headers as gRPC metadata for a gRPC app
 * (AppCallback.OnInvoke): lower-case names, permanent HTTP headers and grpc-*
 * prefixed with "dapr-".
 */
export function httpRequestHeadersToGrpcMetadata(raw: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  let traced = false;
  for (let i = 0; i < raw.length; i += 2) {
    const lower = raw[i]!.toLowerCase();
    if (lower.charCodeAt(0) === 0x3a || lower === "host" || lower.endsWith("-bin")) continue;
    if (lower === apiTokenHeader || lower === daprAppIdHeader || lower === peerTokenHeader) continue;
    if (hopByHopHeaders.has(lower) && !permanentHeaders.has(lower)) continue;
    if (lower === traceparentHeader) traced = true;
    const key = permanentHeaders.has(lower) || lower.startsWith("grpc-") ? `dapr-${lower}` : lower;
    out.push([key, raw[i + 1]!]);
  }
  if (!traced && generatesTraceparents()) out.push([traceparentHeader, newTraceparent()]);
  return out;
}

/** The caller's gRPC metadata for a gRPC app: all but transport metadata, with a trace context. */
export function grpcMetadataForGrpcApp(md: Headers): Headers {
  const out = new Headers();
  md.forEach((value, key) => {
    if (isHopMetadata(key)) return;
    out.set(key, value);
  });
  if (!out.has(traceparentHeader) && generatesTraceparents()) out.set(traceparentHeader, newTraceparent());
  return out;
}

/**
 * grpcMetadataForGrpcApp on the caller's raw HTTP/2 headers ([name, value,
 * ...], lower-case names), as the plain header object the unary transport
 * sends: the same names and values a Headers would give (values trimmed,
 * repeated names joined with ", ", the last set-cookie), without building one.
 */
export function grpcMetadataObjectForGrpcApp(raw: readonly string[]): OutgoingHttpHeaders {
  const out: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i]!;
    if (isHopMetadata(key)) continue;
    addValue(out, key, raw[i + 1]!);
  }
  if (out[traceparentHeader] === undefined && generatesTraceparents()) out[traceparentHeader] = newTraceparent();
  return out;
}

/**
 * grpcResponseMetadata on a gRPC app's headers or trailers as node gives
 * them, into the plain header object of our own response (`into` holds the
 * defaults: content-type, or grpc-status 0), with the names and values the
 * Headers way would send.
 */
export function grpcResponseMetadataObject(md: IncomingHttpHeaders | undefined, into: Record<string, string>): void {
  if (!md) return;
  for (const key in md) {
    const value = md[key];
    if (value === undefined || isHopMetadata(key) || key === "date") continue;
    if (typeof value === "string") addValue(into, key, value);
    else for (const v of value) addValue(into, key, v);
  }
}

/** One more value of a header, as Headers keeps it: trimmed, joined with ", " to the earlier ones (set-cookie: the last one, as a Headers turns into an object). */
function addValue(out: Record<string, string>, key: string, value: string): void {
  const v = trimHttpWhitespace(value);
  const before = out[key];
  out[key] = before === undefined || key === "set-cookie" ? v : `${before}, ${v}`;
}

function isHttpWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function trimHttpWhitespace(v: string): string {
  if (v.length === 0 || (!isHttpWhitespace(v.charCodeAt(0)) && !isHttpWhitespace(v.charCodeAt(v.length - 1)))) return v;
  let start = 0;
  let end = v.length;
  while (start < end && isHttpWhitespace(v.charCodeAt(start))) start++;
  while (end > start && isHttpWhitespace(v.charCodeAt(end - 1))) end--;
  return v.slice(start, end);
}

/**
 * An HTTP app's response headers as gRPC response metadata of InvokeService:
 * permanent HTTP header names and grpc-* get a "dapr-" prefix, hop-by-hop,
 * Content-Length and trace headers are left out.
 */
export function httpResponseHeadersToGrpcMetadata(headers: Readonly<Record<string, string | string[] | undefined>>, out: Headers): void {
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    if (hopByHopHeaders.has(lower) || lower === "content-length" || lower.endsWith("-bin")) continue;
    if (lower === traceparentHeader || lower === tracestateHeader) continue;
    const key = permanentHeaders.has(lower) || lower.startsWith("grpc-") ? `dapr-${lower}` : lower;
    if (Array.isArray(value)) for (const v of value) out.append(key, v);
    else out.append(key, value);
  }
}

/**
 * A gRPC app's response metadata (or another sidecar's) as metadata of our
 * own gRPC response: all but transport metadata.
 */
export function grpcResponseMetadata(md: Headers, out: Headers): void {
  md.forEach((value, key) => {
    if (isHopMetadata(key) || key === "date") return;
    out.append(key, value);
  });
}

/**
 * A gRPC app's response metadata as HTTP response headers: grpc-* become
 * dapr-grpc-*, binary, transport and trace metadata left out.
 */
export function grpcMetadataToHttpResponseHeaders(md: Headers, out: Record<string, string | string[]>): void {
  md.forEach((value, key) => {
    if (isHopMetadata(key) || key.endsWith("-bin")) return;
    if (key === traceparentHeader || key === tracestateHeader) return;
    out[key.startsWith("grpc-") ? `dapr-${key}` : key] = value;
  });
}
