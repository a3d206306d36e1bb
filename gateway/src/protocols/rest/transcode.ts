/**
 * Transcoding between HTTP requests/responses and protobuf messages, driven
 * entirely by the compiled route (google.api.http + pillion.api.v1.rest).
 * Pure functions over a small request shape, so they are easy to test.
 */
import { create, type DescField, type Message } from "@bufbuild/protobuf";
import { malformedRequest } from "../../errors/catalog.js";
import type { CompiledRoute } from "./compiled-route.js";
import { RestJsonError, stringifyRestJson, type Json, type RestJsonCodec } from "./json-codec.js";

export interface RestRequest {
  /** Decoded path variable values, in route order. */
  readonly values: readonly string[];
  readonly query: URLSearchParams;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Uint8Array;
}

export interface RestResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: Uint8Array | string;
}

const textDecoder = new TextDecoder();
const metadataPrefix = "metadata.";

export function decodeRequest(codec: RestJsonCodec, c: CompiledRoute, r: RestRequest): Message {
  try {
    return decode(codec, c, r);
  } catch (e) {
    if (e instanceof RestJsonError) throw malformedRequest(e.message);
    throw e;
  }
}

function decode(codec: RestJsonCodec, c: CompiledRoute, r: RestRequest): Message {
  const { route } = c;
  let init: Record<string, unknown> = {};
  if (c.rawBody) setPath(codec, init, c.rawBody, r.body);
  else if (route.body === "*") {
    if (r.body.length > 0) init = { ...(codec.messageInit(c.input, parseJson(r.body), "") as Record<string, unknown>) };
  } else if (c.bodyField) {
    if (r.body.length === 0) throw malformedRequest("the request body is empty");
    codec.setInit(init, c.bodyField, codec.fieldValue(c.bodyField, parseJson(r.body), c.bodyField.jsonName));
  }
  if (c.contentTypeField) {
    const ct = header(r.headers, "content-type");
    if (ct !== undefined) setPath(codec, init, c.contentTypeField, ct);
  }
  for (const h of c.requestHeaders) {
    const v = header(r.headers, h.header);
    if (v === undefined) continue;
    setPath(codec, init, h.path, v, true);
  }
  c.vars.forEach((path, i) => setPath(codec, init, path, r.values[i] ?? "", true));
  if (route.body !== "*") decodeQuery(codec, c, r.query, init);
  else if (c.metadataQuery) decodeMetadataQuery(codec, c, r.query, init);
  return create(c.input, init as never);
}

function decodeMetadataQuery(codec: RestJsonCodec, c: CompiledRoute, query: URLSearchParams, init: Record<string, unknown>): void {
  const meta: Record<string, string> = {};
  let any = false;
  for (const [k, v] of query) {
    if (k.startsWith(metadataPrefix) && !(k.slice(metadataPrefix.length) in meta)) {
      meta[k.slice(metadataPrefix.length)] = v;
      any = true;
    }
  }
  if (!any) return;
  // Query metadata is merged over metadata from the body, as Dapr does.
  const existing = getPath(init, c.metadataQuery!) as Record<string, string> | undefined;
  setPath(codec, init, c.metadataQuery!, { ...existing, ...meta });
}

function decodeQuery(codec: RestJsonCodec, c: CompiledRoute, query: URLSearchParams, init: Record<string, unknown>): void {
  if (c.metadataQuery) decodeMetadataQuery(codec, c, query, init);
  const plan = codec.plan(c.input);
  const lists = new Map<DescField, unknown[]>();
  for (const [k, v] of query) {
    if (c.metadataQuery && k.startsWith(metadataPrefix)) continue;
    const fp = plan.byInputName.get(k);
    if (!fp || c.boundFields.has(fp.field.name)) continue;
    const f = fp.field;
    if (f.fieldKind === "list" && (f.listKind === "scalar" || f.listKind === "enum")) {
      let l = lists.get(f);
      if (!l) lists.set(f, (l = []));
      l.push(codec.fromText(f, v, k));
    } else if (f.fieldKind === "scalar" || f.fieldKind === "enum") {
      codec.setInit(init, f, codec.fromText(f, v, k));
    }
  }
  for (const [f, values] of lists) codec.setInit(init, f, values);
}

function header(headers: RestRequest["headers"], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(textDecoder.decode(body));
  } catch (e) {
    throw malformedRequest((e as Error).message);
  }
}

