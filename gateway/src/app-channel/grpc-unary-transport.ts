/**
 * A connect Transport whose unary calls go straight over node:http2 (one
 * binary encode, one DATA write, one decode; the session shared with the
 * connect-node transport that carries the streaming calls). The clients
 * made from it are the usual typed connect clients, so callers do not
 * change; interceptors run as connect runs them.
 *
 * Why: connect-node's client runs each unary call through its streaming
 * pipeline (async iterables, linked AbortControllers); profiled here that is
 * most of the sidecar's CPU per InvokeService call to a gRPC app.
 */
import { constants, type ClientHttp2Stream, type IncomingHttpHeaders, type OutgoingHttpHeaders } from "node:http2";
import { create, fromBinary, isMessage, toBinary, type DescMessage, type Message, type DescMethodUnary, type MessageInitShape, type MessageShape } from "@bufbuild/protobuf";
import { Code, ConnectError, createContextValues, type ContextValues, type Interceptor, type Transport, type UnaryRequest, type UnaryResponse } from "@connectrpc/connect";
import { codeFromHttpStatus, findTrailerError } from "@connectrpc/connect/protocol-grpc";
import type { Http2SessionManager } from "@connectrpc/connect-node";
import type { AbortWatch } from "../util/abort-watch.js";
import { grpcFrame, parseBinaryError } from "../util/grpc-message.js";
import { surelyDecodes } from "../util/surely-decodes.js";
import { appTokenHeader, tokenlessGrpcPaths } from "./app-token.js";

export interface UnaryTransportOptions {
  readonly baseUrl: string;
  readonly sessions: Http2SessionManager;
  /** For the streaming calls (built on the same session manager). */
  readonly streaming: Transport;
  readonly interceptors?: readonly Interceptor[];
  /** Sent as `dapr-api-token` on every unary call but to tokenlessGrpcPaths (the app token, APP_API_TOKEN). */
  readonly apiToken?: string;
}

type Send = (req: UnaryRequest) => Promise<UnaryResponse>;

/** What a pass-through unary call answered: the app's headers and trailers as node gave them, and its framed message. */
export interface RawUnaryAnswer {
  readonly head: IncomingHttpHeaders;
  readonly trailers: IncomingHttpHeaders | undefined;
  /** The one message as it came, its 5-byte gRPC prefix included (checked to decode as the method's output). */
  readonly frame: Buffer;
}

export interface UnaryHttp2Transport extends Transport {
  /**
   * A unary call whose request is already encoded and whose answer comes back
   * encoded, for a caller that passes messages through (InvokeService to
   * OnInvoke). Same interceptors, headers, deadline, cancellation, checks
   * and errors as a decoded call; the answer is checked to decode (without
   * decoding it when it is plain well-formed wire data: util/surely-decodes.ts).
   * `metadata` holds lower-case names, no pseudo-headers. `signal` may be
   * an AbortWatch: the deadline is kept here from `timeoutMs`.
   */
  unaryRaw(method: DescMethodUnary, signal: AbortWatch | undefined, timeoutMs: number | undefined, metadata: OutgoingHttpHeaders, payload: Uint8Array): Promise<RawUnaryAnswer>;
}

/** Where a pass-through call keeps its answer on the UnaryResponse its interceptors see. */
const rawAnswer = Symbol("rawAnswer");
type RawUnaryResponse = UnaryResponse & { [rawAnswer]: RawUnaryAnswer };

