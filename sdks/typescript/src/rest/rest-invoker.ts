/**
 * The invoker for the REST flavour: each facade call becomes a request to
 * Dapr's HTTP API, mapped by the generated plan (gen/rest-plan.ts) and sent
 * through the typed openapi-fetch client, so that REST calls share its base
 * URL, headers and middleware.
 */
import { create, createRegistry, fromJson, toJson, type DescMessage, type DescMethodServerStreaming, type DescMethodUnary, type JsonValue, type MessageInitShape, type MessageShape } from "@bufbuild/protobuf";
import { anyPack, ListValueSchema, StructSchema, ValueSchema, type Any } from "@bufbuild/protobuf/wkt";
import { Code, PillionError } from "../errors.js";
import { restCalls, restShapes } from "../gen/rest-plan.js";
import type { CallOptions, Invoker } from "../invoker.js";
import type { RestCallPlan } from "./plan.js";
import { fromRest, toRest } from "./reshape.js";
import type { RestClient } from "./rest-client.js";

type Obj = Record<string, unknown>;

const text = new TextDecoder();
const strictText = new TextDecoder("utf-8", { fatal: true });

/** The types a google.protobuf.Any may hold in Dapr's HTTP API (job data is an Any holding a Value). */
const anyTypes = createRegistry(ValueSchema, StructSchema, ListValueSchema);
const valueTypeUrl = "type.googleapis.com/google.protobuf.Value";

/**
 * Dapr's HTTP API carries google.protobuf.Any fields (job data) as plain
 * JSON values: the SDK's encoded data (an Any without a type URL holding
 * JSON bytes) becomes an Any holding a google.protobuf.Value, so that it
 * has a JSON form at all; bytes that are not JSON cannot travel over REST.
 */
function packJsonAnys(desc: DescMessage, message: Obj): void {
  for (const f of desc.fields) {
    const v = message[f.localName];
    if (v === undefined || v === null) continue;
    if (f.fieldKind === "message" && f.message.typeName === "google.protobuf.Any") {
      const any = v as Any;
      if (any.typeUrl !== "" || any.value.length === 0) continue;
      let parsed: JsonValue;
      try {
        parsed = JSON.parse(strictText.decode(any.value)) as JsonValue;
      } catch {
        throw new PillionError({ message: `${desc.typeName}.${f.name} holds bytes that are not JSON, which Dapr's HTTP API cannot carry; use a gRPC, Connect or gRPC-Web client for them`, code: Code.InvalidArgument, errorCode: "ERR_SDK_REST_NOT_JSON" });
      }
      message[f.localName] = anyPack(ValueSchema, fromJson(ValueSchema, parsed));
    } else if (f.fieldKind === "message") packJsonAnys(f.message, v as Obj);
    else if (f.fieldKind === "list" && f.listKind === "message") for (const e of v as Obj[]) packJsonAnys(f.message, e);
  }
}

/** An Any holding a Value, in protobuf JSON, as the plain JSON value Dapr's HTTP API takes. */
function unwrapValueAnys(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(unwrapValueAnys);
  if (json === null || typeof json !== "object") return json;
  const o = json as Obj;
  if (o["@type"] === valueTypeUrl && Object.keys(o).length === 2 && "value" in o) return o["value"];
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, unwrapValueAnys(v)]));
}

/** HTTPExtension.Verb numbers → HTTP methods (NONE and unknown → POST). */
const verbs = ["POST", "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"];

export function createRestInvoker(rest: RestClient): Invoker {
  return {
    async unary<I extends DescMessage, O extends DescMessage>(method: DescMethodUnary<I, O>, init: MessageInitShape<I>, call?: CallOptions): Promise<MessageShape<O>> {
      const key = `${method.parent.typeName}/${method.name}`;
      const plan = restCalls[key];
      if (!plan) {
        throw new PillionError({ message: `${key} has no REST route in Dapr's HTTP API; use a gRPC, Connect or gRPC-Web client for it`, code: Code.Unimplemented, errorCode: "ERR_SDK_NO_REST_ROUTE" });
      }
      const request = create(method.input, init);
      return plan.handler === "invoke-proxy" ? invokeProxy(rest, method, request, call) : transcode(rest, plan, method, request, call);
    },
    serverStream<I extends DescMessage, O extends DescMessage>(method: DescMethodServerStreaming<I, O>): AsyncIterable<MessageShape<O>> {
      return {
        [Symbol.asyncIterator]() {
          throw new PillionError({
            message: `${method.parent.typeName}/${method.name} streams its answers, which Dapr's HTTP API cannot; use a gRPC, Connect or gRPC-Web client for it`,
            code: Code.Unimplemented,
            errorCode: "ERR_SDK_NO_REST_ROUTE",
          });
        },
      };
    },
  };
}

