/**
 * The benchmark's gRPC app, on bare node:http2 so that its own cost stays
 * small next to the sidecar's:
 *
 *   dapr.proto.runtime.v1.AppCallback/OnInvoke   answers InvokeResponse with
 *                                                the request's data and content type
 *   bench.Echo/Echo                              answers the request message as is
 *                                                (reached through gRPC proxy mode)
 *   AppCallback/ListTopicSubscriptions           no subscriptions
 *   anything else                                Unimplemented
 *
 * Run as a process: `node --import tsx bench/echo-grpc-app.ts` (APP_PORT).
 */
import { createServer, type IncomingHttpHeaders, type ServerHttp2Stream } from "node:http2";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { InvokeRequestSchema, InvokeResponseSchema } from "../gateway/src/gen/dapr/proto/common/v1/common_pb.js";

const port = Number(process.env["APP_PORT"] ?? 0);

type Unary = (message: Uint8Array) => Uint8Array;

const methods = new Map<string, Unary>([
  [
    "/dapr.proto.runtime.v1.AppCallback/OnInvoke",
    (message) => {
      const req = fromBinary(InvokeRequestSchema, message);
      return toBinary(InvokeResponseSchema, create(InvokeResponseSchema, { ...(req.data && { data: req.data }), contentType: req.contentType }));
    },
  ],
  ["/bench.Echo/Echo", (message) => message],
  ["/dapr.proto.runtime.v1.AppCallback/ListTopicSubscriptions", () => new Uint8Array(0)],
]);

function frame(message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(5 + message.length);
  out[0] = 0;
  out.writeUInt32BE(message.length, 1);
  out.set(message, 5);
  return out;
}

function reply(stream: ServerHttp2Stream, status: number, message?: string, body?: Uint8Array): void {
  if (stream.destroyed) return;
  stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
  stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": String(status), ...(message && { "grpc-message": encodeURIComponent(message) }) }));
  stream.end(body ? frame(body) : undefined);
}

const server = createServer();
server.on("stream", (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => {
  const method = methods.get(String(headers[":path"]));
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.on("end", () => {
    if (!method) {
      reply(stream, 12, `unknown method ${String(headers[":path"])}`);
      return;
    }
    const data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    if (data.length < 5 || data[0] !== 0 || data.readUInt32BE(1) !== data.length - 5) {
      reply(stream, 13, "expected one uncompressed message");
      return;
    }
    try {
      reply(stream, 0, undefined, method(data.subarray(5)));
    } catch (e) {
      reply(stream, 13, String(e));
    }
  });
  stream.on("error", () => {});
});
server.listen(port, "127.0.0.1", () => {
  const addr = server.address();
  process.stdout.write(`listening ${typeof addr === "object" && addr ? addr.port : port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
