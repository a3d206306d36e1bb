/**
 * gRPC proxy mode: a call on the gRPC port to a service the sidecar does not
 * implement, carrying `dapr-app-id` (or `dapr-callee-app-id`) metadata, is
 * forwarded as it is to that app's gRPC server: HTTP/2 headers, DATA frames
 * and trailers pass through without decoding, with back-pressure both ways.
 * Unary and streaming calls alike.
 *
 * As in Dapr: the local app gets the call without dapr-app-id and the
 * caller's dapr-api-token (with the app token instead, when APP_API_TOKEN is
 * set); a call for another app goes to that app's sidecar with
 * dapr-callee-app-id and dapr-caller-app-id set. Failures before the app
 * answers come back as a gRPC status: Unauthenticated without the API token,
 * Unknown for an unknown app id, Unavailable when the app cannot be reached.
 */
import { constants, type ClientHttp2Stream, type IncomingHttpHeaders, type OutgoingHttpHeaders, type ServerHttp2Stream } from "node:http2";
import { create, toBinary } from "@bufbuild/protobuf";
import { anyPack } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError } from "@connectrpc/connect";
import { traceparentHeader, madeTraceparent } from "../../app-channel/traceparent.js";
import { unauthenticated } from "../../errors/catalog.js";
import { causeText } from "../../errors/dapr-error.js";
import { StatusSchema } from "../../gen/google/rpc/status_pb.js";
import { apiTokenHeader, peerTokenHeader, type TokenCheck } from "../../server/auth.js";
import { calleeAppIdHeader, callerAppIdHeader, callerNamespaceHeader } from "../../services/invoke/header-mapping.js";
import type { Invocation } from "../../services/invoke/invocation.js";
import { daprAppIdHeader } from "../../services/invoke/method-name.js";
import { toConnectError } from "../connect/errors.js";
import { originOf } from "../../services/invoke/name-resolver.js";
import type { Http2Sessions } from "./http2-sessions.js";

/** HTTP/2 forbids these; the rest of the metadata passes. */
const connectionHeaders: ReadonlySet<string> = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "http2-settings", "host"]);
/** Never forwarded to the app. */
const notToApp: ReadonlySet<string> = new Set([...connectionHeaders, daprAppIdHeader, apiTokenHeader, peerTokenHeader]);
/** Never forwarded to another sidecar (the caller identity is set anew). */
const notToPeer: ReadonlySet<string> = new Set([...notToApp, callerAppIdHeader, callerNamespaceHeader, calleeAppIdHeader]);

export class GrpcProxy {
  constructor(
    private readonly inv: Invocation,
    private readonly tokens: TokenCheck,
    private readonly sessions: Http2Sessions,
    /** Aborted when the sidecar shuts down (ends calls waiting for the app). */
    private readonly shutdown: AbortSignal,
  ) {}

  /** The gRPC server's proxy hook, on the raw stream (no compat request and response objects). */
  readonly handle = (stream: ServerHttp2Stream, headers: IncomingHttpHeaders): void => {
    // As the compat layer does: a stream error ends the call (close), never the process.
    stream.on("error", ignore);
    this.serve(stream, headers).catch((e: unknown) => replyError(stream, toConnectError(e)));
  };

