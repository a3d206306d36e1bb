/**
 * The HandlerContext of one unary call on the fast path: what services and
 * interceptors read (headers, trailers, signal, timeoutMs, values), made as
 * lazily as their use allows. The request metadata becomes a Headers only
 * when read (state calls never read it), and the response headers and
 * trailers only when written to: untouched, the call answers with the
 * defaults (content-type application/grpc+proto, grpc-status 0).
 *
 * connect's createHandlerContext builds, per call, three Headers, a deadline
 * AbortController with its timer, and a linked AbortController listening on
 * the request and shutdown signals. Here the signal, its deadline timer and
 * the context values exist only once something reads them (GetState never
 * reads the signal; InvokeService does); the caller going away and shutdown
 * abort it through the fast path, which holds the calls that have a signal.
 * Abort reasons are those of connect: DeadlineExceeded "the operation timed
 * out" at the deadline, the shutdown signal's reason at shutdown, Canceled
 * when the caller goes away.
 */
import type { OutgoingHttpHeaders } from "node:http2";
import type { DescMethodUnary, DescService } from "@bufbuild/protobuf";
import { Code, ConnectError, createContextValues, type ContextValues, type HandlerContext } from "@connectrpc/connect";
import type { AbortWatch } from "../../util/abort-watch.js";

/** Where a call registers once it has a signal, so that shutdown can abort it. */
export interface SignalRegistry {
  /** The reason to abort with at once when the sidecar is already shutting down; undefined otherwise. */
  added(ctx: UnaryCallContext): { reason: unknown } | undefined;
  removed(ctx: UnaryCallContext): void;
}

export class UnaryCallContext implements HandlerContext {
  readonly requestMethod = "POST";
  readonly protocolName = "grpc";
  private controller: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;
  private contextValues: ContextValues | undefined;
  private request: Headers | undefined;
  private header: Headers | undefined;
  private trailer: Headers | undefined;
  /** Response headers and trailers given as plain objects (setResponseMetadata), while no Headers of them exists. */
  private headerObject: Record<string, string> | undefined;
  private trailerObject: Record<string, string> | undefined;
  /** Set once the call is over or aborted: later aborts do nothing. */
  private ended = false;
  private reason: unknown;
  /** Whether the registry holds this call (it has a signal or a cancellation). */
  private registered = false;
  private cancellationWatch: AbortWatch | undefined;
  private cancelListeners: (() => void)[] | undefined;
  private readonly deadline: number | undefined;

  constructor(
    readonly service: DescService,
    readonly method: DescMethodUnary,
    private readonly authority: string,
    private readonly path: string,
    /** The request's raw headers (name, value, ...), pseudo-headers included. */
    readonly rawHeaders: readonly string[],
    timeoutMs: number | undefined,
    private readonly registry: SignalRegistry,
  ) {
    this.deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
  }

  get url(): string {
    return `http://${this.authority}${this.path}`;
  }

