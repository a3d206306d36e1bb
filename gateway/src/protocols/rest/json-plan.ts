/**
 * Per-message plans of the REST JSON mapping, computed once per descriptor:
 * which property name each field has, how its values are written and read,
 * and which pillion.api.v1.rest_field options apply (name, raw_json, unwrap,
 * omit, emit_unpopulated, enum_number, inline, value_as_any) together with rest_value
 * enum spellings. The codec and the transcoder only follow these plans; they
 * never look at options per request.
 */
import { getOption, hasOption, ScalarType, type DescEnum, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { rest_field, rest_value } from "../../gen/pillion/api/v1/rest_pb.js";

/** How one value (a singular field, a list element or a map value) looks in REST JSON. */
export type ValuePlan = ScalarValuePlan | EnumValuePlan | MessageValuePlan;

export interface ScalarValuePlan {
  readonly kind: "scalar";
  readonly scalar: ScalarType;
  /** bytes carried as an embedded JSON value (rest_field.raw_json). */
  readonly rawJson: boolean;
  /** 64-bit integers held as strings (jstype = JS_STRING) rather than bigint. */
  readonly longAsString: boolean;
}

export interface EnumValuePlan {
  readonly kind: "enum";
  readonly enum: EnumPlan;
  /** Written as its number (rest_field.enum_number). */
  readonly asNumber: boolean;
}

export interface MessageValuePlan {
  readonly kind: "message";
  readonly desc: DescMessage;
  /** A well-known type with its own JSON mapping (Timestamp, Struct, Any ...). */
  readonly wellKnown: boolean;
  /** Carried as the value of the message's single field (rest_field.unwrap). */
  readonly unwrap: boolean;
  /** A google.protobuf.Any read from any JSON value, as an Any holding a google.protobuf.Value (rest_field.value_as_any). */
  readonly valueAsAny: boolean;
}

export interface EnumPlan {
  readonly desc: DescEnum;
  /** Output spelling per number: rest_value, else the proto name. */
  readonly out: ReadonlyMap<number, string>;
  /** Accepted input spellings: rest_value and proto name, each also in lower case. */
  readonly in: ReadonlyMap<string, number>;
  /** The output spellings, for error messages. */
  readonly names: string;
}

export interface FieldPlan {
  readonly field: DescField;
  /** Property of the protobuf-es message object. */
  readonly localName: string;
  /** Local name of the field's oneof, when it is a member of one. */
  readonly oneof: string | undefined;
  /** REST property name; undefined when the field is left out of REST JSON (omit). */
  readonly name: string | undefined;
  /** `"name":`, ready to write. */
  readonly key: string;
  readonly container: "single" | "list" | "map";
  /** Key type of a map field. */
  readonly mapKey: ScalarType | undefined;
  /** The value, or each element / map value. */
  readonly value: ValuePlan;
  /** Unset means undefined (message fields, proto3 optional) rather than a zero value. */
  readonly explicitPresence: boolean;
  readonly emitUnpopulated: boolean;
  /** The message's fields appear directly in the parent object (rest_field.inline). */
  readonly inline: boolean;
  /** Names accepted on input: REST name, JSON name, proto name (deduplicated). */
  readonly inputNames: readonly string[];
}

/** A property accepted on input: the field, reached through zero or more inlined message fields. */
export interface InputTarget {
  readonly via: readonly FieldPlan[];
  readonly field: FieldPlan;
}

export interface MessagePlan {
  readonly desc: DescMessage;
  readonly wellKnown: boolean;
  /** Every field in declaration order. */
  readonly fields: readonly FieldPlan[];
  /** Input property names (inlined fields flattened) to their targets. */
  readonly inputs: ReadonlyMap<string, InputTarget>;
}

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

/** Whether protobuf JSON gives the message type a special mapping (Empty is an ordinary empty object). */
export function isWellKnown(desc: DescMessage): boolean {
  return wellKnownTypes.has(desc.typeName);
}

const noVia: readonly FieldPlan[] = [];
const messagePlans = new WeakMap<DescMessage, MessagePlan>();
const enumPlans = new WeakMap<DescEnum, EnumPlan>();
const building = new Set<DescMessage>();

/** The plan of a message type, built on first use and kept for the descriptor's lifetime. */
export function messagePlan(desc: DescMessage): MessagePlan {
  const cached = messagePlans.get(desc);
  if (cached) return cached;
  if (building.has(desc)) throw new Error(`rest_field.inline: ${desc.typeName} inlines itself`);
  building.add(desc);
  try {
    const fields = desc.fields.map(fieldPlan);
    const inputs = new Map<string, InputTarget>();
    const add = (name: string, target: InputTarget) => {
      if (!inputs.has(name)) inputs.set(name, target);
    };
    for (const fp of fields) {
      if (fp.name === undefined) continue;
      if (fp.inline && fp.value.kind === "message") {
        for (const [name, t] of messagePlan(fp.value.desc).inputs) add(name, { via: [fp, ...t.via], field: t.field });
        continue;
      }
      for (const name of fp.inputNames) add(name, { via: noVia, field: fp });
    }
    const plan: MessagePlan = { desc, wellKnown: isWellKnown(desc), fields, inputs };
    messagePlans.set(desc, plan);
    return plan;
  } finally {
    building.delete(desc);
  }
}

function fieldPlan(f: DescField): FieldPlan {
  const o = hasOption(f, rest_field) ? getOption(f, rest_field) : undefined;
  const name = o?.omit ? undefined : o?.name || f.jsonName;
  const enumNumber = o?.enumNumber ?? false;
  const rawJson = o?.rawJson ?? false;
  const unwrap = o?.unwrap ?? false;
  let value: ValuePlan;
  let container: FieldPlan["container"];
  let mapKey: ScalarType | undefined;
  switch (f.fieldKind) {
    case "scalar":
      container = "single";
      value = scalarPlan(f.scalar, rawJson, f.longAsString);
      break;
    case "enum":
      container = "single";
      value = { kind: "enum", enum: enumPlan(f.enum), asNumber: enumNumber };
      break;
    case "message":
      container = "single";
      value = messageValuePlan(f.message, unwrap, (o?.valueAsAny ?? false) && f.message.typeName === "google.protobuf.Any");
      break;
    case "list":
      container = "list";
      value =
        f.listKind === "scalar"
          ? scalarPlan(f.scalar, rawJson, f.longAsString)
          : f.listKind === "enum"
            ? { kind: "enum", enum: enumPlan(f.enum), asNumber: enumNumber }
            : messageValuePlan(f.message, unwrap);
      break;
    case "map":
      container = "map";
      mapKey = f.mapKey;
      value =
        f.mapKind === "scalar"
          ? scalarPlan(f.scalar, rawJson, false)
          : f.mapKind === "enum"
            ? { kind: "enum", enum: enumPlan(f.enum), asNumber: enumNumber }
            : messageValuePlan(f.message, unwrap);
      break;
  }
  const inputNames = name === undefined ? [] : [...new Set([name, f.jsonName, f.name])];
  return {
    field: f,
    localName: f.localName,
    oneof: f.oneof?.localName,
    name,
    key: name === undefined ? "" : `${JSON.stringify(name)}:`,
    container,
    mapKey,
    value,
    explicitPresence: container === "single" && (f.fieldKind === "message" || f.presence !== 2 /* IMPLICIT */),
    emitUnpopulated: o?.emitUnpopulated ?? false,
    inline: (o?.inline ?? false) && container === "single" && value.kind === "message",
    inputNames,
  };
}

function scalarPlan(scalar: ScalarType, rawJson: boolean, longAsString: boolean): ScalarValuePlan {
  return { kind: "scalar", scalar, rawJson: rawJson && scalar === ScalarType.BYTES, longAsString };
}

function messageValuePlan(desc: DescMessage, unwrap: boolean, valueAsAny = false): MessageValuePlan {
  return { kind: "message", desc, wellKnown: isWellKnown(desc), unwrap: unwrap && desc.fields.length === 1 && !isWellKnown(desc), valueAsAny };
}

export function enumPlan(desc: DescEnum): EnumPlan {
  const cached = enumPlans.get(desc);
  if (cached) return cached;
  const out = new Map<number, string>();
  const input = new Map<string, number>();
  for (const v of desc.values) {
    const rest = hasOption(v, rest_value) ? getOption(v, rest_value) : "";
    if (!out.has(v.number)) out.set(v.number, rest || v.name);
    for (const n of rest ? [rest, v.name] : [v.name]) {
      if (!input.has(n)) input.set(n, v.number);
      if (!input.has(n.toLowerCase())) input.set(n.toLowerCase(), v.number);
    }
  }
  const plan: EnumPlan = { desc, out, in: input, names: [...new Set(out.values())].join(", ") };
  enumPlans.set(desc, plan);
  return plan;
}

/** The single field of a message carried unwrapped. */
export function unwrappedField(desc: DescMessage): FieldPlan {
  return messagePlan(desc).fields[0]!;
}