  private async serve(stream: ServerHttp2Stream, headers: IncomingHttpHeaders): Promise<void> {
    const appId = first(headers[calleeAppIdHeader]) ?? first(headers[daprAppIdHeader]);
    if (!appId) {
      replyStatus(stream, Code.Unknown, `failed to proxy request: required metadata ${calleeAppIdHeader} or ${daprAppIdHeader} not found`);
      return;
    }
    const peerToken = headers[peerTokenHeader];
    if (this.tokens.enabled && !this.tokens.accepts(headers[apiTokenHeader]) && !this.tokens.acceptsPeer(peerToken)) {
      replyError(stream, toConnectError(unauthenticated(headers[apiTokenHeader] === undefined ? "missing" : "mismatch")));
      return;
    }
    let origin: string;
    let out: OutgoingHttpHeaders;
    let unreachable: (() => void) | undefined;
    if (this.inv.targets.isLocal(appId)) {
      const app = this.inv.localApp(appId);
      if (app.protocol !== "grpc") {
        replyStatus(stream, Code.Internal, `failed to proxy request: app ${appId} speaks ${app.protocol}; gRPC proxying needs --app-protocol grpc`);
        return;
      }
      if (!app.ready) await this.inv.waitForApp(app, appId, callSignal(stream, headers, this.shutdown));
      origin = app.origin;
      out = forwardHeaders(headers, notToApp, `${app.host.includes(":") ? `[${app.host}]` : app.host}:${app.port}`);
      if (app.apiToken !== undefined) out[apiTokenHeader] = app.apiToken;
    } else {
      let target;
      try {
        target = await this.inv.targets.resolve(appId, peerToken !== undefined);
      } catch (e) {
        // Dapr's proxy hands the resolver's error to gRPC as it is, which makes it Unknown.
        replyStatus(stream, Code.Unknown, causeText(e));
        return;
      }
      if (target.kind !== "peer") throw new Error("unreachable");
      const peer = target.peer;
      origin = originOf(peer.host, peer.grpcPort);
      out = forwardHeaders(headers, notToPeer, `${peer.host}:${peer.grpcPort}`);
      out[calleeAppIdHeader] = peer.appId;
      out[callerAppIdHeader] = this.inv.appId;
      out[callerNamespaceHeader] = this.inv.namespace;
      out[peerTokenHeader] = peer.peerToken;
      // A streamed call cannot be replayed; the next one resolves afresh.
      unreachable = () => this.inv.targets.forget(peer);
    }
    if (stream.destroyed) return;
    let upstream: ClientHttp2Stream;
    try {
      upstream = this.sessions.get(origin).request(out, { endStream: false });
    } catch (e) {
      unreachable?.();
      replyStatus(stream, Code.Unavailable, `failed to proxy request to app ${appId}: ${causeText(e)}`);
      return;
    }
    pipeCall(stream, upstream, appId, unreachable);
  }
}

function ignore(): void {}

/** Wires the caller's stream and the upstream stream together until both are done. */
function pipeCall(stream: ServerHttp2Stream, upstream: ClientHttp2Stream, appId: string, unreachable?: () => void): void {
  /** The upstream's trailers for the caller, sent when the caller's stream asks for them (after the last DATA). */
  let trailers: OutgoingHttpHeaders | undefined;
  forward(stream, upstream);
  upstream.on("response", (headers, flags) => {
    const answer = responseHeaders(headers);
    if (flags & constants.NGHTTP2_FLAG_END_STREAM) {
      // Trailers-only answer (an error before any message).
      if (!stream.destroyed) stream.respond(answer, { endStream: true });
      return;
    }
    if (stream.destroyed) return;
    stream.respond(answer, { waitForTrailers: true });
    stream.once("wantTrailers", () => {
      stream.sendTrailers(trailers ?? { "grpc-status": String(Code.Internal), "grpc-message": encodeGrpcMessage("the app ended the call without a status") });
    });
    forward(upstream, stream);
  });
  upstream.on("trailers", (t) => {
    trailers = responseHeaders(t);
  });
  upstream.on("error", (err: Error) => {
    if (!stream.headersSent) unreachable?.();
    if (!stream.headersSent) replyStatus(stream, Code.Unavailable, `failed to proxy request to app ${appId}: ${causeText(err)}`);
    else if (!stream.destroyed) stream.close(constants.NGHTTP2_INTERNAL_ERROR);
  });
  upstream.on("close", () => {
    if (stream.destroyed || stream.closed) return;
    if (!stream.headersSent) replyStatus(stream, Code.Unavailable, `the app closed the call (${upstream.rstCode ?? 0})`);
    else if (upstream.rstCode && upstream.rstCode !== constants.NGHTTP2_NO_ERROR) stream.close(upstream.rstCode);
  });
  stream.on("close", () => {
    if (!upstream.closed && !upstream.destroyed) upstream.close(constants.NGHTTP2_CANCEL);
  });
}

/**
 * Moves DATA from one stream to the other and ends it after, pausing the
 * source while the destination is full. Lighter than pipe(), whose
 * bookkeeping costs more than a small unary call.
 */
