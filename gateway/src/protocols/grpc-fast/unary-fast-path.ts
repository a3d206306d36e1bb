/**
 * Unary gRPC calls (application/grpc or application/grpc+proto, no
 * compression) of the sidecar's own services served straight on the raw
 * node:http2 stream: one buffer in, protobuf-es binary decode, the same
 * interceptors and service methods as the Connect router, binary encode, the
 * response headers, one DATA write and the trailers. Everything else
 * (Connect, gRPC-Web, JSON, compressed or streaming calls) stays with
 * connect-node.
 *
 * Why: connect-node runs every unary call through its streaming machinery
 * (async iterables per call, several linked AbortControllers, an abort()
 * without a reason that builds a DOMException per call); profiled here it
 * cost about 1 ms of CPU per GetState on this machine against a few tens of
 * microseconds for the work itself. Then node's http2 compat layer (a
 * request and a response object per call, each with its listeners on the
 * stream) and connect's createHandlerContext (three Headers and linked
 * AbortControllers per call) were the next largest pieces: the call is now
 * served from the server's `stream` event with a lighter context
 * (call-context.ts). The method table is built from the generated service
 * descriptors, so it stays in step with the API.
 */
import type { IncomingHttpHeaders, ServerHttp2Stream } from "node:http2";
import { fromBinary, toBinary, type DescMethodUnary, type DescService, type Message } from "@bufbuild/protobuf";
import { Code, ConnectError, type HandlerContext, type Interceptor, type UnaryRequest, type UnaryResponse } from "@connectrpc/connect";
import { parseTimeout, setTrailerStatus } from "@connectrpc/connect/protocol-grpc";
import { grpcFrame, parseBinaryError } from "../../util/grpc-message.js";
import { surelyDecodes } from "../../util/surely-decodes.js";
import { UnaryCallContext, type SignalRegistry } from "./call-context.js";

type UnaryImpl = (req: Message, ctx: HandlerContext) => Promise<Message> | Message;
type Next = (req: UnaryRequest) => Promise<UnaryResponse>;

/**
 * A method that may take the request and answer as bytes: given the encoded
 * request (only ever one that surely decodes: util/surely-decodes.ts), either
 * the answer's encoding as one gRPC frame (5-byte prefix and message: what
 * the usual way would send for the same call), or undefined to let the
 * implementation take the call. The request is then decoded only if the
 * implementation or an interceptor reads it.
 */
export type RawUnaryImpl = (encoded: Uint8Array, ctx: UnaryCallContext) => Promise<Uint8Array> | undefined;

interface Entry {
  readonly service: DescService;
  readonly method: DescMethodUnary;
  readonly impl: object;
  readonly fn: UnaryImpl;
  readonly raw: RawUnaryImpl | undefined;
}

export interface FastService {
  readonly service: DescService;
  readonly impl: object;
  /** Pass-through implementations of some methods, by local name (e.g. invokeService). */
  readonly raw?: Readonly<Record<string, RawUnaryImpl>>;
}

/** Where an answer given as bytes travels on the UnaryResponse the interceptors see. */
const rawFrame = Symbol("rawFrame");
type RawResponse = UnaryResponse & { [rawFrame]?: Uint8Array };

export interface UnaryFastPathOptions {
  /** The same interceptors as the Connect router, outermost first. */
  readonly interceptors: readonly Interceptor[];
  readonly readMaxBytes: number;
  readonly shutdownSignal: AbortSignal;
}

/** The reason a call's context is aborted with once it is answered (a shared error: no DOMException per call). */
const callDone = new Error("the call is over");
const callerGone = new ConnectError("the caller went away", Code.Canceled);

export class UnaryFastPath implements SignalRegistry {
  private readonly methods = new Map<string, Entry>();
  /** Calls whose signal exists and is not aborted yet: shutdown aborts them. */
  private readonly live = new Set<UnaryCallContext>();

