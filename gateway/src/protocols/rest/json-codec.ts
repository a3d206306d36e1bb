/**
 * The REST JSON mapping: protobuf JSON (lowerCamelCase names, proto names
 * accepted on input, int64 as strings, enums by name) adjusted by the
 * pillion.api.v1 field and enum-value options declared in the protos:
 * rest_field.name, raw_json, unwrap, omit, emit_unpopulated, enum_number,
 * inline, value_as_any, and rest_value. The OpenAPI generator describes exactly this
 * mapping.
 *
 * Decoding walks the parsed JSON and fills protobuf-es messages directly;
 * encoding writes JSON text directly. Both follow the per-message plans of
 * ./json-plan.ts, so no option is looked up per request.
 */
import { create, createRegistry, fromJson, toJson, ScalarType, type DescField, type DescMessage, type JsonValue, type Message, type Registry } from "@bufbuild/protobuf";
import {
  anyPack,
  file_google_protobuf_any,
  file_google_protobuf_duration,
  file_google_protobuf_empty,
  file_google_protobuf_field_mask,
  file_google_protobuf_struct,
  file_google_protobuf_timestamp,
  file_google_protobuf_wrappers,
  ValueSchema,
  type Value,
} from "@bufbuild/protobuf/wkt";
import { base64Decode, base64Encode } from "@bufbuild/protobuf/wire";
import { Buffer, isUtf8 } from "node:buffer";
import { messagePlan, unwrappedField, type EnumPlan, type FieldPlan, type MessagePlan, type MessageValuePlan, type ValuePlan } from "./json-plan.js";

/** REST JSON that does not fit the message; `path` names the property, e.g. "states[0].etag". */
export class RestJsonError extends Error {
  private segments = "";

  constructor(readonly detail: string) {
    super(detail);
    this.name = "RestJsonError";
  }

  /** The property path, e.g. "states[0].etag", or "" at the top. */
  get path(): string {
    return this.segments.startsWith(".") ? this.segments.slice(1) : this.segments;
  }

  /** Prepends a property name (or "[i]") to the path, as the error travels up. */
  at(segment: string | number): this {
    this.segments = (typeof segment === "number" ? `[${segment}]` : `.${segment}`) + this.segments;
    this.message = `${this.path}: ${this.detail}`;
    return this;
  }
}

type Obj = Record<string, unknown>;

const wktFiles = [
  file_google_protobuf_any,
  file_google_protobuf_duration,
  file_google_protobuf_empty,
  file_google_protobuf_field_mask,
  file_google_protobuf_struct,
  file_google_protobuf_timestamp,
  file_google_protobuf_wrappers,
];

export class RestJsonCodec {
  /** Resolves google.protobuf.Any payloads: the well-known types plus the registry given. */
  private readonly registry: Registry;

  constructor(registry?: Registry) {
    this.registry = registry ? createRegistry(...wktFiles, registry) : createRegistry(...wktFiles);
  }

  /** The plan of a message type (cached per descriptor). */
  plan(schema: DescMessage): MessagePlan {
    return messagePlan(schema);
  }

  // ---- decoding ----------------------------------------------------------

  /** Decodes a REST JSON value into a message of `schema`. */
  decodeMessage<T extends Message>(schema: DescMessage, json: unknown): T {
    return this.messageIn(messagePlan(schema), json) as T;
  }

  /**
   * Merges the properties of a REST JSON object into `msg` (of the plan's
   * type). Unknown properties and nulls are ignored, as protobuf JSON does.
   */
  decodeInto(plan: MessagePlan, msg: Obj, json: unknown): void {
    if (json === null || json === undefined) return;
    if (typeof json !== "object" || Array.isArray(json)) throw new RestJsonError(`expected an object for ${plan.desc.name}`);
    const inputs = plan.inputs;
    const obj = json as Obj;
    for (const key in obj) {
      const target = inputs.get(key);
      if (target === undefined) continue;
      const value = obj[key];
      if (value === null && !acceptsNull(target.field)) continue;
      let into = msg;
      for (let i = 0; i < target.via.length; i++) into = subMessage(into, target.via[i]!);
      try {
        this.fieldIn(into, target.field, value);
      } catch (e) {
        if (e instanceof RestJsonError) throw e.at(key);
        throw e;
      }
    }
  }

