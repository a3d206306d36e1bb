/**
 * The HandlerContext of one unary call on the fast path: what services and
 * interceptors read (headers, trailers, signal, timeoutMs, values), made as
 * lazily as their use allows.
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
import type { DescMethodUnary, DescService } from "@bufbuild/protobuf";
import { Code, ConnectError, createContextValues, type ContextValues, type HandlerContext } from "@connectrpc/connect";

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
  /** Set once the call is over or aborted: later aborts do nothing. */
  private ended = false;
  private reason: unknown;
  private readonly deadline: number | undefined;

  constructor(
    readonly service: DescService,
    readonly method: DescMethodUnary,
    private readonly authority: string,
    private readonly path: string,
    readonly requestHeader: Headers,
    readonly responseHeader: Headers,
    readonly responseTrailer: Headers,
    timeoutMs: number | undefined,
    private readonly registry: SignalRegistry,
  ) {
    this.deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
  }

  get url(): string {
    return `http://${this.authority}${this.path}`;
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
    const early = this.registry.added(this);
    if (early) {
      this.abort(early.reason);
      return controller.signal;
    }
    if (this.deadline !== undefined) {
      const left = this.deadline - Date.now();
      if (left <= 0) this.abort(timedOut());
      else this.timer = setTimeout(() => this.abort(timedOut()), left);
    }
    return controller.signal;
  }

  /** Ends the call's signal (once): the deadline, the caller gone, shutdown, or the call answered. */
  abort(reason: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.reason = reason;
    const controller = this.controller;
    if (!controller) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.registry.removed(this);
    controller.abort(reason);
  }
}

function timedOut(): ConnectError {
  return new ConnectError("the operation timed out", Code.DeadlineExceeded);
}
