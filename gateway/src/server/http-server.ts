import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { RestAdapter } from "../protocols/rest/rest-adapter.js";
import { respondWithError } from "../protocols/http/respond.js";
import { unauthenticated } from "../errors/catalog.js";
import { apiTokenHeader, type TokenCheck } from "./auth.js";

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpServerOptions {
  readonly rest: RestAdapter;
  /** Serves Connect and gRPC-Web (HTTP/1.1) for the generated services. */
  readonly connect: NodeHandler;
  /** First path segments ("dapr.proto.runtime.v1.Dapr") that go to the Connect handler. */
  readonly rpcServices: ReadonlySet<string>;
  readonly tokens: TokenCheck;
  /** Extra fixed routes (e.g. /openapi.json) served before the REST table. */
  readonly extra?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;
}

/** Paths served without the API token, as in Dapr. */
const publicPaths = new Set(["/v1.0/healthz", "/v1.0/healthz/outbound"]);

/** The HTTP port (3500 by default): Dapr's REST API, plus Connect and gRPC-Web. */
export function createHttpServer(opts: HttpServerOptions): Server {
  const server = createServer({ keepAlive: true, requestTimeout: 0 }, (req, res) => {
    const url = new URL(req.url ?? "/", "http://sidecar");
    const first = url.pathname.slice(1, url.pathname.indexOf("/", 1) >>> 0);
    if (opts.rpcServices.has(first)) {
      opts.connect(req, res); // the Connect router checks the token with an interceptor
      return;
    }
    if (opts.tokens.enabled && !publicPaths.has(url.pathname) && !opts.tokens.accepts(req.headers[apiTokenHeader])) {
      respondWithError(res, unauthenticated());
      return;
    }
    if (opts.extra?.(req, res, url)) return;
    void opts.rest.handle(req, res, url);
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
