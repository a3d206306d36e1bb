/**
 * The REST protocol adapter: matches a request against the generated route
 * table, transcodes it into the RPC's request message, calls the same
 * service implementation the gRPC and Connect adapters call, and transcodes
 * the response. Routes with a proxy handler (service invocation, actors) go
 * to their hand-written proxy instead.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Message } from "@bufbuild/protobuf";
import { createContextValues, createHandlerContext, type HandlerContext } from "@connectrpc/connect";
import { methodNotAllowed, notFoundRoute } from "../../errors/catalog.js";
import { readBody } from "../http/body.js";
import { respondWithError } from "../http/respond.js";
import { cleanPath } from "./clean-path.js";
import { compileRoute, type CompiledRoute } from "./compiled-route.js";
import type { RestJsonCodec } from "./json-codec.js";
import type { RestProxyHandler, RestRoute } from "./route.js";
import { RestRouter, type RouteMatch } from "./router.js";
import { adjustBody, adjustRequest } from "./request-hand-code.js";
import { responseStatus } from "./response-hand-code.js";
import { decodeRequest, encodeResponse } from "./transcode.js";

/** A hand-written handler for routes that proxy raw traffic. */
export type ProxyHandler = (req: IncomingMessage, res: ServerResponse, match: RouteMatch, url: URL) => Promise<void>;

type UnaryMethod = (req: Message, ctx: HandlerContext) => Promise<unknown>;

export interface RestAdapterOptions {
  readonly routes: readonly RestRoute[];
  /** Service implementations by service type name. */
  readonly implementations: ReadonlyMap<string, object>;
  readonly codec: RestJsonCodec;
  readonly maxBodyBytes: number;
  readonly proxies: Partial<Record<RestProxyHandler, ProxyHandler>>;
  /**
   * Serves requests that match no route (wrong path or wrong verb), as daprd
   * hands them to service invocation; without it they answer 404 / 405.
   */
  readonly fallback?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
  readonly shutdownSignal: AbortSignal;
}

export class RestAdapter {
  private readonly router: RestRouter;
  private readonly compiled = new Map<RestRoute, CompiledRoute>();

  constructor(private readonly opts: RestAdapterOptions) {
    this.router = new RestRouter(opts.routes);
    for (const r of opts.routes) if (!r.handler) this.compiled.set(r, compileRoute(r));
  }

  /** Serves a request; one that matches no route goes to the fallback, else answers 404 / 405 with Dapr's error body. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? "GET";
    // Routed on the cleaned path, as daprd does (trailing slash, "//", "." and "..").
    const match = this.router.match(method, cleanPath(url.pathname));
    try {
      if ((match === undefined || match === "method-not-allowed") && this.opts.fallback) {
        await this.opts.fallback(req, res, url);
        return;
      }
      if (match === undefined) throw notFoundRoute(method, url.pathname);
      if (match === "method-not-allowed") throw methodNotAllowed(method, url.pathname);
      if (match.route.handler) {
        const proxy = this.opts.proxies[match.route.handler];
        if (!proxy) throw notFoundRoute(method, url.pathname);
        await proxy(req, res, match, url);
        return;
      }
      await this.transcode(req, res, match, url);
    } catch (e) {
      respondWithError(res, e);
    }
  }

  private async transcode(req: IncomingMessage, res: ServerResponse, match: RouteMatch, url: URL): Promise<void> {
    const c = this.compiled.get(match.route)!;
    const values = createContextValues();
    const raw = method0(req.method) ? await readBody(req, this.opts.maxBodyBytes) : new Uint8Array(0);
    const body = adjustBody(c.route.service.typeName, c.method.name, raw, values);
    const message = decodeRequest(this.opts.codec, c, { values: match.values, query: url.searchParams, headers: req.headers, body });
    adjustRequest(c.route.service.typeName, c.method.name, message, url.searchParams);
    const impl = this.opts.implementations.get(c.route.service.typeName) as Record<string, UnaryMethod> | undefined;
    const fn = impl?.[c.route.method];
    if (!fn) throw notFoundRoute(req.method ?? "", url.pathname);
    const ctx = createHandlerContext({
      service: c.route.service,
      method: c.method,
      protocolName: "rest",
      requestMethod: req.method ?? "GET",
      url: url.href,
      shutdownSignal: this.opts.shutdownSignal,
      requestHeader: headersOf(req),
      contextValues: values,
    });
    res.once("close", () => ctx.abort(requestDone));
    const result = (await fn.call(impl, message, ctx)) as Message;
    const out = encodeResponse(this.opts.codec, c, result);
    const headers: Record<string, string | number> = { ...out.headers };
    ctx.responseHeader.forEach((v, k) => (headers[k] = v));
    if (out.body !== undefined) headers["content-length"] = typeof out.body === "string" ? Buffer.byteLength(out.body) : out.body.length;
    res.writeHead(responseStatus(c.route.service.typeName, c.method.name, result) ?? out.status, headers);
    res.end(out.body);
    ctx.abort(requestDone);
  }
}

/**
 * The abort reason once a REST call is over. Aborting without a reason makes
 * a DOMException with a stack trace on every request (tens of microseconds).
 */
const requestDone = Object.freeze({ name: "RequestDone", message: "the REST call is over" });

/** Whether the method may carry a body worth reading. */
function method0(method: string | undefined): boolean {
  return method !== "GET" && method !== "HEAD";
}

function headersOf(req: IncomingMessage): [string, string][] {
  const h: [string, string][] = [];
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.startsWith(":")) continue; // HTTP/2 pseudo-headers
    h.push([name, raw[i + 1]!]);
  }
  return h;
}
