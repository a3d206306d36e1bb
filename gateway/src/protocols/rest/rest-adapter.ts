/**
 * The REST protocol adapter: matches a request against the generated route
 * table, transcodes it into the RPC's request message, calls the same
 * service implementation the gRPC and Connect adapters call, and transcodes
 * the response. Routes with a proxy handler (service invocation, actors) go
 * to their hand-written proxy instead.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Message } from "@bufbuild/protobuf";
import { createContextValues, type HandlerContext } from "@connectrpc/connect";
import { methodNotAllowed, notFoundRoute } from "../../errors/catalog.js";
import type { RequestTarget } from "../../server/request-target.js";
import { cleanPath } from "../../util/clean-path.js";
import { readBody } from "../http/body.js";
import { respondWithError } from "../http/respond.js";
import { compileRoute, type CompiledRoute } from "./compiled-route.js";
import { RestHandlerContext } from "./handler-context.js";
import type { RestJsonCodec } from "./json-codec.js";
import type { RestProxyHandler, RestRoute } from "./route.js";
import { RestRouter, type RouteMatch } from "./router.js";
import { bodyAdjuster, requestAdjuster, type Adjust, type BodyAdjust } from "./request-hand-code.js";
import { statusRule, type Status } from "./response-hand-code.js";
import { decodeRequest, encodeResponse } from "./transcode.js";

/** A hand-written handler for routes that proxy raw traffic. */
/** A hand-written route handler; `target.url()` builds the URL only for a handler that needs it (invocation does not). */
export type ProxyHandler = (req: IncomingMessage, res: ServerResponse, match: RouteMatch, target: RequestTarget) => Promise<void>;

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
  readonly fallback?: (req: IncomingMessage, res: ServerResponse, target: RequestTarget) => Promise<void>;
  readonly shutdownSignal: AbortSignal;
}

/** A transcoded route with everything a call needs looked up once. */
interface Transcoded {
  readonly c: CompiledRoute;
  readonly adjustBody: BodyAdjust | undefined;
  readonly adjustRequest: Adjust | undefined;
  readonly status: Status | undefined;
}

const emptyBody = new Uint8Array(0);

export class RestAdapter {
  private readonly router: RestRouter;
  private readonly transcoded = new Map<RestRoute, Transcoded>();

  constructor(private readonly opts: RestAdapterOptions) {
    this.router = new RestRouter(opts.routes);
    for (const r of opts.routes) {
      if (r.handler) continue;
      const c = compileRoute(r);
      const service = r.service.typeName;
      const method = c.method.name;
      this.transcoded.set(r, { c, adjustBody: bodyAdjuster(service, method), adjustRequest: requestAdjuster(service, method), status: statusRule(service, method) });
    }
  }

  /** Serves a request; one that matches no route goes to the fallback, else answers 404 / 405 with Dapr's error body. */
  async handle(req: IncomingMessage, res: ServerResponse, target: RequestTarget): Promise<void> {
    const method = req.method ?? "GET";
    const pathname = target.pathname;
    // Routed on the cleaned path, as daprd does (trailing slash, "//", "." and "..").
    const match = this.router.match(method, cleanPath(pathname));
    try {
      if ((match === undefined || match === "method-not-allowed") && this.opts.fallback) {
        await this.opts.fallback(req, res, target);
        return;
      }
      if (match === undefined) throw notFoundRoute(method, pathname);
      if (match === "method-not-allowed") throw methodNotAllowed(method, pathname);
      if (match.route.handler) {
        const proxy = this.opts.proxies[match.route.handler];
        if (!proxy) throw notFoundRoute(method, pathname);
        await proxy(req, res, match, target);
        return;
      }
      await this.transcode(req, res, match, target);
    } catch (e) {
      respondWithError(res, e);
    }
  }

  private async transcode(req: IncomingMessage, res: ServerResponse, match: RouteMatch, target: RequestTarget): Promise<void> {
    const t = this.transcoded.get(match.route)!;
    const c = t.c;
    const values = createContextValues();
    let body = hasBody(req.method) ? await readBody(req, this.opts.maxBodyBytes) : emptyBody;
    if (t.adjustBody && body.length > 0) body = t.adjustBody(body, values);
    const query = target.searchParams;
    const message = decodeRequest(this.opts.codec, c, { values: match.values, query, headers: req.headers, body });
    t.adjustRequest?.(message, query);
    const impl = this.opts.implementations.get(c.route.service.typeName) as Record<string, UnaryMethod> | undefined;
    const fn = impl?.[c.route.method];
    if (!fn) throw notFoundRoute(req.method ?? "", target.pathname);
    const ctx = new RestHandlerContext({
      service: c.route.service,
      method: c.method,
      req,
      res,
      url: () => target.url().href,
      shutdownSignal: this.opts.shutdownSignal,
      values,
    });
    try {
      const result = (await fn.call(impl, message, ctx)) as Message;
      const out = encodeResponse(this.opts.codec, c, result);
      const headers: Record<string, string | number> = out.headers;
      ctx.responseHeadersSet()?.forEach((v, k) => (headers[k] = v));
      if (out.body !== undefined) headers["content-length"] = typeof out.body === "string" ? Buffer.byteLength(out.body) : out.body.length;
      res.writeHead(t.status?.(result) ?? out.status, headers);
      res.end(out.body);
    } finally {
      ctx.done();
    }
  }
}

/** Whether the method may carry a body worth reading. */
function hasBody(method: string | undefined): boolean {
  return method !== "GET" && method !== "HEAD";
}