function get(o: unknown, path: readonly string[]): unknown {
  let v = o;
  for (const step of path) v = v !== null && typeof v === "object" ? (v as Obj)[step] : undefined;
  return v;
}

function set(o: Obj, path: readonly string[], value: unknown): void {
  let holder = o;
  for (const step of path.slice(0, -1)) {
    if (holder[step] === undefined || holder[step] === null) holder[step] = {};
    holder = holder[step] as Obj;
  }
  holder[path.at(-1)!] = value;
}

function remove(o: unknown, path: readonly string[]): void {
  const holder = get(o, path.slice(0, -1));
  if (holder !== null && typeof holder === "object") delete (holder as Obj)[path.at(-1)!];
}

/** A path, query or header value from protobuf JSON (a single-field message gives its field). */
function scalarText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "object" && !Array.isArray(v)) {
    const values = Object.values(v as Obj);
    return values.length === 1 ? scalarText(values[0]) : undefined;
  }
  return String(v);
}

const encodeSegments = (v: string, deep: boolean) => (deep ? v.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(v));

function fillPath(plan: RestCallPlan, json: unknown): string {
  let i = 0;
  return plan.path.replace(/\{[^}]*\}/g, () => {
    const v = plan.vars[i++]!;
    return encodeSegments(scalarText(get(json, v.field)) ?? "", v.deep);
  });
}

async function transcode<I extends DescMessage, O extends DescMessage>(rest: RestClient, plan: RestCallPlan, method: DescMethodUnary<I, O>, request: MessageShape<I>, call: CallOptions | undefined): Promise<MessageShape<O>> {
  packJsonAnys(method.input, request as Obj);
  const json = unwrapValueAnys(toJson(method.input, request, { registry: anyTypes })) as Obj;
  const path = fillPath(plan, json);
  const query = new URLSearchParams();
  for (const q of plan.query ?? []) {
    const v = get(json, q.field);
    if (Array.isArray(v)) for (const x of v) query.append(q.name, String(x));
    else if (v !== undefined && v !== null) query.append(q.name, String(v));
  }
  if (plan.metadataQuery) {
    const m = get(json, plan.metadataQuery);
    if (m && typeof m === "object") for (const [k, v] of Object.entries(m as Obj)) query.append(`metadata.${k}`, String(v));
  }
  const headers = new Headers(call?.headers);
  for (const h of plan.requestHeaders ?? []) {
    const v = scalarText(get(json, h.field));
    if (v !== undefined) headers.set(h.header, v);
  }
  let body: Uint8Array | string | undefined;
  if (plan.rawBody) {
    const raw = get(request, plan.rawBody);
    body = typeof raw === "string" ? raw : (raw as Uint8Array | undefined)?.slice();
    const ct = plan.contentTypeField ? (get(request, plan.contentTypeField) as string | undefined) : undefined;
    if (ct) headers.set("content-type", ct);
    else if (!headers.has("content-type")) headers.set("content-type", typeof raw === "string" ? "text/plain" : "application/octet-stream");
  } else if (plan.body === "*") {
    for (const v of plan.vars) remove(json, v.field);
    for (const h of plan.requestHeaders ?? []) remove(json, h.field);
    if (plan.metadataQuery) remove(json, plan.metadataQuery);
    body = JSON.stringify(toRest(restShapes, method.input.typeName, json));
    headers.set("content-type", "application/json");
  } else if (plan.body) {
    // The body field is reshaped by the request message's plan, as part of the message, then sent alone.
    const v = json[plan.body];
    const field = restShapes[method.input.typeName]?.find((f) => f.json === plan.body);
    const reshaped = (toRest(restShapes, method.input.typeName, { [plan.body]: v }) as Obj)[field?.rest ?? plan.body];
    body = JSON.stringify(reshaped ?? (Array.isArray(v) ? [] : null));
    headers.set("content-type", "application/json");
  }
  const url = query.size > 0 ? `${path}?${query}` : path;
  const res = await send(rest, plan.verb, url, headers, body, call);
  const bytes = new Uint8Array(await res.arrayBuffer());
  let message: MessageShape<O>;
  if (plan.rawResponse || bytes.length === 0) {
    message = create(method.output) as MessageShape<O>;
    if (plan.rawResponse) set(message as Obj, plan.rawResponse, bytes);
    if (plan.responseContentType) set(message as Obj, plan.responseContentType, res.headers.get("content-type") ?? "");
  } else {
    let parsed: unknown = JSON.parse(text.decode(bytes)) as unknown;
    // A body that holds one response field is put back under that field's REST name, so that the
    // response message's own plan reshapes it (renames, unwrapped map values, nested messages).
    if (plan.responseBody) {
      const field = restShapes[method.output.typeName]?.find((f) => f.json === plan.responseBody);
      parsed = { [field?.rest ?? plan.responseBody]: parsed };
    }
    parsed = fromRest(restShapes, method.output.typeName, parsed);
    message = fromJson(method.output, parsed as JsonValue, { ignoreUnknownFields: true, registry: anyTypes });
  }
  for (const h of plan.responseHeaders ?? []) {
    const v = res.headers.get(h.header);
    if (v !== null) set(message as Obj, h.field, v);
  }
  if (plan.responseMetadataHeaders) {
    const meta: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      if (k.startsWith("metadata.")) meta[k.slice("metadata.".length)] = v;
    });
    set(message as Obj, plan.responseMetadataHeaders, meta);
  }
  return message;
}

