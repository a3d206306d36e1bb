import {
  constants,
  createServer,
  Http2ServerRequest,
  Http2ServerResponse,
  type Http2Server,
  type IncomingHttpHeaders,
  type ServerHttp2Stream,
} from "node:http2";

export type Http2Handler = (req: Http2ServerRequest, res: Http2ServerResponse) => void;
/** A handler on the raw HTTP/2 stream (no compat request/response objects). */
export type Http2StreamHandler = (stream: ServerHttp2Stream, headers: IncomingHttpHeaders, rawHeaders: readonly string[]) => void;

export interface GrpcServerOptions {
  /** Serves gRPC, Connect and gRPC-Web for the generated services. */
  readonly connect: Http2Handler;
  /** Services the sidecar itself implements, by full name. */
  readonly rpcServices: ReadonlySet<string>;
  /**
   * gRPC proxy mode: a call to a service the sidecar does not implement, with
   * dapr-app-id (or, from another sidecar, dapr-callee-app-id) metadata, is
   * forwarded to that app.
   */
  readonly proxy?: Http2StreamHandler;
  /** Serves unary gRPC calls of the sidecar's services ahead of connect-node; false leaves a call to it. */
  readonly fastUnary?: { handle(stream: ServerHttp2Stream, headers: IncomingHttpHeaders, rawHeaders: readonly string[]): boolean };
}

/**
 * The gRPC port (50001 by default): gRPC over h2c, plus Connect and gRPC-Web over HTTP/2.
 *
 * Calls are taken from the server's `stream` event: proxy mode and the unary
 * fast path work on the raw stream, and only what goes to connect-node gets
 * the compat layer's request and response objects (built as node's own
 * `request` event builds them), so the hot paths do not pay for two objects
 * and their listeners per call.
 */
export function createGrpcServer(opts: GrpcServerOptions): Http2Server {
  const server = createServer({ maxSessionMemory: 64 });
  server.on("stream", (stream: ServerHttp2Stream, headers: IncomingHttpHeaders, _flags: number, rawHeaders: string[]) => {
    const path = headers[":path"] ?? "/";
    const service = path.slice(1, path.indexOf("/", 1) >>> 0);
    if (!opts.rpcServices.has(service) && opts.proxy && (headers["dapr-app-id"] !== undefined || headers["dapr-callee-app-id"] !== undefined)) {
      opts.proxy(stream, headers, rawHeaders);
      return;
    }
    if (opts.fastUnary?.handle(stream, headers, rawHeaders)) return;
    serveCompat(opts.connect, stream, headers, rawHeaders);
  });
  return server;
}

/** What node:http2 does for a `request` listener: the compat request and response, CONNECT refused, Expect answered. */
function serveCompat(handler: Http2Handler, stream: ServerHttp2Stream, headers: IncomingHttpHeaders, rawHeaders: string[]): void {
  const req = new Http2ServerRequest(stream, headers, undefined as never, rawHeaders);
  const res = new Http2ServerResponse(stream);
  if (headers[":method"] === "CONNECT") {
    res.statusCode = constants.HTTP_STATUS_METHOD_NOT_ALLOWED;
    res.end();
    return;
  }
  const expect = headers["expect"];
  if (expect !== undefined) {
    if (expect !== "100-continue") {
      res.statusCode = constants.HTTP_STATUS_EXPECTATION_FAILED;
      res.end();
      return;
    }
    res.writeContinue();
  }
  handler(req, res);
}
