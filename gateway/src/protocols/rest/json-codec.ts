/**
 * The REST JSON mapping: protobuf JSON (lowerCamelCase names, proto names
 * accepted on input, int64 as strings, enums by name) adjusted by the
 * pillion.api.v1 field and enum-value options declared in the protos:
 * rest_field.name, raw_json, unwrap, omit and rest_value. The OpenAPI
 * generator describes exactly this mapping.
 */
import {
  create,
  fromJson,
  getOption,
  hasOption,
  ScalarType,
  toJson,
  type DescEnum,
  type DescField,
  type DescMessage,
  type Message,
  type JsonValue,
  type Registry,
} from "@bufbuild/protobuf";
import { base64Decode, base64Encode } from "@bufbuild/protobuf/wire";
import { rest_field, rest_value, type RestField } from "../../gen/pillion/api/v1/rest_pb.js";

export class RestJsonError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(path ? `${path}: ${detail}` : detail);
    this.name = "RestJsonError";
  }
}

/**
 * Text that is already JSON, embedded verbatim by stringifyRestJson (so a
 * stored value's numbers, spacing and key order come back exactly as stored).
 */
export class RawJsonText {
  constructor(readonly text: string) {}
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

export type Json = null | boolean | number | string | RawJsonText | Json[] | { [k: string]: Json };

/** JSON.stringify that writes RawJsonText verbatim. */
export function stringifyRestJson(value: Json): string {
  if (value instanceof RawJsonText) return value.text;
  if (Array.isArray(value)) return `[${value.map(stringifyRestJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value)) parts.push(`${JSON.stringify(k)}:${stringifyRestJson(v)}`);
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(value);
}

interface FieldPlan {
  readonly field: DescField;
  /** Name written on output; undefined when omitted. */
  readonly outName: string | undefined;
  readonly rawJson: boolean;
  readonly unwrap: boolean;
}

interface MessagePlan {
  readonly fields: readonly FieldPlan[];
  /** Every accepted input name (REST name, JSON name, proto name) to its field. */
  readonly byInputName: ReadonlyMap<string, FieldPlan>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });
const noOptions: RestField = { name: "", rawJson: false, unwrap: false, omit: false } as RestField;

const wellKnown = new Set([
  "google.protobuf.Any",
  "google.protobuf.Timestamp",
  "google.protobuf.Duration",
  "google.protobuf.Struct",
  "google.protobuf.Value",
  "google.protobuf.ListValue",
  "google.protobuf.FieldMask",
  "google.protobuf.Empty",
  "google.protobuf.DoubleValue",
  "google.protobuf.FloatValue",
  "google.protobuf.Int64Value",
  "google.protobuf.UInt64Value",
  "google.protobuf.Int32Value",
  "google.protobuf.UInt32Value",
  "google.protobuf.BoolValue",
  "google.protobuf.StringValue",
  "google.protobuf.BytesValue",
]);

export class RestJsonCodec {
  private readonly plans = new Map<string, MessagePlan>();
  private readonly enumIn = new Map<string, ReadonlyMap<string, number>>();
  private readonly enumOut = new Map<string, ReadonlyMap<number, string>>();

  /** `registry` resolves google.protobuf.Any payloads. */
  constructor(private readonly registry?: Registry) {}

  // ---- decoding ----------------------------------------------------------

  /** Decodes a REST JSON object into a message of `schema`. */
  decodeMessage<T extends Message>(schema: DescMessage, json: unknown, path = ""): T {
    return create(schema, this.messageInit(schema, json, path) as never) as T;
  }

  /** The create() init object for a message from REST JSON. */
  messageInit(schema: DescMessage, json: unknown, path: string): Record<string, unknown> | Message {
    if (wellKnown.has(schema.typeName)) {
      try {
        return fromJson(schema, json as JsonValue, this.registry ? { registry: this.registry, ignoreUnknownFields: true } : { ignoreUnknownFields: true });
      } catch (e) {
        throw new RestJsonError(path, (e as Error).message);
      }
    }
    if (json === null) return {};
    if (typeof json !== "object" || Array.isArray(json)) throw new RestJsonError(path, `expected an object for ${schema.name}`);
    const plan = this.plan(schema);
    const init: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
      const fp = plan.byInputName.get(key);
      if (!fp || value === null) continue; // unknown fields are ignored, like Dapr
      const p = path ? `${path}.${key}` : key;
      this.setInit(init, fp.field, this.fieldValue(fp, value, p));
    }
    return init;
  }

  /** Decodes the value of one field (e.g. a body: "states" route's JSON array). */
  fieldValue(fp: FieldPlan | DescField, json: unknown, path: string): unknown {
    const plan = "kind" in fp ? this.fieldPlan(fp) : fp;
    const f = plan.field;
    switch (f.fieldKind) {
      case "scalar":
        return plan.rawJson ? rawJsonIn(json) : this.scalarIn(f.scalar, json, path);
      case "enum":
        return this.enumValueIn(f.enum, json, path);
      case "message":
        if (plan.unwrap) {
          if (typeof json !== "string") throw new RestJsonError(path, "expected a string");
          return create(f.message, { [f.message.fields[0]!.localName]: json } as never);
        }
        return this.messageInit(f.message, json, path);
      case "list": {
        if (!Array.isArray(json)) throw new RestJsonError(path, "expected an array");
        return json.map((item, i) => {
          const p = `${path}[${i}]`;
          if (f.listKind === "scalar") return plan.rawJson ? rawJsonIn(item) : this.scalarIn(f.scalar, item, p);
          if (f.listKind === "enum") return this.enumValueIn(f.enum, item, p);
          return create(f.message, this.messageInit(f.message, item, p) as never);
        });
      }
      case "map": {
        if (typeof json !== "object" || json === null || Array.isArray(json)) throw new RestJsonError(path, "expected an object");
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(json)) {
          const p = `${path}.${k}`;
          if (f.mapKind === "scalar") {
            // Dapr's maps of strings accept any JSON scalar and keep its text.
            out[k] = f.scalar === ScalarType.STRING && (typeof v === "number" || typeof v === "boolean") ? String(v) : this.scalarIn(f.scalar, v, p);
          } else if (f.mapKind === "enum") out[k] = this.enumValueIn(f.enum, v, p);
          else out[k] = create(f.message, this.messageInit(f.message, v, p) as never);
        }
        return out;
      }
    }
  }

  /** Decodes a path, query or header string into a scalar or enum field's value. */
  fromText(f: DescField, text: string, path: string): unknown {
    if (f.fieldKind === "enum" || (f.fieldKind === "list" && f.listKind === "enum")) return this.enumValueIn(f.enum!, text, path);
    const scalar = f.fieldKind === "scalar" || (f.fieldKind === "list" && f.listKind === "scalar") ? f.scalar! : undefined;
    if (scalar === undefined) throw new RestJsonError(path, "cannot be given as text");
    switch (scalar) {
      case ScalarType.STRING:
        return text;
      case ScalarType.BYTES:
        return encoder.encode(text);
      case ScalarType.BOOL:
        if (text === "true" || text === "1") return true;
        if (text === "false" || text === "0" || text === "") return false;
        throw new RestJsonError(path, `"${text}" is not a boolean`);
      default:
        return this.scalarIn(scalar, text, path);
    }
  }

  setInit(init: Record<string, unknown>, f: DescField, value: unknown): void {
    if (f.oneof) init[f.oneof.localName] = { case: f.localName, value };
    else init[f.localName] = value;
  }

  private scalarIn(t: ScalarType, v: unknown, path: string): unknown {
    switch (t) {
      case ScalarType.STRING:
        if (typeof v !== "string") throw new RestJsonError(path, "expected a string");
        return v;
      case ScalarType.BOOL:
        if (typeof v !== "boolean") throw new RestJsonError(path, "expected a boolean");
        return v;
      case ScalarType.BYTES:
        if (typeof v !== "string") throw new RestJsonError(path, "expected a base64 string");
        try {
          return base64Decode(v);
        } catch {
          throw new RestJsonError(path, "invalid base64");
        }
      case ScalarType.DOUBLE:
      case ScalarType.FLOAT: {
        const n = typeof v === "string" ? (v === "NaN" || v === "Infinity" || v === "-Infinity" ? Number(v) : Number(v.trim() || "x")) : v;
        if (typeof n !== "number" || (Number.isNaN(n) && v !== "NaN")) throw new RestJsonError(path, "expected a number");
        return n;
      }
      case ScalarType.INT64:
      case ScalarType.SINT64:
      case ScalarType.SFIXED64:
      case ScalarType.UINT64:
      case ScalarType.FIXED64: {
        if (typeof v !== "number" && typeof v !== "string") throw new RestJsonError(path, "expected an integer");
        try {
          const text = typeof v === "number" ? (Number.isInteger(v) ? v.toFixed(0) : "x") : v.trim();
          const b = BigInt(text);
          const unsigned = t === ScalarType.UINT64 || t === ScalarType.FIXED64;
          if (unsigned ? b < 0n || b > 0xffffffffffffffffn : b < -0x8000000000000000n || b > 0x7fffffffffffffffn) throw new Error();
          return b;
        } catch {
          throw new RestJsonError(path, "expected a 64-bit integer");
        }
      }
      default: {
        const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
        if (typeof n !== "number" || !Number.isInteger(n)) throw new RestJsonError(path, "expected an integer");
        const unsigned = t === ScalarType.UINT32 || t === ScalarType.FIXED32;
        if (unsigned ? n < 0 || n > 0xffffffff : n < -0x80000000 || n > 0x7fffffff) throw new RestJsonError(path, "integer out of range");
        return n;
      }
    }
  }

  private enumValueIn(e: DescEnum, v: unknown, path: string): number {
    if (typeof v === "number" && Number.isInteger(v)) return v;
    if (typeof v === "string") {
      if (v === "") return 0;
      const n = this.enumNames(e).get(v) ?? this.enumNames(e).get(v.toLowerCase());
      if (n !== undefined) return n;
      if (/^-?\d+$/.test(v)) return Number(v);
    }
    const names = [...new Set(this.enumOutNames(e).values())].join(", ");
    throw new RestJsonError(path, `"${String(v)}" is not one of ${names}`);
  }

  // ---- encoding ----------------------------------------------------------

  /** Encodes a message as REST JSON (unpopulated fields left out). */
  encodeMessage(schema: DescMessage, msg: Message): Json {
    if (wellKnown.has(schema.typeName)) return toJson(schema, msg, this.registry ? { registry: this.registry } : {}) as Json;
    const plan = this.plan(schema);
    const out: { [k: string]: Json } = {};
    const m = msg as unknown as Record<string, unknown>;
    for (const fp of plan.fields) {
      if (fp.outName === undefined) continue;
      const f = fp.field;
      let value: unknown;
      if (f.oneof) {
        const o = m[f.oneof.localName] as { case?: string; value?: unknown };
        if (o.case !== f.localName) continue;
        value = o.value;
      } else {
        value = m[f.localName];
        if (!isPopulated(f, value)) continue;
      }
      out[fp.outName] = this.fieldOut(fp, value);
    }
    return out;
  }

  /** Encodes one field's value (e.g. a response_body field). */
  encodeField(f: DescField, value: unknown): Json {
    return this.fieldOut(this.fieldPlan(f), value);
  }

  private fieldOut(fp: FieldPlan, value: unknown): Json {
    const f = fp.field;
    switch (f.fieldKind) {
      case "scalar":
        return fp.rawJson ? rawJsonOut(value as Uint8Array) : scalarOut(f.scalar, value);
      case "enum":
        return this.enumOut1(f.enum, value as number);
      case "message":
        if (fp.unwrap) return ((value as Record<string, unknown>)[f.message.fields[0]!.localName] as string) ?? "";
        return this.encodeMessage(f.message, value as Message);
      case "list":
        return (value as unknown[]).map((v) =>
          f.listKind === "scalar" ? (fp.rawJson ? rawJsonOut(v as Uint8Array) : scalarOut(f.scalar, v)) : f.listKind === "enum" ? this.enumOut1(f.enum, v as number) : this.encodeMessage(f.message, v as Message),
        );
      case "map": {
        const out: { [k: string]: Json } = {};
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          out[k] = f.mapKind === "scalar" ? scalarOut(f.scalar, v) : f.mapKind === "enum" ? this.enumOut1(f.enum, v as number) : this.encodeMessage(f.message, v as Message);
        }
        return out;
      }
    }
  }

  private enumOut1(e: DescEnum, n: number): Json {
    return this.enumOutNames(e).get(n) ?? n;
  }

  // ---- plans ---------------------------------------------------------------

  private fieldPlan(f: DescField): FieldPlan {
    const o = hasOption(f, rest_field) ? getOption(f, rest_field) : noOptions;
    return { field: f, outName: o.omit ? undefined : o.name || f.jsonName, rawJson: o.rawJson, unwrap: o.unwrap };
  }

  plan(schema: DescMessage): MessagePlan {
    let p = this.plans.get(schema.typeName);
    if (p) return p;
    const fields = schema.fields.map((f) => this.fieldPlan(f));
    const byInputName = new Map<string, FieldPlan>();
    for (const fp of fields) {
      if (fp.outName === undefined) continue;
      byInputName.set(fp.field.name, fp);
      byInputName.set(fp.field.jsonName, fp);
      byInputName.set(fp.outName, fp);
    }
    p = { fields, byInputName };
    this.plans.set(schema.typeName, p);
    return p;
  }

  /** Input spellings of an enum: rest_value, full name, lower-case name. */
  private enumNames(e: DescEnum): ReadonlyMap<string, number> {
    let m = this.enumIn.get(e.typeName);
    if (m) return m;
    const names = new Map<string, number>();
    for (const v of e.values) {
      names.set(v.name, v.number);
      names.set(v.name.toLowerCase(), v.number);
      const rest = hasOption(v, rest_value) ? getOption(v, rest_value) : "";
      if (rest) names.set(rest, v.number), names.set(rest.toLowerCase(), v.number);
    }
    this.enumIn.set(e.typeName, (m = names));
    return m;
  }

  private enumOutNames(e: DescEnum): ReadonlyMap<number, string> {
    let m = this.enumOut.get(e.typeName);
    if (m) return m;
    const names = new Map<number, string>();
    for (const v of e.values) {
      if (names.has(v.number)) continue;
      const rest = hasOption(v, rest_value) ? getOption(v, rest_value) : "";
      names.set(v.number, rest || v.name);
    }
    this.enumOut.set(e.typeName, (m = names));
    return m;
  }
}

function isPopulated(f: DescField, v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (f.presence !== 2 /* IMPLICIT */ && f.fieldKind !== "list" && f.fieldKind !== "map") return true;
  switch (f.fieldKind) {
    case "list":
      return (v as unknown[]).length > 0;
    case "map":
      return Object.keys(v as object).length > 0;
    case "message":
      return true;
    case "enum":
      return v !== 0;
    case "scalar":
      if (v instanceof Uint8Array) return v.length > 0;
      if (typeof v === "bigint") return v !== 0n;
      return v !== "" && v !== 0 && v !== false;
  }
}

function rawJsonIn(json: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(json));
}

/** Bytes that are JSON are embedded verbatim; other bytes become a string (UTF-8, else base64). */
function rawJsonOut(bytes: Uint8Array): Json {
  if (bytes.length === 0) return null;
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return base64Encode(bytes);
  }
  try {
    JSON.parse(text);
    return new RawJsonText(text.trim());
  } catch {
    return text;
  }
}

function scalarOut(t: ScalarType, v: unknown): Json {
  switch (t) {
    case ScalarType.BYTES:
      return base64Encode(v as Uint8Array);
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return String(v);
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT: {
      const n = v as number;
      return Number.isFinite(n) ? n : String(n);
    }
    default:
      return v as Json;
  }
}