/** Service invocation: the data is the raw body, the verb comes from http_extension, the answer is the app's body. */
async function invokeProxy<I extends DescMessage, O extends DescMessage>(rest: RestClient, method: DescMethodUnary<I, O>, request: MessageShape<I>, call: CallOptions | undefined): Promise<MessageShape<O>> {
  const r = request as unknown as { id: string; message?: { method: string; data?: { value: Uint8Array }; contentType: string; httpExtension?: { verb: number; querystring: string } } };
  const m = r.message;
  const verb = verbs[m?.httpExtension?.verb ?? 0] ?? "POST";
  const path = `/v1.0/invoke/${encodeURIComponent(r.id)}/method/${encodeSegments(m?.method ?? "", true)}`;
  const url = m?.httpExtension?.querystring ? `${path}?${m.httpExtension.querystring}` : path;
  const headers = new Headers(call?.headers);
  if (m?.contentType) headers.set("content-type", m.contentType);
  const data = m?.data?.value;
  const body = data && data.length > 0 && verb !== "GET" && verb !== "HEAD" ? data.slice() : undefined;
  const res = await send(rest, verb, url, headers, body, call);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return create(method.output, { data: { typeUrl: "", value: bytes }, contentType: res.headers.get("content-type") ?? "" } as unknown as MessageInitShape<O>) as MessageShape<O>;
}

/** Sends a request through the openapi-fetch client; a successful response comes back unread, an error status throws PillionError. */
async function send(rest: RestClient, verb: string, url: string, headers: Headers, body: Uint8Array | string | undefined, call: CallOptions | undefined): Promise<Response> {
  const signal = call?.timeoutMs !== undefined ? anySignal(call.signal, AbortSignal.timeout(call.timeoutMs)) : call?.signal;
  try {
    const request = rest.request as unknown as (m: string, u: string, init: Obj) => Promise<{ response: Response; error?: unknown }>;
    const { response, error } = await request(verb.toLowerCase(), url, {
      headers,
      ...(body !== undefined && { body, bodySerializer: (b: unknown) => b }),
      parseAs: "stream",
      ...(signal && { signal }),
    });
    // openapi-fetch has read an error's body already (as JSON when it parses, else as text).
    if (!response.ok) throw PillionError.fromHttp(response.status, error ?? "");
    return response;
  } catch (e) {
    if (e instanceof PillionError) throw e;
    const name = (e as { name?: string } | undefined)?.name;
    if (name === "TimeoutError") throw new PillionError({ message: "the call timed out", code: Code.DeadlineExceeded, cause: e });
    if (name === "AbortError") throw new PillionError({ message: "the call was canceled", code: Code.Canceled, cause: e });
    throw new PillionError({ message: `cannot reach the sidecar: ${(e as Error).message ?? String(e)}`, code: Code.Unavailable, cause: e });
  }
}

function anySignal(a: AbortSignal | undefined, b: AbortSignal): AbortSignal {
  return a ? AbortSignal.any([a, b]) : b;
}


