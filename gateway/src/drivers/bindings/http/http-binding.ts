/**
 * bindings.http: each operation is one outbound HTTP call, as
 * components-contrib's bindings/http makes it. The operation is the verb
 * ("create" is POST); the request metadata `path` is appended to the
 * component's `url`; metadata keys that start with a capital letter are sent
 * as headers; `traceparent`, `tracestate` and `baggage` are passed on. The
 * answer's status is `statusCode` / `status` in the response metadata, with
 * every response header (canonical Go spelling, values joined by ", ").
 * A status outside 2xx is an error unless `errorIfNot2XX` is false (for the
 * component or the one request); the metadata goes back to the caller then too.
 */
import { readFileSync } from "node:fs";
import { Agent, type Dispatcher } from "undici";
import { BindingInvokeError, type BindingDriver, type BindingInvokeRequest, type BindingInvokeResponse } from "../../../components/bindings/binding.js";
import { statusText } from "../../../services/invoke/status-codes.js";

export interface HttpBindingConfig {
  readonly url: string;
  readonly errorIfNot2XX: boolean;
  /** Milliseconds the whole call may take; undefined for no limit. */
  readonly responseTimeoutMs?: number;
  /** Bytes of a response body kept (the rest is dropped, as Dapr's LimitReader does); 0 or less for no limit. */
  readonly maxResponseBodyBytes: number;
  readonly securityToken?: string;
  readonly securityTokenHeader?: string;
  readonly tls?: { readonly ca?: string; readonly cert?: string; readonly key?: string };
}

/** The operations Dapr's HTTP binding supports ("create" is POST, kept for backward compatibility). */
export const httpOperations = ["create", "get", "head", "post", "put", "patch", "delete", "options", "trace"] as const;

const withBody = new Set(["PUT", "POST", "PATCH"]);
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// eslint-disable-next-line no-control-regex
const headerValueRe = /^[\t\x20-\x7e\x80-\xff]*$/;

export class HttpBinding implements BindingDriver {
  private readonly agent: Agent;

  constructor(private readonly config: HttpBindingConfig) {
    this.agent = new Agent({
      connect: { timeout: 15_000, ...(config.tls && { ...config.tls }) },
      headersTimeout: 0,
      bodyTimeout: 0,
    });
  }

  async invoke(req: BindingInvokeRequest): Promise<BindingInvokeResponse> {
    const md = req.metadata;
    let url = this.config.url;
    if (md["path"]) url = `${url.replace(/\/+$/, "")}/${md["path"].replace(/^\/+/, "")}`;
    const errorIfNot2XX = md["errorIfNot2XX"] ? isTruthy(md["errorIfNot2XX"]) : this.config.errorIfNot2XX;
    let method = req.operation.toUpperCase();
    if (method === "CREATE") method = "POST";
    const hasBody = withBody.has(method);
    if (!hasBody && !["GET", "HEAD", "DELETE", "OPTIONS", "TRACE"].includes(method)) throw new Error(`invalid operation: ${req.operation}`);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw new Error(`parse ${JSON.stringify(url)}: invalid URL`);
    }

    const headers: Record<string, string> = {};
    const set = (name: string, value: string) => {
      if (!tokenRe.test(name)) throw new Error(`invalid header name ${JSON.stringify(name)} in the request metadata`);
      if (!headerValueRe.test(value)) throw new Error(`invalid value for header ${JSON.stringify(name)} in the request metadata`);
      for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase()) delete headers[k];
      headers[canonicalHeader(name)] = value;
    };
    if (hasBody && md["Content-Type"] === undefined) set("Content-Type", "application/json; charset=utf-8");
    if (md["Accept"] === undefined) set("Accept", "application/json; charset=utf-8");
    if (this.config.securityToken && this.config.securityTokenHeader) set(this.config.securityTokenHeader, this.config.securityToken);
    // Metadata keys that start with a capital letter are request headers.
    for (const [k, v] of Object.entries(md)) if (k.charCodeAt(0) >= 65 && k.charCodeAt(0) <= 90) set(k, v);
    for (const k of ["traceparent", "tracestate", "baggage"]) if (md[k]) set(k, md[k]);

    const signal = this.config.responseTimeoutMs !== undefined ? AbortSignal.any([req.signal, AbortSignal.timeout(this.config.responseTimeoutMs)]) : req.signal;
    let res: Dispatcher.ResponseData;
    try {
      res = await this.agent.request({
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: method as Dispatcher.HttpMethod,
        headers,
        ...(hasBody && { body: req.data }),
        signal,
      });
    } catch (e) {
      throw new Error(`${goMethod(method)} ${JSON.stringify(url)}: ${describe(e, signal)}`, { cause: e });
    }
    const body = await readLimited(res.body, this.config.maxResponseBodyBytes);
    const metadata: Record<string, string> = {
      statusCode: String(res.statusCode),
      status: `${res.statusCode} ${statusText(res.statusCode)}`.trim(),
    };
    for (const [k, v] of Object.entries(res.headers)) {
      if (v === undefined) continue;
      metadata[canonicalHeader(k)] = Array.isArray(v) ? v.join(", ") : v;
    }
    if (errorIfNot2XX && Math.floor(res.statusCode / 100) !== 2) throw new BindingInvokeError(`received status code ${res.statusCode}`, metadata);
    return { data: body, metadata };
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}

/** Reads at most `limit` bytes of a body (all when limit <= 0) and discards the rest. */
async function readLimited(body: Dispatcher.ResponseData["body"], limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    if (limit > 0 && size >= limit) continue;
    const keep = limit > 0 ? chunk.subarray(0, limit - size) : chunk;
    chunks.push(keep);
    size += keep.length;
  }
  const b = Buffer.concat(chunks, size);
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

/** Go's http.CanonicalHeaderKey: "x-request-id" -> "X-Request-Id". */
export function canonicalHeader(name: string): string {
  if (!tokenRe.test(name)) return name;
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/** Go's net/http spells the verb capitalised in client errors ("Get", "Post"). */
function goMethod(method: string): string {
  return method.charAt(0) + method.slice(1).toLowerCase();
}

function describe(e: unknown, signal: AbortSignal): string {
  if (signal.aborted) return signal.reason instanceof Error && signal.reason.name === "TimeoutError" ? "context deadline exceeded" : "context canceled";
  const err = e as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code ?? err.code;
  if (code === "ECONNREFUSED") return "connect: connection refused";
  return err.cause?.message ?? err.message ?? String(e);
}

/** dapr/kit's IsTruthy. */
function isTruthy(v: string): boolean {
  return ["1", "t", "true", "y", "yes", "on"].includes(v.trim().toLowerCase());
}

/** A PEM value, or the path of a file holding one (as components-contrib reads mTLS settings). */
export function pemOrFile(field: string, value: string): string {
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(value)) return value;
  try {
    return readFileSync(value, "utf8");
  } catch (e) {
    throw new Error(`provided "${field}" value is neither a valid file path nor a valid pem encoded string: ${(e as Error).message}`);
  }
}
