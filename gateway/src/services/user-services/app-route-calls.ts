/**
 * User-defined services (pillion.api.v1.app_route): every call, whatever
 * protocol it came in on (REST transcoded from the route table, gRPC,
 * Connect, gRPC-Web), becomes a service invocation of the service's app:
 *
 * - a gRPC app (--app-protocol grpc) gets the same gRPC method
 *   (/<package>.<Service>/<Method>) with the request message: the app
 *   implements the service itself;
 * - an HTTP app gets POST /<method_prefix><Method> with the request in
 *   protobuf JSON and answers the response in protobuf JSON (an empty 2xx
 *   body is the empty message; unknown fields are ignored); an error answer
 *   becomes a gRPC status as http-app-status.ts says;
 * - an app behind another sidecar is reached by calling the same method on
 *   that sidecar's gRPC port (it serves the same generated service), with
 *   this sidecar's peer token. An error of that sidecar itself (say
 *   ERR_DIRECT_INVOKE when its app is down) carries its Dapr error code and
 *   HTTP status in metadata, so it reaches the caller as the same Dapr error.
 *
 * Targets are resolved, apps waited for, and headers mapped exactly as for
 * Dapr's service invocation (services/invoke/). The app's errors reach gRPC,
 * Connect and gRPC-Web callers as its status; REST callers get Dapr's error
 * body (rest-error.ts).
 */
import {
  create,
  createRegistry,
  fromJsonString,
  toJsonString,
  type DescMethodUnary,
  type Message,
  type Registry,
} from "@bufbuild/protobuf";
import { Code, ConnectError, type HandlerContext, type Transport } from "@connectrpc/connect";
import type { GrpcAppClient } from "../../app-channel/grpc-app-client.js";
import { ErrorInfoSchema } from "../../gen/google/rpc/error_details_pb.js";
import type { HttpAppClient } from "../../app-channel/http-app-client.js";
import * as errors from "../../errors/catalog.js";
import { causeText, DaprError } from "../../errors/dapr-error.js";
import { peerTokenHeader } from "../../server/auth.js";
import { grpcMetadataForGrpcApp, grpcMetadataToHttpHeaders, grpcResponseMetadata, hopByHopHeaders } from "../invoke/header-mapping.js";
import type { Invocation } from "../invoke/invocation.js";
import type { PeerAddress } from "../invoke/name-resolver.js";
import type { AppRoutedService } from "./app-routed-service.js";
import { statusFromAppAnswer } from "./http-app-status.js";
import { restErrorOf } from "./rest-error.js";

type UnaryHandler = (req: Message, ctx: HandlerContext) => Promise<Message>;

/** What a call needs to know about its service, worked out once per service. */
interface RouteInfo {
  readonly route: AppRoutedService;
  /** Types protobuf JSON may need (google.protobuf.Any contents) for the service's messages. */
  readonly registry: Registry;
  /** "/<method_prefix>" for HTTP apps. */
  readonly pathPrefix: string;
}

export class AppRouteCalls {
  constructor(
    private readonly inv: Invocation,
    /** A gRPC transport to another sidecar (PeerClients.transport). */
    private readonly peerTransport: (peer: PeerAddress) => Transport,
  ) {}

  /**
   * The implementation of a routed service, by method local name, for the
   * Connect router and the REST adapter alike.
   */
  implementation(route: AppRoutedService): Record<string, UnaryHandler> {
    const info: RouteInfo = {
      route,
      registry: createRegistry(route.service.file, ...route.service.file.dependencies),
      pathPrefix: `/${route.methodPrefix.replace(/^\/+/, "")}`,
    };
    const impl: Record<string, UnaryHandler> = {};
    for (const method of route.service.methods) {
      // codegen refuses app_route services with streaming methods
      if (method.methodKind !== "unary") continue;
      const unary = method as DescMethodUnary;
      impl[method.localName] = (req, ctx) => this.call(info, unary, req, ctx);
    }
    return impl;
  }

  private async call(info: RouteInfo, method: DescMethodUnary, req: Message, ctx: HandlerContext): Promise<Message> {
    const appId = info.route.appId;
    try {
      // A call another sidecar forwarded here must be for this sidecar's own app.
      const target = await this.inv.targets.resolve(appId, ctx.requestHeader.has(peerTokenHeader));
      if (target.kind === "peer") return await this.viaPeer(method, target.peer, appId, req, ctx);
      const app = this.inv.localApp(appId);
      if (!app.ready) await this.inv.waitForApp(app, appId, ctx.signal);
      if (app.http) return await this.toHttpApp(info, app.http, method, req, ctx);
      return await this.toGrpcApp(app.grpc!, method, appId, req, ctx);
    } catch (e) {
      // Another sidecar forwarded the call: its caller's sidecar rebuilds our own errors from the metadata.
      if (e instanceof DaprError && ctx.requestHeader.has(peerTokenHeader)) throw withPeerMetadata(e);
      throw ctx.protocolName === "rest" ? restErrorOf(e, appId) : e;
    }
  }

  private async toHttpApp(info: RouteInfo, http: HttpAppClient, method: DescMethodUnary, req: Message, ctx: HandlerContext): Promise<Message> {
    const appId = info.route.appId;
    const headers = grpcMetadataToHttpHeaders(ctx.requestHeader);
    headers["content-type"] = "application/json";
    headers["accept"] = "application/json";
    const body = toJsonString(method.input, req, { registry: info.registry });
    let res;
    try {
      res = await http.request({ method: "POST", path: info.pathPrefix + method.name, headers, body, signal: ctx.signal });
    } catch (e) {
      throw this.unreachable(appId, e, ctx);
    }
    passResponseHeaders(res.headers, ctx.responseHeader);
    if (res.status < 200 || res.status > 299) {
      const status = statusFromAppAnswer(res.status, res.body);
      throw new ConnectError(status.message, status.code);
    }
    if (res.body.length === 0) return create(method.output);
    try {
      return fromJsonString(method.output, Buffer.from(res.body).toString("utf8"), { registry: info.registry, ignoreUnknownFields: true });
    } catch (e) {
      throw errors.appResponseMalformed(appId, `${method.parent.typeName}/${method.name}`, causeText(e));
    }
  }

