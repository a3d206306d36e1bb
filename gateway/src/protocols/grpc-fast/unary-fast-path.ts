/**
 * Unary gRPC calls (application/grpc or application/grpc+proto, no
 * compression) of the sidecar's own services served straight on node:http2:
 * one buffer in, protobuf-es binary decode, the same interceptors and
 * service methods as the Connect router, binary encode, one DATA write and
 * the trailers. Everything else (Connect, gRPC-Web, JSON, compressed or
 * streaming calls) stays with connect-node.
 *
 * Why: connect-node runs every unary call through its streaming machinery
 * (async iterables per call, several linked AbortControllers, an abort()
 * without a reason that builds a DOMException per call); profiled here it
 * cost about 1 ms of CPU per GetState on this machine against a few tens of
 * microseconds for the work itself. The method table is built from the
 * generated service descriptors, so it stays in step with the API.
 */
import type { Http2ServerRequest, Http2ServerResponse, OutgoingHttpHeaders } from "node:http2";
import { fromBinary, toBinary, type DescMethodUnary, type DescService, type Message } from "@bufbuild/protobuf";
import { Code, ConnectError, createContextValues, createHandlerContext, type HandlerContext, type Interceptor, type UnaryRequest, type UnaryResponse } from "@connectrpc/connect";
import { parseTimeout, setTrailerStatus } from "@connectrpc/connect/protocol-grpc";

type UnaryImpl = (req: Message, ctx: HandlerContext) => Promise<Message> | Message;
type Next = (req: UnaryRequest) => Promise<UnaryResponse>;

interface Entry {
  readonly service: DescService;
  readonly method: DescMethodUnary;
  readonly impl: object;
  readonly fn: UnaryImpl;
}

export interface FastService {
  readonly service: DescService;
  readonly impl: object;
}

export interface UnaryFastPathOptions {
  /** The same interceptors as the Connect router, outermost first. */
  readonly interceptors: readonly Interceptor[];
  readonly readMaxBytes: number;
  readonly shutdownSignal: AbortSignal;
}

/** The reason a call's context is aborted with once it is answered (a shared error: no DOMException per call). */
const callDone = new Error("the call is over");
const callerGone = new ConnectError("the caller went away", Code.Canceled);

export class UnaryFastPath {
  private readonly methods = new Map<string, Entry>();

  constructor(
    services: readonly FastService[],
    private readonly opts: UnaryFastPathOptions,
  ) {
    for (const { service, impl } of services) {
      for (const method of service.methods) {
        if (method.methodKind !== "unary") continue;
        const fn = (impl as Record<string, UnaryImpl | undefined>)[method.localName];
        if (typeof fn === "function") this.methods.set(`/${service.typeName}/${method.name}`, { service, method: method as DescMethodUnary, impl, fn });
      }
    }
  }

  /** The implementation wrapped in the interceptors, the first one outermost, as connect applies them per call. */
  private chain(entry: Entry, ctx: HandlerContext): Next {
    const last: Next = async (req) => {
      const message = await entry.fn.call(entry.impl, req.message as Message, ctx);
      return { stream: false, service: entry.service, method: entry.method, header: ctx.responseHeader, trailer: ctx.responseTrailer, message } as UnaryResponse;
    };
    const ics = this.opts.interceptors;
    let next = last;
    for (let i = ics.length - 1; i >= 0; i--) next = ics[i]!(next as never) as unknown as Next;
    return next;
  }

  /** Serves the call when it is a unary gRPC call of a known method; false leaves it to connect-node. */
  handle(req: Http2ServerRequest, res: Http2ServerResponse): boolean {
    const h = req.headers;
    const type = h["content-type"];
    if (type !== "application/grpc" && type !== "application/grpc+proto") return false;
    const encoding = h["grpc-encoding"];
    if (encoding !== undefined && encoding !== "identity") return false;
    const entry = this.methods.get(req.url);
    if (!entry || req.method !== "POST") return false;
    void this.serve(entry, req, res);
    return true;
  }