  /** Decodes the REST JSON value of one field into `msg` (e.g. a `body: "states"` route's array). */
  decodeFieldInto(msg: Obj, fp: FieldPlan, json: unknown): void {
    if (json === null && !acceptsNull(fp)) return;
    this.fieldIn(msg, fp, json);
  }

  private fieldIn(msg: Obj, fp: FieldPlan, json: unknown): void {
    let value: unknown;
    switch (fp.container) {
      case "single":
        value = this.valueIn(fp.value, json);
        break;
      case "list": {
        if (!Array.isArray(json)) throw new RestJsonError("expected an array");
        const list = new Array<unknown>(json.length);
        for (let i = 0; i < json.length; i++) {
          try {
            list[i] = this.valueIn(fp.value, json[i]);
          } catch (e) {
            if (e instanceof RestJsonError) throw e.at(i);
            throw e;
          }
        }
        value = list;
        break;
      }
      case "map": {
        if (typeof json !== "object" || json === null || Array.isArray(json)) throw new RestJsonError("expected an object");
        const map: Obj = {};
        const obj = json as Obj;
        const vp = fp.value;
        for (const k in obj) {
          const v = obj[k];
          try {
            const key = mapKeyIn(fp.mapKey!, k);
            // Dapr's maps of strings accept any JSON scalar and keep its text.
            const mv =
              vp.kind === "scalar" && vp.scalar === ScalarType.STRING && (typeof v === "number" || typeof v === "boolean") ? String(v) : this.valueIn(vp, v);
            if (key === "__proto__") Object.defineProperty(map, key, { value: mv, enumerable: true, writable: true, configurable: true });
            else map[key] = mv;
          } catch (e) {
            if (e instanceof RestJsonError) throw e.at(k);
            throw e;
          }
        }
        value = map;
        break;
      }
    }
    setField(msg, fp, value);
  }

  private valueIn(vp: ValuePlan, json: unknown): unknown {
    switch (vp.kind) {
      case "scalar":
        return vp.rawJson ? rawJsonIn(json) : scalarIn(vp.scalar, json, vp.longAsString);
      case "enum":
        return enumIn(vp.enum, json);
      case "message":
        return this.messageValueIn(vp, json);
    }
  }

  private messageValueIn(vp: MessageValuePlan, json: unknown): Message {
    if (vp.valueAsAny) return anyPack(ValueSchema, this.wellKnownIn(ValueSchema, json) as Value);
    if (vp.wellKnown) return this.wellKnownIn(vp.desc, json);
    if (vp.unwrap) {
      const msg = create(vp.desc) as unknown as Obj;
      const inner = unwrappedField(vp.desc);
      if (json !== null || acceptsNull(inner)) this.fieldIn(msg, inner, json);
      return msg as unknown as Message;
    }
    return this.messageIn(messagePlan(vp.desc), json);
  }

  private messageIn(plan: MessagePlan, json: unknown): Message {
    if (plan.wellKnown) return this.wellKnownIn(plan.desc, json);
    if (json === null || typeof json !== "object" || Array.isArray(json)) throw new RestJsonError(`expected an object for ${plan.desc.name}`);
    const msg = create(plan.desc) as unknown as Obj;
    this.decodeInto(plan, msg, json);
    return msg as unknown as Message;
  }

  private wellKnownIn(desc: DescMessage, json: unknown): Message {
    try {
      return fromJson(desc, json as JsonValue, { registry: this.registry, ignoreUnknownFields: true });
    } catch (e) {
      throw new RestJsonError((e as Error).message);
    }
  }

