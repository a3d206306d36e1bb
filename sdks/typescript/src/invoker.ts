/**
 * The seam between the generated facade and a transport: the facade builds
 * requests and calls an Invoker; the RPC invoker (gRPC, Connect, gRPC-Web)
 * and the REST invoker (Dapr's HTTP API) carry the call.
 */
import type { DescMessage, DescMethodServerStreaming, DescMethodUnary, MessageInitShape, MessageShape } from "@bufbuild/protobuf";

/** Per-call settings. */
export interface CallOptions {
  /** Cancels the call. */
  readonly signal?: AbortSignal;
  /** Gives up after this many milliseconds (a deadline over gRPC). */
  readonly timeoutMs?: number;
  /** Extra request headers (gRPC metadata). */
  readonly headers?: ConstructorParameters<typeof Headers>[0];
}

export interface Invoker {
  unary<I extends DescMessage, O extends DescMessage>(method: DescMethodUnary<I, O>, request: MessageInitShape<I>, call?: CallOptions): Promise<MessageShape<O>>;
  serverStream<I extends DescMessage, O extends DescMessage>(method: DescMethodServerStreaming<I, O>, request: MessageInitShape<I>, call?: CallOptions): AsyncIterable<MessageShape<O>>;
}