  private async toGrpcApp(grpc: GrpcAppClient, method: DescMethodUnary, appId: string, req: Message, ctx: HandlerContext): Promise<Message> {
    return this.unary(grpc.transport, method, appId, req, grpcMetadataForGrpcApp(ctx.requestHeader), ctx);
  }

  private async viaPeer(method: DescMethodUnary, peer: PeerAddress, appId: string, req: Message, ctx: HandlerContext): Promise<Message> {
    const headers = grpcMetadataForGrpcApp(ctx.requestHeader);
    headers.set(peerTokenHeader, peer.peerToken);
    this.inv.forwarded.setOn(headers, peer.appId);
    try {
      return await this.unary(this.peerTransport(peer), method, appId, req, headers, ctx);
    } catch (e) {
      // The other sidecar could not be reached: the next call resolves afresh.
      if (e instanceof DaprError) this.inv.targets.forget(peer);
      throw e instanceof ConnectError ? (fromPeerMetadata(e) ?? e) : e;
    }
  }

  /** One unary gRPC call; the server's status passes on as it is, a failure to reach it is ERR_DIRECT_INVOKE. */
  private async unary(transport: Transport, method: DescMethodUnary, appId: string, req: Message, headers: Headers, ctx: HandlerContext): Promise<Message> {
    const timeoutMs = ctx.timeoutMs();
    try {
      const res = await transport.unary(method, ctx.signal, timeoutMs, headers, req);
      grpcResponseMetadata(res.header, ctx.responseHeader);
      grpcResponseMetadata(res.trailer, ctx.responseTrailer);
      return res.message as Message;
    } catch (e) {
      const err = ConnectError.from(e);
      if (err.metadata.has("grpc-status") || err.code === Code.DeadlineExceeded || err.code === Code.Canceled) throw passOn(err);
      throw this.unreachable(appId, err, ctx);
    }
  }

  /** A failure to reach the app: the caller's own deadline or cancellation as that status, else ERR_DIRECT_INVOKE. */
  private unreachable(appId: string, e: unknown, ctx: HandlerContext): unknown {
    if (ctx.signal.aborted && ctx.signal.reason instanceof ConnectError) return ctx.signal.reason;
    return errors.directInvoke(appId, e);
  }
}

/** Metadata of a sidecar's own error on a forwarded call: its Dapr error code and HTTP status. */
const peerErrorCodeHeader = "pillion-error-code";
const peerErrorStatusHeader = "pillion-error-http-status";

/** A sidecar's own error, marked for the sidecar that forwarded the call. */
function withPeerMetadata(e: DaprError): DaprError {
  return new DaprError({
    errorCode: e.errorCode,
    message: e.message,
    httpStatus: e.httpStatus,
    grpcCode: e.grpcCode,
    ...(e.reason !== undefined && { reason: e.reason }),
    ...(e.metadata !== undefined && { metadata: e.metadata }),
    ...(e.resource !== undefined && { resource: e.resource }),
    ...(e.fieldViolations !== undefined && { fieldViolations: e.fieldViolations }),
    headers: { ...e.headers, [peerErrorCodeHeader]: e.errorCode, [peerErrorStatusHeader]: String(e.httpStatus) },
    cause: e,
  });
}

/** The Dapr error another sidecar answered with (withPeerMetadata); undefined for the app's own errors. */
function fromPeerMetadata(e: ConnectError): DaprError | undefined {
  const errorCode = e.metadata.get(peerErrorCodeHeader);
  const httpStatus = Number(e.metadata.get(peerErrorStatusHeader));
  if (!errorCode || !/^ERR_[A-Z0-9_]+$|^DAPR_[A-Z0-9_]+$/.test(errorCode) || !Number.isInteger(httpStatus) || httpStatus < 400 || httpStatus > 599) return undefined;
  const info = e.findDetails(ErrorInfoSchema)[0];
  return new DaprError({
    errorCode,
    message: e.rawMessage,
    httpStatus,
    grpcCode: e.code,
    ...(info && { reason: info.reason, metadata: { ...info.metadata } }),
    cause: e,
  });
}

/** Another server's error as our own status: same code, message and details; transport metadata left out. */
function passOn(err: ConnectError): ConnectError {
  const md = new Headers();
  grpcResponseMetadata(err.metadata, md);
  const out = new ConnectError(err.rawMessage, err.code, md, undefined, err.cause);
  out.details.push(...err.details);
  return out;
}

/** Headers of an HTTP app's answer that describe the HTTP exchange itself rather than the call. */
const exchangeHeaders: ReadonlySet<string> = new Set([...hopByHopHeaders, "content-type", "content-length", "content-encoding", "date", "server", "etag", "traceparent", "tracestate"]);

/** An HTTP app's response headers (its own, such as x-request-id) as response metadata of the call. */
function passResponseHeaders(headers: Readonly<Record<string, string | string[] | undefined>>, out: Headers): void {
  for (const name in headers) {
    const value = headers[name];
    const lower = name.toLowerCase();
    if (value === undefined || exchangeHeaders.has(lower) || lower.startsWith("grpc-") || lower.endsWith("-bin")) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.append(lower, v);
  }
}
