/**
 * Protobuf JSON ⇄ REST JSON, by the generated shape plans: renamed, omitted,
 * inlined and unwrapped fields, bytes embedded as JSON, enum spellings.
 * Messages without a plan are the same in both.
 */
import { base64Decode, base64Encode } from "@bufbuild/protobuf/wire";
import { Code, PillionError } from "../errors.js";
import type { RestFieldPlan, RestShapePlan } from "./plan.js";

type Obj = Record<string, unknown>;
export type Shapes = Readonly<Record<string, RestShapePlan>>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const utf8 = new TextEncoder();
const text = new TextDecoder("utf-8", { fatal: true });

function each(f: RestFieldPlan, v: unknown, fn: (x: unknown) => unknown): unknown {
  if (f.container === "list") return Array.isArray(v) ? v.map(fn) : v;
  if (f.container === "map") return isObj(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fn(x)])) : v;
  return fn(v);
}

/** A message's protobuf JSON as REST JSON. */
export function toRest(shapes: Shapes, typeName: string, json: unknown): unknown {
  const shape = shapes[typeName];
  if (!shape || !isObj(json)) return json;
  const out: Obj = { ...json };
  for (const f of shape) {
    if (!(f.json in out)) continue;
    const v = out[f.json];
    delete out[f.json];
    if (f.omit) continue;
    const value = each(f, v, (x) => {
      let r = x;
      if (f.message) r = toRest(shapes, f.message, r);
      if (f.unwrap !== undefined && isObj(r)) r = r[f.unwrap];
      if (f.rawJson && typeof r === "string") r = embeddedJson(base64Decode(r), typeName, f.json);
      if (f.enumValues && typeof r === "string") r = f.enumValues[r] ?? r;
      return r;
    });
    if (f.inline) Object.assign(out, isObj(value) ? value : {});
    else out[f.rest ?? f.json] = value;
  }
  return out;
}

/** REST JSON of a message as its protobuf JSON. */
export function fromRest(shapes: Shapes, typeName: string, json: unknown): unknown {
  const shape = shapes[typeName];
  if (!shape || !isObj(json)) return json;
  const out: Obj = { ...json };
  for (const f of shape) {
    let v: unknown;
    if (f.inline) {
      const inner: Obj = {};
      for (const name of f.inline) {
        if (name in out) {
          inner[name] = out[name];
          delete out[name];
        }
      }
      v = inner;
    } else {
      const name = f.rest ?? f.json;
      if (!(name in out)) continue;
      v = out[name];
      delete out[name];
    }
    if (f.omit) continue;
    const reverse = f.enumValues && Object.fromEntries(Object.entries(f.enumValues).map(([k, r]) => [r, k]));
    out[f.json] = each(f, v, (x) => {
      let r = x;
      if (reverse && typeof r === "string") r = reverse[r] ?? r;
      if (f.rawJson && r !== undefined && r !== null) r = base64Encode(utf8.encode(JSON.stringify(r)));
      if (f.unwrap !== undefined) r = { [f.unwrap]: r };
      if (f.message) r = fromRest(shapes, f.message, r);
      return r;
    });
  }
  return out;
}

/**
 * Bytes as an embedded JSON value. Dapr's HTTP API carries these fields as
 * JSON values only, so bytes that are not JSON cannot travel over REST
 * (sending their text as a JSON string would store different bytes).
 */
function embeddedJson(bytes: Uint8Array, typeName: string, field: string): unknown {
  try {
    return JSON.parse(text.decode(bytes)) as unknown;
  } catch {
    throw new PillionError({
      message: `${typeName}.${field} holds bytes that are not JSON, which Dapr's HTTP API cannot carry; pass a JSON value, or use a gRPC, Connect or gRPC-Web client for raw bytes`,
      code: Code.InvalidArgument,
      errorCode: "ERR_SDK_REST_NOT_JSON",
    });
  }
}