  /** Converts a path, query or header string into the value of a scalar or enum field (or one element of a list). */
  fromText(fp: FieldPlan, text: string): unknown {
    const vp = fp.value;
    if (vp.kind === "enum") return enumIn(vp.enum, text);
    if (vp.kind !== "scalar") throw new RestJsonError("cannot be given as text");
    switch (vp.scalar) {
      case ScalarType.STRING:
        return text;
      case ScalarType.BYTES:
        return utf8Bytes(text);
      case ScalarType.BOOL:
        switch (text.toLowerCase()) {
          case "true":
          case "1":
            return true;
          case "false":
          case "0":
          case "":
            return false;
        }
        throw new RestJsonError(`"${text}" is not a boolean`);
      default:
        return scalarIn(vp.scalar, text, vp.longAsString);
    }
  }

  // ---- encoding ----------------------------------------------------------

  /** Writes a message as REST JSON text. */
  stringifyMessage(schema: DescMessage, msg: Message): string {
    return this.messageOut(messagePlan(schema), msg);
  }

  /** Writes the value of one field (e.g. a response_body field), even when it holds its default. */
  stringifyField(fp: FieldPlan, value: unknown): string {
    return value === undefined || !isPopulated(fp, value) ? this.defaultOut(fp) : this.fieldValueOut(fp, value);
  }

  private messageOut(plan: MessagePlan, msg: Message): string {
    if (plan.wellKnown) return JSON.stringify(toJson(plan.desc, msg, { registry: this.registry }));
    const body = this.fieldsOut(plan, msg as unknown as Obj);
    return body === "" ? "{}" : `{${body}}`;
  }

  /** The message's properties joined by commas, without braces ("" when none), so inlined fields can join their parent. */
  private fieldsOut(plan: MessagePlan, m: Obj): string {
    let s = "";
    const fields = plan.fields;
    for (let i = 0; i < fields.length; i++) {
      const fp = fields[i]!;
      if (fp.name === undefined) continue;
      let value: unknown;
      if (fp.oneof !== undefined) {
        const o = m[fp.oneof] as { case: string | undefined; value?: unknown };
        if (o.case !== fp.localName) continue;
        value = o.value;
      } else {
        value = m[fp.localName];
      }
      let part: string;
      if (fp.inline) {
        const vp = fp.value as MessageValuePlan;
        if (value === undefined) {
          if (!fp.emitUnpopulated) continue;
          value = create(vp.desc);
        }
        part = this.fieldsOut(messagePlan(vp.desc), value as Obj);
        if (part === "") continue;
      } else if (isPopulated(fp, value)) {
        part = fp.key + this.fieldValueOut(fp, value);
      } else if (fp.emitUnpopulated) {
        part = fp.key + this.defaultOut(fp);
      } else {
        continue;
      }
      s = s === "" ? part : `${s},${part}`;
    }
    return s;
  }

  private fieldValueOut(fp: FieldPlan, value: unknown): string {
    switch (fp.container) {
      case "single":
        return this.valueOut(fp.value, value);
      case "list": {
        const list = value as unknown[];
        let s = "[";
        for (let i = 0; i < list.length; i++) s += (i === 0 ? "" : ",") + this.valueOut(fp.value, list[i]);
        return `${s}]`;
      }
      case "map": {
        const map = value as Obj;
        let s = "";
        for (const k in map) s += `${s === "" ? "" : ","}${JSON.stringify(k)}:${this.valueOut(fp.value, map[k])}`;
        return `{${s}}`;
      }
    }
  }

  private valueOut(vp: ValuePlan, v: unknown): string {
    switch (vp.kind) {
      case "scalar":
        return vp.rawJson ? rawJsonOut(v as Uint8Array) : scalarOut(vp.scalar, v);
      case "enum":
        return enumOut(vp.enum, v as number, vp.asNumber);
      case "message":
        if (vp.unwrap) {
          const inner = unwrappedField(vp.desc);
          return this.stringifyField(inner, readField(v as Obj, inner));
        }
        return this.messageOut(messagePlan(vp.desc), v as Message);
    }
  }

