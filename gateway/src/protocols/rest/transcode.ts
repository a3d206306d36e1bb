/**
 * Transcoding between HTTP requests/responses and protobuf messages, driven
 * entirely by the compiled route (google.api.http + pillion.api.v1.rest).
 * Pure functions over a small request shape, so they are easy to test.
 */
import { Buffer, isUtf8 } from "node:buffer";
import { create, type Message } from "@bufbuild/protobuf";
import { badRequest, malformedRequest } from "../../errors/catalog.js";
import type { CompiledRoute, FieldPath, HeaderPlan, QueryTarget } from "./compiled-route.js";
import { isPopulated, readField, RestJsonError, setField, subMessage, type RestJsonCodec } from "./json-codec.js";
import type { MessageValuePlan } from "./json-plan.js";

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

type Obj = Record<string, unknown>;

const metadataPrefix = "metadata.";
const emptyBytes = new Uint8Array(0);

/**
 * The request message of a route. A body that does not fit is 400
 * ERR_MALFORMED_REQUEST, a path, query or header value that does not fit its
 * field 400 ERR_BAD_REQUEST, both naming the property or parameter.
 */
export function decodeRequest(codec: RestJsonCodec, c: CompiledRoute, r: RestRequest): Message {
  try {
    return decode(codec, c, r);
  } catch (e) {
    if (e instanceof RestJsonError) throw malformedRequest(e.message);
    if (e instanceof TextValueError) throw badRequest(e.message);
    throw e;
  }
}

/** A path, query or header value that does not fit its field. */
class TextValueError extends Error {}

function textValueError(e: unknown, name: string): unknown {
  return e instanceof RestJsonError ? new TextValueError(e.at(name).message) : e;
}

function decode(codec: RestJsonCodec, c: CompiledRoute, r: RestRequest): Message {
  const msg = create(c.input) as unknown as Obj;
  switch (c.bodyMode) {
    case "raw":
      setPath(msg, c.rawBody!, c.rawBodyIsText ? text(r.body) : r.body);
      break;
    case "all":
      if (r.body.length > 0) codec.decodeInto(c.inputPlan, msg, parseJson(r.body));
      break;
    case "field": {
      if (r.body.length === 0) throw malformedRequest("the request body is empty");
      const fp = c.bodyField!;
      try {
        codec.decodeFieldInto(msg, fp, parseJson(r.body));
      } catch (e) {
        if (e instanceof RestJsonError) throw e.at(fp.name ?? fp.field.jsonName);
        throw e;
      }
      break;
    }
    case "none":
      break;
  }
  if (c.contentTypeField) {
    const ct = header(r.headers, "content-type");
    if (ct !== undefined) setPath(msg, c.contentTypeField, ct);
  }
  const hs = c.requestHeaders;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    const v = header(r.headers, h.header);
    if (v !== undefined) setPath(msg, h.path, headerValue(h, v));
  }
  const vars = c.vars;
  for (let i = 0; i < vars.length; i++) {
    const path = vars[i]!;
    try {
      setPath(msg, path, codec.fromText(path.leaf, r.values[i] ?? ""));
    } catch (e) {
      throw textValueError(e, path.text);
    }
  }
  if (r.query.size > 0 && (c.metadataQuery !== undefined || c.query.size > 0)) decodeQuery(codec, c, r.query, msg);
  return msg as unknown as Message;
}

function decodeQuery(codec: RestJsonCodec, c: CompiledRoute, query: URLSearchParams, msg: Obj): void {
  let meta: Obj | undefined;
  let seen: Set<QueryTarget> | undefined;
  for (const [k, v] of query) {
    if (c.metadataQuery !== undefined && k.startsWith(metadataPrefix)) {
      const key = k.slice(metadataPrefix.length);
      meta ??= Object.create(null) as Obj;
      if (!(key in meta)) meta[key] = v; // the first of repeated parameters wins, as in Dapr
      continue;
    }
    const target = c.query.get(k);
    if (target === undefined) continue; // unknown parameters are ignored, as in Dapr
    try {
      const value = codec.fromText(target.path.leaf, v);
      if (target.list) {
        let into = msg;
        for (const step of target.path.steps) into = subMessage(into, step);
        (readField(into, target.path.leaf) as unknown[]).push(value);
      } else {
        seen ??= new Set();
        if (seen.has(target)) continue; // the first of repeated parameters wins
        seen.add(target);
        setPath(msg, target.path, value);
      }
    } catch (e) {
      throw textValueError(e, k);
    }
  }
  if (meta !== undefined) {
    // Query metadata is merged over metadata from the body, the query winning, as Dapr does.
    const path = c.metadataQuery!;
    let into = msg;
    for (const step of path.steps) into = subMessage(into, step);
    const map = readField(into, path.leaf) as Obj;
    for (const key in meta) {
      if (key === "__proto__") Object.defineProperty(map, key, { value: meta[key], enumerable: true, writable: true, configurable: true });
      else map[key] = meta[key];
    }
  }
}

