import { createServer, type Http2Server, type Http2ServerRequest, type Http2ServerResponse } from "node:http2";

export type Http2Handler = (req: Http2ServerRequest, res: Http2ServerResponse) => void;

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
  readonly proxy?: Http2Handler;
  /** Serves unary gRPC calls of the sidecar's services ahead of connect-node; false leaves a call to it. */
  readonly fastUnary?: { handle(req: Http2ServerRequest, res: Http2ServerResponse): boolean };
}

/** The gRPC port (50001 by default): gRPC over h2c, plus Connect and gRPC-Web over HTTP/2. */
export function createGrpcServer(opts: GrpcServerOptions): Http2Server {
  const server = createServer({ maxSessionMemory: 64 }, (req, res) => {
    const path = req.url ?? "/";
    const service = path.slice(1, path.indexOf("/", 1) >>> 0);
    if (!opts.rpcServices.has(service) && opts.proxy && (req.headers["dapr-app-id"] !== undefined || req.headers["dapr-callee-app-id"] !== undefined)) {
      opts.proxy(req, res);
      return;
    }
    if (opts.fastUnary?.handle(req, res)) return;
    opts.connect(req, res);
  });
  return server;
}