  constructor(
    services: readonly FastService[],
    private readonly opts: UnaryFastPathOptions,
  ) {
    for (const { service, impl, raw } of services) {
      for (const method of service.methods) {
        if (method.methodKind !== "unary") continue;
        const fn = (impl as Record<string, UnaryImpl | undefined>)[method.localName];
        if (typeof fn === "function") this.methods.set(`/${service.typeName}/${method.name}`, { service, method: method as DescMethodUnary, impl, fn, raw: raw?.[method.localName] });
      }
    }
    opts.shutdownSignal.addEventListener(
      "abort",
      () => {
        for (const ctx of [...this.live]) ctx.abort(opts.shutdownSignal.reason);
      },
      { once: true },
    );
  }

  /** The implementation wrapped in the interceptors, the first one outermost, as connect applies them per call. */
  private chain(entry: Entry, ctx: UnaryCallContext, plain: Uint8Array | undefined): Next {
    const last: Next = async (req) => {
      const frame = plain && entry.raw!(plain, ctx);
      if (frame) return unaryResponse(entry, ctx, undefined, await frame);
      return unaryResponse(entry, ctx, await entry.fn.call(entry.impl, req.message as Message, ctx));
    };
    const ics = this.opts.interceptors;
    let next = last;
    for (let i = ics.length - 1; i >= 0; i--) next = ics[i]!(next as never) as unknown as Next;
    return next;
  }

  added(ctx: UnaryCallContext): { reason: unknown } | undefined {
    if (this.opts.shutdownSignal.aborted) return { reason: this.opts.shutdownSignal.reason };
    this.live.add(ctx);
    return undefined;
  }

  removed(ctx: UnaryCallContext): void {
    this.live.delete(ctx);
  }

  /** Serves the call when it is a unary gRPC call of a known method; false leaves it to connect-node. */
  handle(stream: ServerHttp2Stream, headers: IncomingHttpHeaders, rawHeaders: readonly string[]): boolean {
    const type = headers["content-type"];
    if (type !== "application/grpc" && type !== "application/grpc+proto") return false;
    const encoding = headers["grpc-encoding"];
    if (encoding !== undefined && encoding !== "identity") return false;
    const entry = this.methods.get(headers[":path"] ?? "");
    if (!entry || headers[":method"] !== "POST") return false;
    void this.serve(entry, stream, headers, rawHeaders);
    return true;
  }

  private async serve(entry: Entry, stream: ServerHttp2Stream, headers: IncomingHttpHeaders, rawHeaders: readonly string[]): Promise<void> {
    const timeout = parseTimeout(headerValue(headers["grpc-timeout"]) ?? null, Number.MAX_SAFE_INTEGER);
    const ctx = new UnaryCallContext(
      entry.service,
      entry.method,
      headerValue(headers[":authority"]) ?? "localhost",
      headers[":path"]!,
      rawHeaders,
      timeout.timeoutMs,
      this,
    );
    // As the compat layer does: errors of the stream end the call (below, through close), never the process.
    stream.on("error", ignore);
    stream.on("close", () => ctx.abort(callerGone));
    let error: ConnectError | undefined;
    let body: Uint8Array | undefined;
    /** The answer as one gRPC frame, when a raw implementation gave it. */
    let framed: Uint8Array | undefined;
    try {
      if (timeout.error) throw timeout.error;
      const bytes = await readMessage(stream, this.opts.readMaxBytes);
      // A method with a raw implementation may take plain bytes without a decode (the decode could not fail then).
      const plain = entry.raw !== undefined && surelyDecodes(entry.method.input, bytes) ? bytes : undefined;
      let message: Message | undefined;
      if (!plain) {
        try {
          message = fromBinary(entry.method.input, bytes);
        } catch (e) {
          throw parseBinaryError(e);
        }
      }
      const req = {
        stream: false,
        service: entry.service,
        method: entry.method,
        requestMethod: "POST",
        get url() {
          return ctx.url;
        },
        get signal() {
          return ctx.signal;
        },
        get header() {
          return ctx.requestHeader;
        },
        get contextValues() {
          return ctx.values;
        },
        get message() {
          return (message ??= fromBinary(entry.method.input, bytes));
        },
      } as UnaryRequest;
      const result: RawResponse = await this.chain(entry, ctx, plain)(req);
      framed = result[rawFrame];
      if (framed === undefined) body = toBinary(entry.method.output, result.message as Message);
    } catch (e) {
      error = e instanceof ConnectError ? e : new ConnectError("internal error", Code.Internal, undefined, undefined, e);
    }
    ctx.abort(callDone);
    if (error) {
      setTrailerStatus(ctx.responseTrailer, error);
      body = framed = undefined;
    }
    reply(stream, ctx, body, framed);
  }
}

