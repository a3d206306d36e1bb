/**
 * HTTP service invocation delivered to a gRPC app (AppCallback.OnInvoke), as
 * Dapr translates it: the body becomes the InvokeRequest's data (an Any with
 * no type URL), Content-Type its content_type, verb and query string its
 * http_extension, headers gRPC metadata. The answer comes back with status
 * 200, the response data as body and its content type (or
 * application/x-protobuf when the Any has a type URL); a gRPC error becomes
 * the matching HTTP status with the status as JSON ({"code","message",
 * "details"}).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { create, createRegistry, toJsonString } from "@bufbuild/protobuf";
import { anyPack } from "@bufbuild/protobuf/wkt";
import { ConnectError } from "@connectrpc/connect";
import type { GrpcAppClient } from "../../app-channel/grpc-app-client.js";
import { InvokeRequestSchema } from "../../gen/dapr/proto/common/v1/common_pb.js";
import { file_google_rpc_error_details } from "../../gen/google/rpc/error_details_pb.js";
import { StatusSchema } from "../../gen/google/rpc/status_pb.js";
import { grpcMetadataToHttpResponseHeaders, httpRequestHeadersToGrpcMetadata } from "../../services/invoke/header-mapping.js";
import { verbFromMethod } from "../../services/invoke/http-verb.js";
import { httpStatusFromCode } from "../../services/invoke/status-codes.js";
import { readWholeBody } from "./invoke-relay.js";

const protobufContentType = "application/x-protobuf";
/** What Go's content sniffing makes of the JSON status body Dapr writes without a content type. */
const statusBodyContentType = "text/plain; charset=utf-8";
const detailTypes = createRegistry(file_google_rpc_error_details);

export async function invokeGrpcApp(
  grpc: GrpcAppClient,
  req: IncomingMessage,
  res: ServerResponse,
  call: { readonly method: string; readonly query: string; readonly maxBodyBytes: number },
): Promise<void> {
  const body = await readWholeBody(req, call.maxBodyBytes);
  const message = create(InvokeRequestSchema, {
    method: call.method,
    data: { typeUrl: "", value: body },
    contentType: req.headers["content-type"] ?? "",
    httpExtension: { verb: verbFromMethod(req.method ?? "GET"), querystring: call.query },
  });
  const caller = new AbortController();
  res.once("close", () => caller.abort(new Error("the caller went away")));
  const headers: Record<string, string | string[] | number> = {};
  try {
    const out = await grpc.callback.onInvoke(message, {
      headers: httpRequestHeadersToGrpcMetadata(req.rawHeaders),
      signal: caller.signal,
      onHeader: (h) => grpcMetadataToHttpResponseHeaders(h, headers as Record<string, string>),
    });
    const contentType = out.data?.typeUrl ? protobufContentType : out.contentType;
    if (contentType) headers["content-type"] = contentType;
    const data = out.data?.value ?? new Uint8Array(0);
    headers["content-length"] = data.length;
    res.writeHead(200, headers);
    res.end(data);
  } catch (e) {
    if (caller.signal.aborted) return;
    const err = ConnectError.from(e);
    grpcMetadataToHttpResponseHeaders(err.metadata, headers as Record<string, string>);
    const text = statusJson(err);
    headers["content-type"] = statusBodyContentType;
    headers["content-length"] = Buffer.byteLength(text);
    res.writeHead(httpStatusFromCode(err.code), headers);
    res.end(text);
  }
}

/** The gRPC status as protobuf JSON; details of types we do not know are left out. */
function statusJson(err: ConnectError): string {
  const details = [];
  for (const d of err.details) {
    if ("desc" in d) details.push(anyPack(d.desc, create(d.desc, d.value)));
    else if (detailTypes.getMessage(d.type)) details.push({ $typeName: "google.protobuf.Any" as const, typeUrl: `type.googleapis.com/${d.type}`, value: d.value });
  }
  return toJsonString(StatusSchema, create(StatusSchema, { code: err.code, message: err.rawMessage, details }), { registry: detailTypes });
}