  get requestHeader(): Headers {
    if (this.request) return this.request;
    const out = (this.request = new Headers());
    const raw = this.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!;
      if (name.charCodeAt(0) === 58 /* : */) continue;
      out.append(name, raw[i + 1]!);
    }
    return out;
  }

  /** The request metadata's Headers if something has read it (and may have changed it), else undefined. */
  requestHeaderIfMade(): Headers | undefined {
    return this.request;
  }

  get responseHeader(): Headers {
    if (this.header) return this.header;
    const h = (this.header = new Headers({ "content-type": "application/grpc+proto" }));
    if (this.headerObject) appendAll(h, this.headerObject, "content-type");
    this.headerObject = undefined;
    return h;
  }

  get responseTrailer(): Headers {
    if (this.trailer) return this.trailer;
    const t = (this.trailer = new Headers({ "grpc-status": "0" }));
    if (this.trailerObject) appendAll(t, this.trailerObject, "grpc-status");
    this.trailerObject = undefined;
    return t;
  }

  /**
   * Response metadata as plain objects (names and values as a Headers would
   * give them), starting from the defaults: `header` holds content-type
   * application/grpc+proto and `trailer` grpc-status 0 besides what they add.
   * Once something has made the Headers, the entries are appended there.
   */
  setResponseMetadata(header: Record<string, string>, trailer: Record<string, string>): void {
    if (this.header) appendAll(this.header, header, "content-type");
    else this.headerObject = header;
    if (this.trailer) appendAll(this.trailer, trailer, "grpc-status");
    else this.trailerObject = trailer;
  }

  /** The response headers for node:http2's respond(). */
  responseHeaderObject(): OutgoingHttpHeaders {
    if (this.header) return toObject(this.header, { ":status": 200 });
    return this.headerObject ? { ":status": 200, ...this.headerObject } : { ":status": 200, "content-type": "application/grpc+proto" };
  }

  /** The trailers for node:http2's sendTrailers(). */
  responseTrailerObject(): OutgoingHttpHeaders {
    if (this.trailer) return toObject(this.trailer, {});
    return this.trailerObject ?? { "grpc-status": "0" };
  }

  get values(): ContextValues {
    return (this.contextValues ??= createContextValues());
  }

  timeoutMs(): number | undefined {
    return this.deadline === undefined ? undefined : this.deadline - Date.now();
  }

  get signal(): AbortSignal {
    if (this.controller) return this.controller.signal;
    const controller = (this.controller = new AbortController());
    if (this.ended) {
      // Read after the call ended (or was aborted): already aborted, with the reason it ended with.
      controller.abort(this.reason);
      return controller.signal;
    }
    if (!this.register()) return controller.signal;
    if (this.deadline !== undefined) {
      const left = this.deadline - Date.now();
      if (left <= 0) this.abort(timedOut());
      else this.timer = setTimeout(() => this.abort(timedOut()), left);
    }
    return controller.signal;
  }

  /**
   * The call's end without its deadline, and without an AbortController:
   * aborted (with the same reasons as `signal`) when the caller goes away,
   * the sidecar shuts down or the call is answered. For a callee that keeps
   * the deadline itself, as the unary transport to the app does with
   * `timeoutMs()`: the two deadlines are the same instant.
   */
  get cancellation(): AbortWatch {
    if (this.cancellationWatch) return this.cancellationWatch;
    const ctx = this;
    const watch: AbortWatch = {
      get aborted() {
        return ctx.ended;
      },
      get reason() {
        return ctx.reason;
      },
      addEventListener(_type, listener) {
        if (!ctx.ended) (ctx.cancelListeners ??= []).push(listener);
      },
      removeEventListener(_type, listener) {
        const list = ctx.cancelListeners;
        const i = list ? list.indexOf(listener) : -1;
        if (i >= 0) list!.splice(i, 1);
      },
    };
    this.cancellationWatch = watch;
    if (!this.ended) this.register();
    return watch;
  }

  /** Registers the call for shutdown (once); false when the sidecar is already shutting down (the call is aborted then). */
  private register(): boolean {
    if (this.registered) return true;
    const early = this.registry.added(this);
    if (early) {
      this.abort(early.reason);
      return false;
    }
    this.registered = true;
    return true;
  }

  /** Ends the call's signal (once): the deadline, the caller gone, shutdown, or the call answered. */
  abort(reason: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.reason = reason;
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.registered) {
      this.registered = false;
      this.registry.removed(this);
    }
    const listeners = this.cancelListeners;
    this.cancelListeners = undefined;
    if (listeners) for (const l of listeners) l();
    this.controller?.abort(reason);
  }
}

function appendAll(h: Headers, from: Record<string, string>, except: string): void {
  for (const name in from) if (name !== except) h.append(name, from[name]!);
}

function toObject(h: Headers, into: OutgoingHttpHeaders): OutgoingHttpHeaders {
  h.forEach((value, name) => {
    into[name] = value;
  });
  return into;
}

function timedOut(): ConnectError {
  return new ConnectError("the operation timed out", Code.DeadlineExceeded);
}
