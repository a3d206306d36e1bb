import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { badRequest } from "../errors/catalog.js";
import { respondWithError } from "../protocols/http/respond.js";
import type { RestAdapter } from "../protocols/rest/rest-adapter.js";
import { apiTokenHeader, peerTokenHeader, type TokenCheck } from "./auth.js";
import { requestTarget, type RequestTarget } from "./request-target.js";
import type { TokenExemptRoutes } from "./token-exempt-routes.js";

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpServerOptions {
  readonly rest: RestAdapter;
  /** Serves Connect and gRPC-Web (HTTP/1.1) for the generated services. */
  readonly connect: NodeHandler;
  /** First path segments ("dapr.proto.runtime.v1.Dapr") that go to the Connect handler. */
  readonly rpcServices: ReadonlySet<string>;
  readonly tokens: TokenCheck;
  /** Routes of token-exempt services (pillion's site) reachable without the API token, besides the health routes. */
  readonly tokenExempt?: TokenExemptRoutes;
  /** Extra fixed routes (e.g. /openapi.json) served before the REST table. */
  readonly extra?: (req: IncomingMessage, res: ServerResponse, target: RequestTarget) => boolean;
}

/** Paths GET may reach without the API token, as in Dapr (compared without leading/trailing slashes). */
const publicPaths = new Set(["v1.0/healthz", "v1.0/healthz/outbound"]);

function isPublic(method: string | undefined, pathname: string): boolean {
  return method === "GET" && publicPaths.has(pathname.replace(/^\/+|\/+$/g, ""));
}

/** A service call another pillion sidecar forwarded here: its peer token stands in for the API token. */
function isPeerInvocation(tokens: TokenCheck, req: IncomingMessage, pathname: string): boolean {
  return pathname.startsWith("/v1.0/invoke/") && tokens.acceptsPeer(req.headers[peerTokenHeader]);
}

/** daprd's answer to a missing or wrong token: Go's http.Error(w, "invalid api token", 401), plain text. */
function refuseToken(res: ServerResponse): void {
  const body = "invalid api token\n";
  res.writeHead(401, {
    "content-type": "text/plain; charset=utf-8",
    "x-content-type-options": "nosniff",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

/** The HTTP port (3500 by default): Dapr's REST API, plus Connect and gRPC-Web. */
export function createHttpServer(opts: HttpServerOptions): Server {
  const server = createServer({ keepAlive: true, requestTimeout: 0 }, (req, res) => {
    const target = requestTarget(req.url);
    if (!target) {
      req.resume();
      respondWithError(res, badRequest(`the request target ${JSON.stringify(req.url)} is not a valid path`));
      return;
    }
    const pathname = target.pathname;
    const first = pathname.slice(1, pathname.indexOf("/", 1) >>> 0);
    if (opts.rpcServices.has(first)) {
      opts.connect(req, res); // the Connect router checks the token with an interceptor
      return;
    }
    if (
      opts.tokens.enabled &&
      !isPublic(req.method, pathname) &&
      !opts.tokenExempt?.matches(req.method, pathname) &&
      !opts.tokens.accepts(req.headers[apiTokenHeader]) &&
      !isPeerInvocation(opts.tokens, req, pathname)
    ) {
      req.resume();
      refuseToken(res);
      return;
    }
    if (opts.extra?.(req, res, target)) return;
    void opts.rest.handle(req, res, target);
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