/**
 * The UnaryResponse the interceptors see: the implementation's message, or
 * an answer given as one gRPC frame (its message decoded only if an
 * interceptor reads it).
 */
function unaryResponse(entry: Entry, ctx: UnaryCallContext, message: Message | undefined, frame?: Uint8Array): RawResponse {
  return {
    stream: false,
    service: entry.service,
    method: entry.method,
    get header() {
      return ctx.responseHeader;
    },
    get trailer() {
      return ctx.responseTrailer;
    },
    get message() {
      return (message ??= fromBinary(entry.method.output, frame!.subarray(5)));
    },
    [rawFrame]: frame,
  } as RawResponse;
}

function ignore(): void {}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** The request body of a unary call; a body over readMaxBytes (by its first envelope's declared length) is refused as it arrives. */
function readMessage(stream: ServerHttp2Stream, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    const fail = (e: ConnectError) => {
      failed = true;
      reject(e);
    };
    stream.on("data", (c: Buffer) => {
      if (failed) return;
      size += c.length;
      chunks.push(c);
      // As connect does: the envelope's declared length is checked as soon as it is known, the rest never buffered.
      if (size >= 5 && size - c.length < 5) {
        const len = (chunks.length === 1 ? c : Buffer.concat(chunks, size)).readUInt32BE(1);
        if (len > max) return fail(tooLarge(len, max));
      }
      if (size > max + 5) fail(new ConnectError("protocol error: received extra input message for unary method", Code.Unimplemented));
    });
    stream.once("end", () => {
      if (failed) return;
      try {
        resolve(unaryPayload(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size), max));
      } catch (e) {
        reject(e);
      }
    });
    // A stream reset before its end: the call is over (close follows); nothing is answered.
    stream.once("aborted", () => failed || fail(callerGone));
    stream.once("error", (e) => failed || fail(new ConnectError(String(e), Code.Internal)));
  });
}

function tooLarge(len: number, max: number): ConnectError {
  return new ConnectError(`message size ${len} is larger than configured readMaxBytes ${max}`, Code.ResourceExhausted);
}

/** The one length-prefixed message of a unary call (a view into the received bytes), refused with connect's errors otherwise. */
function unaryPayload(all: Buffer, max: number): Uint8Array {
  if (all.length === 0) throw new ConnectError("protocol error: missing input message for unary method", Code.Unimplemented);
  if (all.length < 5) throw new ConnectError("protocol error: incomplete envelope", Code.InvalidArgument);
  const len = all.readUInt32BE(1);
  if (len > max) throw tooLarge(len, max);
  const end = 5 + len;
  if (all.length < end) throw new ConnectError("protocol error: incomplete envelope", Code.InvalidArgument);
  if ((all[0]! & 1) === 1) throw new ConnectError("received compressed envelope, but do not know how to decompress", Code.Internal);
  if (all.length > end) {
    const complete = all.length - end >= 5 && all.length - end - 5 >= all.readUInt32BE(end + 1);
    if (!complete) throw new ConnectError("protocol error: incomplete envelope", Code.InvalidArgument);
    throw new ConnectError("protocol error: received extra input message for unary method", Code.Unimplemented);
  }
  return all.subarray(5);
}

/**
 * Headers, the message (if any) as one DATA frame, then the trailers when the
 * stream asks for them: the frames, and their order, that the compat
 * response sent (writeHead, addTrailers, end).
 */
function reply(stream: ServerHttp2Stream, ctx: UnaryCallContext, body: Uint8Array | undefined, framed: Uint8Array | undefined): void {
  if (stream.destroyed || stream.closed) return;
  stream.respond(ctx.responseHeaderObject(), { waitForTrailers: true });
  const trailers = ctx.responseTrailerObject();
  stream.once("wantTrailers", () => stream.sendTrailers(trailers));
  if (framed) {
    stream.end(framed);
  } else if (body) {
    stream.end(grpcFrame(body));
  } else {
    stream.end();
  }
}
