/**
 * Service invocation over gRPC and Connect: Dapr.InvokeService. (HTTP callers
 * use the invoke proxy, which shares target resolution, header rules and app
 * readiness with this block.)
 *
 * To an HTTP app the call becomes an HTTP request: verb and query from
 * http_extension, body the Any's value, Content-Type the message's (or
 * application/x-protobuf when the Any has a type URL). The app's answer comes
 * back as InvokeResponse; a non-2xx status becomes a gRPC error (code from
 * the status, message the status text, ErrorInfo with http.code), and the
 * status is always in the `dapr-http-status` response header. To a gRPC app
 * the message goes to AppCallback.OnInvoke as it is, and its answer, status,
 * headers and trailers come back as they are. To an app behind another
 * sidecar, the call goes to that sidecar's InvokeService.
 *
 * To the local gRPC app the message is passed through as bytes when nothing
 * in it changes (invokeServiceRaw): the InvokeRequest's encoding from the
 * caller's InvokeServiceRequest is OnInvoke's request, and the app's
 * InvokeResponse frame is the caller's answer, as daprd forwards the proto
 * message; no encode on either side, no Headers for the metadata.
 */
import type { OutgoingHttpHeaders } from "node:http2";
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type HandlerContext } from "@connectrpc/connect";
import type { GrpcAppClient } from "../../app-channel/grpc-app-client.js";
import type { HttpAppClient } from "../../app-channel/http-app-client.js";
import * as errors from "../../errors/catalog.js";
import { InvokeRequestSchema, InvokeResponseSchema, type InvokeRequest, type InvokeResponse } from "../../gen/dapr/proto/common/v1/common_pb.js";
import { InvokeServiceRequestSchema, type InvokeServiceRequest } from "../../gen/dapr/proto/runtime/v1/invoke_pb.js";
import type { UnaryCallContext } from "../../protocols/grpc-fast/call-context.js";
import { peerTokenHeader } from "../../server/auth.js";
import { embeddedMessageBytes, lastStringField } from "./embedded-message.js";
import {
  grpcMetadataForGrpcApp,
  grpcMetadataObjectForGrpcApp,
  grpcMetadataToHttpHeaders,
  grpcResponseMetadata,
  grpcResponseMetadataObject,
  httpResponseHeadersToGrpcMetadata,
  httpStatusHeader,
} from "./header-mapping.js";
import { methodFromVerb } from "./http-verb.js";
import type { Invocation } from "./invocation.js";
import { methodToPath, normalizeMethod } from "./method-name.js";
import type { PeerAddress } from "./name-resolver.js";
import { errorFromHttpResponse } from "./status-codes.js";

const protobufContentType = "application/x-protobuf";
/** Field numbers of InvokeServiceRequest.id, .message (3) and InvokeRequest.method. */
const idField = InvokeServiceRequestSchema.field.id.number;
const messageField = InvokeServiceRequestSchema.field.message.number;
const methodField = InvokeRequestSchema.field.method.number;

export class InvokeService {
  constructor(private readonly inv: Invocation) {}

  async invokeService(req: InvokeServiceRequest, ctx: HandlerContext): Promise<InvokeResponse> {
    const appId = req.id;
    const message = req.message ?? create(InvokeRequestSchema);
    let method: string;
    try {
      method = normalizeMethod(message.method);
    } catch (e) {
      throw errors.directInvoke(appId, e);
    }
    const target = await this.inv.targets.resolve(appId, ctx.requestHeader.has(peerTokenHeader));
    if (target.kind === "peer") return this.viaPeer(target.peer, appId, method, message, ctx);
    const app = this.inv.localApp(appId);
    if (!app.ready) await this.inv.waitForApp(app, appId, ctx.signal);
    if (app.http) return this.toHttpApp(app.http, appId, method, message, ctx);
    return this.toGrpcApp(app.grpc!, method, message, ctx);
  }

  /**
   * InvokeService on the gRPC fast path for a call to the local gRPC app,
   * ready, whose method needs no normalising: the InvokeRequest's bytes go to
   * OnInvoke and the app's answer frame comes back as it is. Anything else
   * (HTTP app, another sidecar, an app not listening yet, a method to
   * rewrite, a message field absent or repeated) is undefined: the decoded
   * way takes the call. Same headers, trailers, errors and deadline as
   * toGrpcApp.
   */
  readonly invokeServiceRaw = (encoded: Uint8Array, ctx: UnaryCallContext): Promise<Uint8Array> | undefined => {
    const app = this.inv.app;
    if (!app?.ready || app.http || !app.grpc) return undefined;
    // The bytes surely decode (the fast path checked): id, message and its method read as the decoder would.
    const request = embeddedMessageBytes(encoded, messageField);
    if (!request || !this.inv.targets.isLocal(lastStringField(encoded, idField) ?? "")) return undefined;
    const method = lastStringField(request, methodField) ?? "";
    try {
      if (normalizeMethod(method) !== method) return undefined;
    } catch {
      return undefined;
    }
    return this.toGrpcAppRaw(app.grpc, request, ctx);
  };