/** Truthy header values, as Dapr's utils.IsTruthy reads them. */
function isTruthy(v: string): boolean {
  switch (v.trim().toLowerCase()) {
    case "1":
    case "t":
    case "true":
    case "y":
    case "yes":
    case "on":
      return true;
    default:
      return false;
  }
}

function headerValue(h: HeaderPlan, v: string): unknown {
  switch (h.kind) {
    case "string":
      return v;
    case "bool":
      return isTruthy(v);
    case "wrapped": {
      const vp = h.path.leaf.value;
      if (vp.kind !== "message") return v;
      const inner = create(vp.desc) as unknown as Obj;
      inner[vp.desc.fields[0]!.localName] = v;
      return inner;
    }
  }
}

function header(headers: RestRequest["headers"], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

function text(body: Uint8Array): string {
  if (!isUtf8(body)) throw malformedRequest("the request body is not valid UTF-8 text");
  return utf8Text(body);
}

function utf8Text(body: Uint8Array): string {
  return (Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.length)).toString("utf8");
}

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(utf8Text(body));
  } catch (e) {
    throw malformedRequest((e as Error).message);
  }
}

/** Sets the value at a field path, creating the messages on the way. */
function setPath(msg: Obj, path: FieldPath, value: unknown): void {
  let into = msg;
  const steps = path.steps;
  for (let i = 0; i < steps.length; i++) into = subMessage(into, steps[i]!);
  setField(into, path.leaf, value);
}

function readPath(msg: Obj, path: FieldPath): unknown {
  let v: unknown = msg;
  const steps = path.steps;
  for (let i = 0; i < steps.length; i++) {
    v = readField(v as Obj, steps[i]!);
    if (v === undefined) return undefined;
  }
  return readField(v as Obj, path.leaf);
}

// ---- responses ---------------------------------------------------------------

export function encodeResponse(codec: RestJsonCodec, c: CompiledRoute, msg: Message): RestResponse {
  const m = msg as unknown as Obj;
  if (c.noContentWhenEmpty !== undefined && isEmpty(c, m)) return { status: 204, headers: {} };
  const headers = responseHeaders(c, m);
  if (c.successStatus === 204) return { status: 204, headers };
  if (c.rawResponse) {
    const data = readPath(m, c.rawResponse) as Uint8Array | undefined;
    const ct = c.responseContentType ? (readPath(m, c.responseContentType) as string | undefined) : undefined;
    headers["content-type"] = ct || c.defaultContentType;
    return { status: c.successStatus, headers, body: data ?? emptyBytes };
  }
  const body = c.responseBodyField ? codec.stringifyField(c.responseBodyField, readField(m, c.responseBodyField)) : codec.stringifyMessage(c.output, msg);
  headers["content-type"] = "application/json";
  return { status: c.successStatus, headers, body };
}

function responseHeaders(c: CompiledRoute, m: Obj): Record<string, string> {
  const headers: Record<string, string> = {};
  const hs = c.responseHeaders;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    let v = readPath(m, h.path);
    if (h.kind === "wrapped" && v !== undefined) v = (v as Obj)[(h.path.leaf.value as MessageValuePlan).desc.fields[0]!.localName];
    if (typeof v === "string" && v !== "") headers[h.header] = v;
    else if (v === true) headers[h.header] = "true";
  }
  if (c.responseMetadataHeaders) {
    const meta = readPath(m, c.responseMetadataHeaders) as Record<string, string> | undefined;
    if (meta) for (const k in meta) headers[metadataPrefix + k] = meta[k]!;
  }
  return headers;
}

function isEmpty(c: CompiledRoute, m: Obj): boolean {
  const target = c.noContentWhenEmpty!;
  if (target === "*") {
    const fields = c.outputPlan.fields;
    for (let i = 0; i < fields.length; i++) if (isPopulated(fields[i]!, readField(m, fields[i]!))) return false;
    return true;
  }
  return !isPopulated(target.leaf, readPath(m, target));
}