function forward(from: ServerHttp2Stream | ClientHttp2Stream, to: ServerHttp2Stream | ClientHttp2Stream): void {
  const resume = () => from.resume();
  from.on("data", (chunk: Buffer) => {
    if (to.destroyed) return;
    if (!to.write(chunk)) {
      from.pause();
      to.once("drain", resume);
    }
  });
  from.once("end", () => {
    if (!to.destroyed && !to.writableEnded) to.end();
  });
}

/** The caller's headers for the upstream: pseudo-headers set for the target, forbidden and consumed ones left out, a traceparent made when missing. */
function forwardHeaders(headers: IncomingHttpHeaders, drop: ReadonlySet<string>, authority: string): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {
    ":method": headers[":method"] ?? "POST",
    ":path": headers[":path"] ?? "/",
    ":scheme": "http",
    ":authority": authority,
  };
  for (const name in headers) {
    if (name.charCodeAt(0) === 0x3a || drop.has(name)) continue;
    out[name] = headers[name];
  }
  if (out[traceparentHeader] === undefined) {
    const made = madeTraceparent();
    if (made) out[traceparentHeader] = made;
  }
  return out;
}

/** The upstream's answer headers (or trailers) for the caller. */
function responseHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const name in headers) {
    if (connectionHeaders.has(name)) continue;
    if (name.charCodeAt(0) === 0x3a && name !== ":status") continue;
    out[name] = headers[name];
  }
  return out;
}

/** A trailers-only gRPC answer with a status. */
function replyStatus(stream: ServerHttp2Stream, code: Code, message: string): void {
  replyError(stream, new ConnectError(message, code));
}

/** A trailers-only gRPC answer with an error's status, message and details (grpc-status-details-bin). */
function replyError(stream: ServerHttp2Stream, err: ConnectError): void {
  if (stream.destroyed || stream.closed) return;
  if (stream.headersSent) {
    stream.close(constants.NGHTTP2_INTERNAL_ERROR);
    return;
  }
  const answer: OutgoingHttpHeaders = {
    ":status": 200,
    "content-type": "application/grpc",
    "grpc-status": String(err.code),
    "grpc-message": encodeGrpcMessage(err.rawMessage),
  };
  if (err.details.length > 0) {
    const details = err.details.map((d) =>
      "desc" in d ? anyPack(d.desc, create(d.desc, d.value)) : { $typeName: "google.protobuf.Any" as const, typeUrl: `type.googleapis.com/${d.type}`, value: d.value },
    );
    const status = create(StatusSchema, { code: err.code, message: err.rawMessage, details });
    answer["grpc-status-details-bin"] = Buffer.from(toBinary(StatusSchema, status)).toString("base64").replace(/=+$/, "");
  }
  stream.respond(answer, { endStream: true });
  stream.resume();
}

/** The call's own deadline (grpc-timeout) and the caller going away, as one signal. */
function callSignal(stream: ServerHttp2Stream, headers: IncomingHttpHeaders, shutdown: AbortSignal): AbortSignal {
  const caller = new AbortController();
  stream.once("close", () => caller.abort(new Error("the caller went away")));
  const signals = [caller.signal, shutdown];
  const timeoutMs = parseGrpcTimeout(first(headers["grpc-timeout"]));
  if (timeoutMs !== undefined) signals.push(AbortSignal.timeout(timeoutMs));
  return AbortSignal.any(signals);
}

const timeoutUnits: Readonly<Record<string, number>> = { H: 3_600_000, M: 60_000, S: 1000, m: 1, u: 0.001, n: 0.000001 };

/** grpc-timeout ("100m", "5S") in milliseconds; undefined when absent or malformed. */
export function parseGrpcTimeout(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^(\d{1,8})([HMSmun])$/.exec(value);
  if (!m) return undefined;
  return Math.max(1, Math.ceil(Number(m[1]) * timeoutUnits[m[2]!]!));
}

/** grpc-message is percent-encoded outside printable ASCII (and "%" itself). */
export function encodeGrpcMessage(message: string): string {
  let plain = true;
  for (let i = 0; i < message.length && plain; i++) {
    const c = message.charCodeAt(i);
    plain = c >= 0x20 && c <= 0x7e && c !== 0x25;
  }
  if (plain) return message;
  let out = "";
  for (const byte of Buffer.from(message, "utf8")) {
    out += byte >= 0x20 && byte <= 0x7e && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v || undefined;
}