export function createUnaryHttp2Transport(opts: UnaryTransportOptions): UnaryHttp2Transport {
  const base = opts.baseUrl.replace(/\/+$/, "");
  const interceptors = opts.interceptors ?? [];
  const token = opts.apiToken;
  const send: Send = (req) => call(opts.sessions, base, req, undefined, token);
  return {
    stream: (...args) => opts.streaming.stream(...args),
    unary<I extends DescMessage, O extends DescMessage>(
      method: DescMethodUnary<I, O>,
      signal: AbortSignal | undefined,
      timeoutMs: number | undefined,
      header: ConstructorParameters<typeof Headers>[0] | undefined,
      input: MessageInitShape<I>,
      contextValues?: ContextValues,
    ): Promise<UnaryResponse<I, O>> {
      const headers = new Headers(header);
      let next = send;
      if (timeoutMs !== undefined) {
        headers.set("grpc-timeout", `${Math.max(1, Math.ceil(timeoutMs))}m`);
        // The deadline counts from here (time spent in the interceptors, e.g. waiting for a concurrency slot, included).
        const deadlineAt = Date.now() + timeoutMs;
        next = (req) => call(opts.sessions, base, req, deadlineAt, token);
      }
      const req: UnaryRequest<I, O> = {
        stream: false,
        service: method.parent,
        method,
        requestMethod: "POST",
        url: `${base}/${method.parent.typeName}/${method.name}`,
        signal: signal ?? neverAborted,
        header: headers,
        contextValues: contextValues ?? createContextValues(),
        message: isMessage(input, method.input) ? (input as MessageShape<I>) : create(method.input, input),
      };
      for (let i = interceptors.length - 1; i >= 0; i--) next = interceptors[i]!(next as never) as unknown as Send;
      return next(req as unknown as UnaryRequest) as unknown as Promise<UnaryResponse<I, O>>;
    },
    async unaryRaw(method, signal, timeoutMs, metadata, payload) {
      // The headers as call() builds them from a Headers: transport ones first, then the metadata, the deadline, the token.
      const path = `/${method.parent.typeName}/${method.name}`;
      const headers: OutgoingHttpHeaders = { "content-type": "application/grpc+proto", te: "trailers", ...metadata };
      let deadlineAt: number | undefined;
      if (timeoutMs !== undefined) {
        headers["grpc-timeout"] = `${Math.max(1, Math.ceil(timeoutMs))}m`;
        deadlineAt = Date.now() + timeoutMs;
      }
      if (token !== undefined && !tokenlessGrpcPaths.has(path)) headers[appTokenHeader] = token;
      const callSignal = signal ?? neverAborted;
      /** The request's Headers, made only if an interceptor reads them (then what it left there is sent). */
      let header: Headers | undefined;
      const send = async (): Promise<RawUnaryResponse> => {
        if (callSignal.aborted) throw abortError(callSignal.reason);
        if (deadlineAt !== undefined && deadlineAt <= Date.now()) throw timedOut();
        const out = header === undefined ? headers : fromHeaders(header);
        const answer = await exchange(opts.sessions, path, out, grpcFrame(payload), callSignal, deadlineAt);
        const encoded = answer.frame.subarray(5);
        // The answer must decode, as a decoded call requires; plain well-formed bytes need no decode to tell.
        let message: Message | undefined;
        if (!surelyDecodes(method.output, encoded)) {
          try {
            message = fromBinary(method.output, encoded);
          } catch (e) {
            throw parseBinaryError(e);
          }
        }
        return {
          stream: false,
          service: method.parent,
          method,
          get header() {
            return toHeaders(answer.head);
          },
          get trailer() {
            return toHeaders(answer.trailers);
          },
          get message() {
            return (message ??= fromBinary(method.output, encoded));
          },
          [rawAnswer]: answer,
        } as RawUnaryResponse;
      };
      if (interceptors.length === 0) return (await send())[rawAnswer];
      let reqSignal: AbortSignal | undefined;
      const req = {
        stream: false,
        service: method.parent,
        method,
        requestMethod: "POST",
        url: `${base}${path}`,
        // Interceptors get a real AbortSignal (made only if one reads it).
        get signal() {
          return (reqSignal ??= asAbortSignal(callSignal));
        },
        get header() {
          return (header ??= toHeaders(headers));
        },
        contextValues: createContextValues(),
        get message() {
          return fromBinary(method.input, payload);
        },
      } as unknown as UnaryRequest;
      let next: Send = send;
      for (let i = interceptors.length - 1; i >= 0; i--) next = interceptors[i]!(next as never) as unknown as Send;
      return ((await next(req)) as RawUnaryResponse)[rawAnswer];
    },
  };
}

const neverAborted = new AbortController().signal;

/** An AbortWatch as an AbortSignal that follows it. */
function asAbortSignal(watch: AbortWatch): AbortSignal {
  if (watch instanceof AbortSignal) return watch;
  const controller = new AbortController();
  if (watch.aborted) controller.abort(watch.reason);
  else watch.addEventListener("abort", () => controller.abort(watch.reason), { once: true });
  return controller.signal;
}

function timedOut(): ConnectError {
  return new ConnectError("the operation timed out", Code.DeadlineExceeded);
}

function abortError(reason: unknown): ConnectError {
  return reason instanceof ConnectError ? reason : new ConnectError(reason instanceof Error ? reason.message : "the operation was aborted", Code.Canceled, undefined, undefined, reason);
}