  private async serve(entry: Entry, req: Http2ServerRequest, res: Http2ServerResponse): Promise<void> {
    const timeout = parseTimeout(headerValue(req.headers["grpc-timeout"]) ?? null, Number.MAX_SAFE_INTEGER);
    const values = createContextValues();
    const ctx = createHandlerContext({
      service: entry.service,
      method: entry.method,
      protocolName: "grpc",
      requestMethod: "POST",
      url: `http://${headerValue(req.headers[":authority"]) ?? "localhost"}${req.url}`,
      requestHeader: requestHeaders(req),
      responseHeader: { "content-type": "application/grpc+proto" },
      responseTrailer: { "grpc-status": "0" },
      contextValues: values,
      shutdownSignal: this.opts.shutdownSignal,
      ...(timeout.timeoutMs !== undefined && { timeoutMs: timeout.timeoutMs }),
    });
    const onClose = () => ctx.abort(callerGone);
    res.once("close", onClose);
    let error: ConnectError | undefined;
    let body: Uint8Array | undefined;
    try {
      if (timeout.error) throw timeout.error;
      const bytes = await readMessage(req, this.opts.readMaxBytes);
      let message: Message;
      try {
        message = fromBinary(entry.method.input, bytes);
      } catch (e) {
        throw new ConnectError(`parse binary: ${e instanceof Error ? e.message : String(e)}`, Code.Internal);
      }
      const result = await this.chain(entry, ctx)({
        stream: false,
        service: entry.service,
        method: entry.method,
        requestMethod: "POST",
        url: ctx.url,
        signal: ctx.signal,
        header: ctx.requestHeader,
        contextValues: values,
        message,
      } as UnaryRequest);
      body = toBinary(entry.method.output, result.message as Message);
    } catch (e) {
      error = e instanceof ConnectError ? e : new ConnectError("internal error", Code.Internal, undefined, undefined, e);
    }
    res.off("close", onClose);
    ctx.abort(callDone);
    if (error) setTrailerStatus(ctx.responseTrailer, error);
    reply(res, ctx.responseHeader, ctx.responseTrailer, body);
  }
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function requestHeaders(req: Http2ServerRequest): Headers {
  const out = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.charCodeAt(0) === 58 /* : */) continue;
    out.append(name, raw[i + 1]!);
  }
  return out;
}

/** The one length-prefixed message of a unary call, as a view into the received bytes. */
function readMessage(req: Http2ServerRequest, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on("data", (c: Buffer) => {
      if (failed) return;
      size += c.length;
      if (size > max + 5) {
        failed = true;
        reject(new ConnectError(`message size is larger than configured readMaxBytes ${max}`, Code.ResourceExhausted));
        return;
      }
      chunks.push(c);
    });
    req.once("end", () => {
      if (failed) return;
      const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      if (all.length < 5) return reject(new ConnectError("protocol error: missing envelope", Code.InvalidArgument));
      if ((all[0]! & 1) === 1) return reject(new ConnectError("received compressed message without grpc-encoding", Code.Internal));
      const len = all.readUInt32BE(1);
      if (len > max) return reject(new ConnectError(`message size ${len} is larger than configured readMaxBytes ${max}`, Code.ResourceExhausted));
      if (all.length !== 5 + len) return reject(new ConnectError("protocol error: expected exactly one message", Code.InvalidArgument));
      resolve(all.subarray(5));
    });
    req.once("error", (e) => failed || reject(new ConnectError(String(e), Code.Internal)));
  });
}

function toObject(h: Headers): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  h.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/** Headers, the message (if any) as one DATA frame, then the trailers (the compat response sends them when the stream wants them). */
function reply(res: Http2ServerResponse, header: Headers, trailer: Headers, body: Uint8Array | undefined): void {
  if (res.stream.destroyed || res.stream.closed) return;
  res.writeHead(200, toObject(header));
  res.addTrailers(toObject(trailer));
  if (body) {
    const framed = Buffer.allocUnsafe(5 + body.length);
    framed[0] = 0;
    framed.writeUInt32BE(body.length, 1);
    framed.set(body, 5);
    res.end(framed);
  } else {
    res.end();
  }
}
