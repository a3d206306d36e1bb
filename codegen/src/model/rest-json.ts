/**
 * The REST JSON shape of messages as generators see it: which properties a
 * message has in REST JSON (rest_field.name, omit, inline flattened), which
 * names are accepted on input, and which query parameters a request takes.
 * The gateway's codec (gateway/src/protocols/rest/json-plan.ts) applies the
 * same rules at run time; test/codegen checks that the two agree.
 */
import { ScalarType, type DescField, type DescMessage } from "@bufbuild/protobuf";
import type { OptionReader, RestFieldOption } from "./options.js";

const wellKnownTypes = new Set([
  "google.protobuf.Any",
  "google.protobuf.Timestamp",
  "google.protobuf.Duration",
  "google.protobuf.Struct",
  "google.protobuf.Value",
  "google.protobuf.ListValue",
  "google.protobuf.FieldMask",
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

/** A message type with its own protobuf JSON mapping (google.protobuf.Empty is an ordinary empty object). */
export function isWellKnown(msg: DescMessage): boolean {
  return wellKnownTypes.has(msg.typeName);
}

/** One property of a message's REST JSON object. */
export interface RestProperty {
  /** The REST property name. */
  readonly name: string;
  readonly field: DescField;
  /** Inlined message fields on the way from the message to the field, outermost first. */
  readonly via: readonly DescField[];
  readonly options: RestFieldOption;
}

/** The REST name of a field, or undefined when REST leaves it out (omit). */
export function restName(options: OptionReader, f: DescField): string | undefined {
  const o = options.restField(f);
  if (o.omit) return undefined;
  return o.name || f.jsonName;
}

/** Names a field is accepted by on input: REST name, JSON name, proto name. */
export function inputNames(options: OptionReader, f: DescField): string[] {
  const name = restName(options, f);
  return name === undefined ? [] : [...new Set([name, f.jsonName, f.name])];
}

/** The message type of an inlined field, when the field is a singular message field with rest_field.inline. */
export function inlinedMessage(options: OptionReader, f: DescField): DescMessage | undefined {
  return f.fieldKind === "message" && options.restField(f).inline && !options.restField(f).omit ? f.message : undefined;
}

/**
 * The properties of a message's REST JSON object in output order: omitted
 * fields left out, fields of inlined messages in place of the inline field.
 */
export function restProperties(options: OptionReader, msg: DescMessage, via: readonly DescField[] = [], seen: ReadonlySet<DescMessage> = new Set([msg])): RestProperty[] {
  const out: RestProperty[] = [];
  for (const f of msg.fields) {
    const name = restName(options, f);
    if (name === undefined) continue;
    const inlined = inlinedMessage(options, f);
    if (inlined) {
      if (seen.has(inlined)) continue; // a cycle; the model rejects it
      out.push(...restProperties(options, inlined, [...via, f], new Set([...seen, inlined])));
      continue;
    }
    out.push({ name, field: f, via, options: options.restField(f) });
  }
  return out;
}

/** A query parameter bound to a scalar or enum field (or a list of them). */
export interface QueryParameter {
  /** The REST spelling, e.g. "consistency" or "filter.range.from". */
  readonly name: string;
  /** Every field from the request message to the leaf. */
  readonly path: readonly DescField[];
  /** The field whose value the parameter holds (the leaf, or the single field of an unwrapped message). */
  readonly field: DescField;
  /** The field the parameter is named after (the leaf, or the unwrapped message field). */
  readonly named: DescField;
  readonly repeated: boolean;
}

const maxQueryDepth = 8;

/**
 * The query parameters of a request that has no JSON body: scalar and enum
 * fields not bound by `bound` (proto field paths), fields of nested messages
 * as "parent.child", fields of inlined messages without the prefix, and an
 * unwrapped single-field message under its own name. The gateway accepts
 * the JSON and proto spellings of each name too.
 */
export function queryParameters(options: OptionReader, msg: DescMessage, bound: readonly (readonly string[])[]): QueryParameter[] {
  const out: QueryParameter[] = [];
  const isBound = (path: readonly DescField[]) => bound.some((b) => b.length <= path.length && b.every((n, i) => n === path[i]!.name));
  const walk = (m: DescMessage, prefix: string, path: readonly DescField[], seen: ReadonlySet<DescMessage>) => {
    for (const f of m.fields) {
      const name = restName(options, f);
      if (name === undefined) continue;
      const p = [...path, f];
      if (isBound(p)) continue;
      const o = options.restField(f);
      const full = o.inline ? prefix : prefix + name;
      switch (f.fieldKind) {
        case "scalar":
        case "enum":
          out.push({ name: full, path: p, field: f, named: f, repeated: false });
          break;
        case "list":
          if (f.listKind !== "message") out.push({ name: full, path: p, field: f, named: f, repeated: true });
          break;
        case "message": {
          if (isWellKnown(f.message) || seen.has(f.message) || p.length > maxQueryDepth) break;
          if (o.unwrap && f.message.fields.length === 1) {
            const inner = f.message.fields[0]!;
            if (isBound([...p, inner])) break;
            if (inner.fieldKind === "scalar" || inner.fieldKind === "enum") out.push({ name: full, path: [...p, inner], field: inner, named: f, repeated: false });
            else if (inner.fieldKind === "list" && inner.listKind !== "message") out.push({ name: full, path: [...p, inner], field: inner, named: f, repeated: true });
            break;
          }
          walk(f.message, o.inline ? prefix : `${full}.`, p, new Set([...seen, f.message]));
          break;
        }
        case "map":
          break;
      }
    }
  };
  walk(msg, "", [], new Set([msg]));
  return out;
}

/** Whether a field holds bytes (singular, repeated, or as map values). */
export function holdsBytes(f: DescField): boolean {
  switch (f.fieldKind) {
    case "scalar":
    case "list":
      return f.scalar === ScalarType.BYTES;
    case "map":
      return f.mapKind === "scalar" && f.scalar === ScalarType.BYTES;
    default:
      return false;
  }
}

/** Whether a field holds enum values (singular, repeated, or as map values). */
export function holdsEnum(f: DescField): boolean {
  return f.fieldKind === "enum" || (f.fieldKind === "list" && f.listKind === "enum") || (f.fieldKind === "map" && f.mapKind === "enum");
}

/** The message type a field holds (singular, repeated, or as map values), if any. */
export function heldMessage(f: DescField): DescMessage | undefined {
  switch (f.fieldKind) {
    case "message":
      return f.message;
    case "list":
      return f.listKind === "message" ? f.message : undefined;
    case "map":
      return f.mapKind === "message" ? f.message : undefined;
    default:
      return undefined;
  }
}