  private async toGrpcAppRaw(grpc: GrpcAppClient, request: Uint8Array, ctx: UnaryCallContext): Promise<Uint8Array> {
    const timeoutMs = ctx.timeoutMs();
    const made = ctx.requestHeaderIfMade();
    let metadata: OutgoingHttpHeaders;
    if (made) {
      // An interceptor has read (and may have changed) the request metadata: take it from there.
      const fromHeaders: OutgoingHttpHeaders = (metadata = {});
      grpcMetadataForGrpcApp(made).forEach((value, name) => (fromHeaders[name] = value));
    } else {
      metadata = grpcMetadataObjectForGrpcApp(ctx.rawHeaders);
    }
    try {
      // The call's cancellation rather than its signal: the transport keeps the deadline (timeoutMs), no AbortController per call.
      const answer = await grpc.onInvokeRaw(request, { metadata, signal: ctx.cancellation, ...(timeoutMs !== undefined && { timeoutMs }) });
      const header: Record<string, string> = { "content-type": "application/grpc+proto" };
      const trailer: Record<string, string> = { "grpc-status": "0" };
      grpcResponseMetadataObject(answer.head, header);
      grpcResponseMetadataObject(answer.trailers, trailer);
      ctx.setResponseMetadata(header, trailer);
      return answer.frame;
    } catch (e) {
      throw passOn(e);
    }
  }

  private async toHttpApp(http: HttpAppClient, appId: string, method: string, message: InvokeRequest, ctx: HandlerContext): Promise<InvokeResponse> {
    const ext = message.httpExtension;
    if (!ext) throw errors.directInvoke(appId, new ConnectError("missing HTTP extension field", Code.InvalidArgument));
    const verb = methodFromVerb(ext.verb);
    if (!verb) throw errors.directInvoke(appId, new ConnectError("invalid HTTP verb", Code.InvalidArgument));
    const headers = grpcMetadataToHttpHeaders(ctx.requestHeader);
    const data = message.data;
    const contentType = data?.typeUrl ? protobufContentType : message.contentType;
    if (contentType) headers["content-type"] = contentType;
    const path = ext.querystring ? `${methodToPath(method)}?${ext.querystring}` : methodToPath(method);
    let res;
    try {
      res = await http.request({ method: verb, path, headers, ...(data && data.value.length > 0 && { body: data.value }), signal: ctx.signal });
    } catch (e) {
      // The call's own deadline (or cancellation) ends it with that status, as in Dapr.
      if (ctx.signal.aborted && ctx.signal.reason instanceof ConnectError) throw ctx.signal.reason;
      throw errors.directInvoke(appId, e);
    }
    httpResponseHeadersToGrpcMetadata(res.headers, ctx.responseHeader);
    ctx.responseHeader.set(httpStatusHeader, String(res.status));
    const failed = errorFromHttpResponse(res.status, res.body);
    if (failed) throw failed;
    const ct = res.headers["content-type"];
    return create(InvokeResponseSchema, {
      data: { typeUrl: "", value: res.body },
      contentType: Array.isArray(ct) ? (ct[0] ?? "") : (ct ?? ""),
    });
  }

  private async toGrpcApp(grpc: GrpcAppClient, method: string, message: InvokeRequest, ctx: HandlerContext): Promise<InvokeResponse> {
    const timeoutMs = ctx.timeoutMs();
    try {
      return await grpc.callback.onInvoke(method === message.method ? message : { ...message, method }, {
        headers: grpcMetadataForGrpcApp(ctx.requestHeader),
        signal: ctx.signal,
        ...(timeoutMs !== undefined && { timeoutMs }),
        onHeader: (h) => grpcResponseMetadata(h, ctx.responseHeader),
        onTrailer: (t) => grpcResponseMetadata(t, ctx.responseTrailer),
      });
    } catch (e) {
      // As in Dapr, whatever the gRPC call ended with (the app's status, or
      // Unavailable when it cannot be reached) is the caller's status.
      throw passOn(e);
    }
  }

  private async viaPeer(peer: PeerAddress, appId: string, method: string, message: InvokeRequest, ctx: HandlerContext): Promise<InvokeResponse> {
    const headers = grpcMetadataForGrpcApp(ctx.requestHeader);
    headers.set(peerTokenHeader, peer.peerToken);
    this.inv.forwarded.setOn(headers, peer.appId);
    const timeoutMs = ctx.timeoutMs();
    const request = { id: peer.appId, message: method === message.method ? message : { ...message, method } };
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.inv.peers.dapr(peer).invokeService(request, {
          headers,
          signal: ctx.signal,
          ...(timeoutMs !== undefined && { timeoutMs }),
          onHeader: (h) => grpcResponseMetadata(h, ctx.responseHeader),
          onTrailer: (t) => grpcResponseMetadata(t, ctx.responseTrailer),
        });
      } catch (e) {
        const err = ConnectError.from(e);
        if (answeredByServer(err)) throw passOn(err);
        // The other sidecar could not be reached: resolve afresh and try once more, as Dapr retries.
        this.inv.targets.forget(peer);
        if (attempt === 0 && err.code === Code.Unavailable && !ctx.signal.aborted) {
          const again = await this.inv.targets.resolve(appId, false);
          if (again.kind === "peer") {
            peer = again.peer;
            headers.set(peerTokenHeader, peer.peerToken);
            continue;
          }
        }
        throw errors.directInvoke(appId, err);
      }
    }
  }
}

/** Whether an error is a status the server sent (as opposed to a failure to reach it). */
function answeredByServer(err: ConnectError): boolean {
  return err.metadata.has("grpc-status");
}

/** Another server's error as our own status: same code, message and details; transport metadata left out. */
function passOn(e: unknown): ConnectError {
  const err = ConnectError.from(e);
  const md = new Headers();
  grpcResponseMetadata(err.metadata, md);
  const out = new ConnectError(err.rawMessage, err.code, md, undefined, err.cause);
  out.details.push(...err.details);
  return out;
}
