/**
 * The HandlerContext a REST call hands to its service: the same interface as
 * connect's createHandlerContext, built lazily. Most services read none of it
 * (a state get or save), so the signal (an AbortController linked to the
 * shutdown signal and to the response's close), the request Headers and the
 * response Headers are only made when a service asks for them; a call that
 * never asks costs one small object.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { DescMethod, DescService } from "@bufbuild/protobuf";
import type { ContextValues, HandlerContext } from "@connectrpc/connect";

/**
 * The abort reason once a REST call is over. Aborting without a reason makes
 * a DOMException with a stack trace on every request (tens of microseconds).
 */
export const requestDone = Object.freeze({ name: "RequestDone", message: "the REST call is over" });

const noTimeout = (): undefined => undefined;

export interface RestHandlerContextInit {
  readonly service: DescService;
  readonly method: DescMethod;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** The request URL (href), made only when a service reads ctx.url. */
  readonly url: () => string;
  readonly shutdownSignal: AbortSignal;
  readonly values: ContextValues;
}

export class RestHandlerContext implements HandlerContext {
  readonly service: DescService;
  readonly method: DescMethod;
  readonly protocolName = "rest";
  readonly requestMethod: string;
  readonly timeoutMs = noTimeout;
  readonly values: ContextValues;
  private controller: AbortController | undefined;
  private reqHeader: Headers | undefined;
  private resHeader: Headers | undefined;
  private resTrailer: Headers | undefined;
  private href: string | undefined;
  private over = false;

  constructor(private readonly init: RestHandlerContextInit) {
    this.service = init.service;
    this.method = init.method;
    this.requestMethod = init.req.method ?? "GET";
    this.values = init.values;
  }

  get url(): string {
    return (this.href ??= this.init.url());
  }

  /** Aborted when the call is over (answered, or the client went away) or the sidecar shuts down. */
  get signal(): AbortSignal {
    if (this.controller) return this.controller.signal;
    const controller = (this.controller = new AbortController());
    const shutdown = this.init.shutdownSignal;
    if (this.over || this.init.res.destroyed) {
      controller.abort(requestDone);
      return controller.signal;
    }
    if (shutdown.aborted) {
      controller.abort(shutdown.reason);
      return controller.signal;
    }
    const onShutdown = () => controller.abort(shutdown.reason);
    const onClose = () => this.done();
    shutdown.addEventListener("abort", onShutdown, { once: true });
    this.init.res.once("close", onClose);
    controller.signal.addEventListener(
      "abort",
      () => {
        shutdown.removeEventListener("abort", onShutdown);
        this.init.res.off("close", onClose);
      },
      { once: true },
    );
    return controller.signal;
  }

  get requestHeader(): Headers {
    return (this.reqHeader ??= headersOf(this.init.req));
  }

  get responseHeader(): Headers {
    return (this.resHeader ??= new Headers());
  }

  get responseTrailer(): Headers {
    return (this.resTrailer ??= new Headers());
  }

  /** The response headers a service set, if it set any. */
  responseHeadersSet(): Headers | undefined {
    return this.resHeader;
  }

  /** The call is over: the signal (if anyone holds it) aborts. */
  done(): void {
    this.over = true;
    this.controller?.abort(requestDone);
  }
}

/**
 * The request's headers, in the order received, without HTTP/2
 * pseudo-headers. Appended one by one: the same Headers as from a list of
 * pairs, at half the cost (no WebIDL conversion of the list).
 */
function headersOf(req: IncomingMessage): Headers {
  const h = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.startsWith(":")) continue;
    h.append(name, raw[i + 1]!);
  }
  return h;
}