  /** JSON of a field holding its default value (for emit_unpopulated and response_body fields). */
  private defaultOut(fp: FieldPlan): string {
    if (fp.container === "list") return "[]";
    if (fp.container === "map") return "{}";
    const vp = fp.value;
    switch (vp.kind) {
      case "scalar":
        return vp.rawJson ? "null" : scalarOut(vp.scalar, zeroOf(vp.scalar));
      case "enum":
        return enumOut(vp.enum, 0, vp.asNumber);
      case "message":
        return this.valueOut(vp, create(vp.desc));
    }
  }
}

// ---- helpers -------------------------------------------------------------------

/** Null is a value only for google.protobuf.Value (JSON null), also inside value_as_any; elsewhere it means "unset". */
function acceptsNull(fp: FieldPlan): boolean {
  return fp.container === "single" && fp.value.kind === "message" && (fp.value.desc.typeName === "google.protobuf.Value" || fp.value.valueAsAny);
}

/** The message held by a singular message field of `msg`, created and set when unset. */
export function subMessage(msg: Obj, fp: FieldPlan): Obj {
  let sub: unknown;
  if (fp.oneof !== undefined) {
    const o = msg[fp.oneof] as { case: string | undefined; value?: unknown };
    sub = o.case === fp.localName ? o.value : undefined;
  } else {
    sub = msg[fp.localName];
  }
  if (sub === undefined) {
    sub = create((fp.value as MessageValuePlan).desc);
    setField(msg, fp, sub);
  }
  return sub as Obj;
}

export function setField(msg: Obj, fp: FieldPlan, value: unknown): void {
  if (fp.oneof !== undefined) msg[fp.oneof] = { case: fp.localName, value };
  else msg[fp.localName] = value;
}

export function readField(msg: Obj, fp: FieldPlan): unknown {
  if (fp.oneof !== undefined) {
    const o = msg[fp.oneof] as { case: string | undefined; value?: unknown };
    return o.case === fp.localName ? o.value : undefined;
  }
  return msg[fp.localName];
}

/** Whether protobuf JSON writes the field: set (explicit presence) or non-default (implicit presence, lists, maps). */
export function isPopulated(fp: FieldPlan, v: unknown): boolean {
  if (v === undefined || v === null) return false;
  switch (fp.container) {
    case "list":
      return (v as unknown[]).length > 0;
    case "map":
      for (const _ in v as Obj) return true;
      return false;
    case "single":
      if (fp.explicitPresence || fp.oneof !== undefined) return true;
      if (fp.value.kind === "enum") return v !== 0;
      if (v instanceof Uint8Array) return v.length > 0;
      return v !== "" && v !== 0 && v !== false && v !== 0n;
  }
}

function zeroOf(t: ScalarType): unknown {
  switch (t) {
    case ScalarType.STRING:
      return "";
    case ScalarType.BOOL:
      return false;
    case ScalarType.BYTES:
      return new Uint8Array(0);
    default:
      return 0;
  }
}

function mapKeyIn(t: ScalarType, k: string): string {
  switch (t) {
    case ScalarType.STRING:
      return k;
    case ScalarType.BOOL:
      if (k === "true" || k === "false") return k;
      throw new RestJsonError(`map key "${k}" is not a boolean`);
    default:
      if (!/^-?\d+$/.test(k)) throw new RestJsonError(`map key "${k}" is not an integer`);
      return String(scalarIn(t, k, true));
  }
}