function nodeError(e: unknown): ConnectError {
  if (e instanceof ConnectError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const unavailable = code === "ECONNREFUSED" || code === "ETIMEDOUT" || code === "ENOTFOUND" || code === "EAI_AGAIN";
  const aborted = code === "ECONNRESET" || code === "ERR_STREAM_DESTROYED" || code === "ERR_HTTP2_INVALID_STREAM";
  const ce = ConnectError.from(e, unavailable ? Code.Unavailable : aborted ? Code.Aborted : Code.Internal);
  if (ce !== e) ce.cause = e;
  return ce;
}

/** Request headers for node:http2 from a Headers (as call() sends them). */
function fromHeaders(h: Headers): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  h.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

function toHeaders(h: IncomingHttpHeaders | OutgoingHttpHeaders | undefined): Headers {
  const out = new Headers();
  if (!h) return out;
  for (const [k, v] of Object.entries(h)) {
    if (k.charCodeAt(0) === 58 /* : */ || v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) out.append(k, x);
    else out.append(k, String(v));
  }
  return out;
}

/** What the app answered to a unary call that ended with status 0: its headers, trailers and the one framed message (prefix included). */
interface Answer {
  readonly head: IncomingHttpHeaders;
  readonly trailers: IncomingHttpHeaders | undefined;
  readonly frame: Buffer;
}

/** One decoded unary call: the message encoded, sent, and the answer decoded. */
async function call(sessions: Http2SessionManager, base: string, req: UnaryRequest, deadlineAt: number | undefined, token: string | undefined): Promise<UnaryResponse> {
  const signal = req.signal;
  if (signal.aborted) throw abortError(signal.reason);
  if (deadlineAt !== undefined && deadlineAt <= Date.now()) throw timedOut();
  const path = req.url.startsWith(base) ? req.url.slice(base.length) : new URL(req.url).pathname;
  const headers: OutgoingHttpHeaders = { "content-type": "application/grpc+proto", te: "trailers" };
  req.header.forEach((value, name) => {
    headers[name] = value;
  });
  if (token !== undefined && !tokenlessGrpcPaths.has(path)) headers[appTokenHeader] = token;
  const answer = await exchange(sessions, path, headers, grpcFrame(toBinary(req.method.input, req.message)), signal, deadlineAt);
  let message;
  try {
    message = fromBinary(req.method.output, answer.frame.subarray(5));
  } catch (e) {
    throw parseBinaryError(e);
  }
  return { stream: false, service: req.service, method: req.method, header: toHeaders(answer.head), trailer: toHeaders(answer.trailers), message } as UnaryResponse;
}

/**
 * One unary exchange on a stream of the pooled session: the framed request
 * out, the answer in, checked as a gRPC unary answer (status 0, HTTP 200,
 * trailers, exactly one uncompressed message). The deadline (when there is
 * one) and the caller's signal end it with their reason, and the stream is
 * cancelled (RST_STREAM CANCEL), as connect-node's client does; one timer
 * per call, no AbortController of its own.
 */
async function exchange(
  sessions: Http2SessionManager,
  path: string,
  headers: OutgoingHttpHeaders,
  framed: Buffer,
  signal: AbortWatch,
  deadlineAt: number | undefined,
): Promise<Answer> {
  let stream: ClientHttp2Stream;
  try {
    stream = await sessions.request("POST", path, headers, {});
  } catch (e) {
    throw nodeError(e);
  }
  return new Promise<Answer>((resolve, reject) => {
    let head: IncomingHttpHeaders | undefined;
    let trailers: IncomingHttpHeaders | undefined;
    const chunks: Buffer[] = [];
    let failed: ConnectError | undefined;
    const end = (reason: ConnectError) => {
      failed ??= reason;
      stream.close(constants.NGHTTP2_CANCEL);
    };
    const onAbort = () => end(abortError(signal.reason));
    let timer: NodeJS.Timeout | undefined;
    stream.on("response", (h) => (head = h));
    stream.on("trailers", (t) => (trailers = t));
    stream.on("data", (c: Buffer) => {
      chunks.push(c);
      sessions.notifyResponseByteRead(stream);
    });
    stream.on("error", (e) => (failed ??= nodeError(e)));
    stream.once("close", () => {
      if (signal !== neverAborted) signal.removeEventListener("abort", onAbort);
      if (timer !== undefined) clearTimeout(timer);
      if (failed) return reject(failed);
      if (!head) {
        return reject(stream.rstCode && stream.rstCode !== constants.NGHTTP2_NO_ERROR ? new ConnectError(`http/2 stream closed with error code 0x${stream.rstCode.toString(16)}`, Code.Unavailable) : new ConnectError("the app closed the stream without answering", Code.Unavailable));
      }
      const status = Number(head[":status"]);
      // A trailers-only answer carries the status in the headers. A plain status 0 needs no Headers to tell.
      const statusSource = trailers ?? head;
      if (statusSource["grpc-status"] !== "0" || statusSource["grpc-status-details-bin"] !== undefined) {
        const error = findTrailerError(toHeaders(statusSource));
        if (error) return reject(error);
      }
      if (status !== 200) return reject(new ConnectError(`HTTP ${status}`, codeFromHttpStatus(status)));
      if (!trailers && head["grpc-status"] === undefined) return reject(new ConnectError("protocol error: missing trailers", Code.Internal));
      const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      if (all.length < 5 || all.readUInt32BE(1) !== all.length - 5) return reject(new ConnectError("protocol error: expected exactly one message", Code.Internal));
      if ((all[0]! & 1) === 1) return reject(new ConnectError("protocol error: received a compressed message", Code.Internal));
      resolve({ head, trailers, frame: all });
    });
    // Aborted while the stream was being opened: cancelled before anything is sent.
    if (signal.aborted) return end(abortError(signal.reason));
    if (signal !== neverAborted) signal.addEventListener("abort", onAbort, { once: true });
    if (deadlineAt !== undefined) timer = setTimeout(() => end(timedOut()), Math.max(0, deadlineAt - Date.now()));
    stream.end(framed);
  });
}