/** Sets a field path in a create() init object; `fromText` converts a string for scalar and enum leaves. */
function setPath(codec: RestJsonCodec, init: Record<string, unknown>, path: readonly DescField[], value: unknown, fromText = false): void {
  let target = init;
  for (let i = 0; i < path.length - 1; i++) {
    const f = path[i]!;
    let next = (f.oneof ? (target[f.oneof.localName] as { value?: Record<string, unknown> } | undefined)?.value : target[f.localName]) as Record<string, unknown> | undefined;
    if (!next) {
      next = {};
      codec.setInit(target, f, next);
    }
    target = next;
  }
  const leaf = path[path.length - 1]!;
  let v = value;
  if (fromText && typeof value === "string") {
    if (leaf.fieldKind === "message" && leaf.message.fields.length === 1) {
      // A header into a message with one string field, such as Etag.
      v = create(leaf.message, { [leaf.message.fields[0]!.localName]: value } as never);
    } else {
      v = codec.fromText(leaf, value, leaf.name);
    }
  }
  codec.setInit(target, leaf, v);
}

function getPath(init: Record<string, unknown>, path: readonly DescField[]): unknown {
  let v: unknown = init;
  for (const f of path) v = (v as Record<string, unknown> | undefined)?.[f.oneof ? f.oneof.localName : f.localName];
  return v;
}

// ---- responses ---------------------------------------------------------------

export function encodeResponse(codec: RestJsonCodec, c: CompiledRoute, msg: Message): RestResponse {
  const { route } = c;
  if (c.noContentWhenEmpty !== undefined && isEmpty(msg, c)) return { status: 204, headers: {} };
  if (route.successStatus === 204) return { status: 204, headers: responseHeaders(c, msg) };
  const headers = responseHeaders(c, msg);
  if (c.rawResponse) {
    const data = readPath(msg, c.rawResponse) as Uint8Array | undefined;
    const ct = c.responseContentType ? (readPath(msg, c.responseContentType) as string | undefined) : undefined;
    headers["content-type"] = ct || route.defaultContentType || "application/json";
    return { status: route.successStatus, headers, body: data ?? new Uint8Array(0) };
  }
  let json: Json;
  if (c.responseBodyField) json = codec.encodeField(c.responseBodyField, readPath(msg, [c.responseBodyField]));
  else json = codec.encodeMessage(c.output, msg);
  headers["content-type"] = "application/json";
  return { status: route.successStatus, headers, body: stringifyRestJson(json) };
}

function responseHeaders(c: CompiledRoute, msg: Message): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of c.responseHeaders) {
    let v = readPath(msg, h.path);
    if (v !== null && typeof v === "object" && !(v instanceof Uint8Array)) {
      const leaf = h.path[h.path.length - 1]!;
      if (leaf.fieldKind === "message") v = (v as Record<string, unknown>)[leaf.message.fields[0]!.localName];
    }
    if (typeof v === "string" && v !== "") headers[h.header] = v;
  }
  if (c.responseMetadataHeaders) {
    const meta = readPath(msg, c.responseMetadataHeaders) as Record<string, string> | undefined;
    if (meta) for (const [k, v] of Object.entries(meta)) headers[`${metadataPrefix}${k}`] = v;
  }
  return headers;
}

function readPath(msg: Message, path: readonly DescField[]): unknown {
  let v: unknown = msg;
  for (const f of path) {
    if (v === undefined || v === null) return undefined;
    const obj = v as Record<string, unknown>;
    if (f.oneof) {
      const o = obj[f.oneof.localName] as { case?: string; value?: unknown };
      v = o.case === f.localName ? o.value : undefined;
    } else v = obj[f.localName];
  }
  return v;
}

function isEmpty(msg: Message, c: CompiledRoute): boolean {
  if (c.noContentWhenEmpty === "*") return c.output.fields.every((f) => isEmptyValue(readPath(msg, [f])));
  return isEmptyValue(readPath(msg, c.noContentWhenEmpty!));
}

function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null || v === "" || v === 0 || v === 0n || v === false) return true;
  if (v instanceof Uint8Array || Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("$typeName" in o) return false;
    if ("case" in o) return o["case"] === undefined;
    return Object.keys(o).length === 0;
  }
  return false;
}