function scalarIn(t: ScalarType, v: unknown, longAsString: boolean): unknown {
  switch (t) {
    case ScalarType.STRING:
      if (typeof v !== "string") throw new RestJsonError("expected a string");
      return v;
    case ScalarType.BOOL:
      if (typeof v !== "boolean") throw new RestJsonError("expected a boolean");
      return v;
    case ScalarType.BYTES:
      if (typeof v !== "string") throw new RestJsonError("expected a base64 string");
      try {
        return base64Decode(v);
      } catch {
        throw new RestJsonError("invalid base64");
      }
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT: {
      if (typeof v === "number") return v;
      if (typeof v === "string") {
        if (v === "NaN" || v === "Infinity" || v === "-Infinity") return Number(v);
        const n = v.trim() === "" ? NaN : Number(v);
        if (!Number.isNaN(n)) return n;
      }
      throw new RestJsonError("expected a number");
    }
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
    case ScalarType.UINT64:
    case ScalarType.FIXED64: {
      let b: bigint;
      try {
        if (typeof v === "number") {
          if (!Number.isInteger(v)) throw new Error();
          b = BigInt(v);
        } else if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) {
          b = BigInt(v.trim());
        } else throw new Error();
      } catch {
        throw new RestJsonError("expected a 64-bit integer");
      }
      const unsigned = t === ScalarType.UINT64 || t === ScalarType.FIXED64;
      if (unsigned ? b < 0n || b > 0xffffffffffffffffn : b < -0x8000000000000000n || b > 0x7fffffffffffffffn) {
        throw new RestJsonError("64-bit integer out of range");
      }
      return longAsString ? b.toString() : b;
    }
    default: {
      const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
      if (typeof n !== "number" || !Number.isInteger(n)) throw new RestJsonError("expected an integer");
      const unsigned = t === ScalarType.UINT32 || t === ScalarType.FIXED32;
      if (unsigned ? n < 0 || n > 0xffffffff : n < -0x80000000 || n > 0x7fffffff) throw new RestJsonError("integer out of range");
      return n;
    }
  }
}

function enumIn(e: EnumPlan, v: unknown): number {
  if (typeof v === "number" && Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff) return v;
  if (typeof v === "string") {
    if (v === "") return 0;
    const n = e.in.get(v) ?? e.in.get(v.toLowerCase());
    if (n !== undefined) return n;
    if (/^-?\d+$/.test(v)) return Number(v);
  }
  throw new RestJsonError(`${JSON.stringify(v) ?? String(v)} is not one of ${e.names}`);
}

function enumOut(e: EnumPlan, n: number, asNumber: boolean): string {
  if (asNumber) return String(n);
  const name = e.out.get(n);
  return name === undefined ? String(n) : JSON.stringify(name);
}

/** The JSON text of a value, as UTF-8. */
function rawJsonIn(json: unknown): Uint8Array {
  return utf8Bytes(JSON.stringify(json));
}

/** UTF-8 bytes of a string as a plain Uint8Array (Buffer.from is several times faster than TextEncoder on Node 20). */
function utf8Bytes(text: string): Uint8Array {
  const b = Buffer.from(text, "utf8");
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

/** Bytes that are JSON are embedded verbatim; other bytes become a JSON string (their UTF-8 text, else base64). */
function rawJsonOut(bytes: Uint8Array): string {
  if (bytes.length === 0) return "null";
  if (!isUtf8(bytes)) return JSON.stringify(base64Encode(bytes));
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  try {
    JSON.parse(text);
  } catch {
    return JSON.stringify(text);
  }
  return text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32 ? text.trim() : text;
}

function scalarOut(t: ScalarType, v: unknown): string {
  switch (t) {
    case ScalarType.STRING:
      return JSON.stringify(v);
    case ScalarType.BYTES:
      return JSON.stringify(base64Encode(v as Uint8Array));
    case ScalarType.BOOL:
      return v ? "true" : "false";
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return `"${String(v)}"`;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT: {
      const n = v as number;
      return Number.isFinite(n) ? String(n) : `"${String(n)}"`;
    }
    default:
      return String(v);
  }
}

/** The descriptor's field plan, for callers that hold a DescField. */
export function planOfField(f: DescField): FieldPlan {
  return messagePlan(f.parent).fields.find((fp) => fp.field === f)!;
}
