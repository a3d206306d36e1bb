/**
 * Checks the pillion.api.v1.rest_field and rest_value options of every
 * message the API uses, so a misplaced option fails generation (with the
 * proto file and line) rather than confusing the gateway at run time.
 */
import type { DescEnum, DescField, DescMessage } from "@bufbuild/protobuf";
import { failAt } from "./fail.js";
import type { OptionReader } from "./options.js";
import { heldMessage, holdsBytes, holdsEnum, inlinedMessage, inputNames, isWellKnown, restProperties } from "./rest-json.js";

/** Every message type reachable from `roots` through fields, nested types included, well-known types excluded. */
export function reachableMessages(roots: Iterable<DescMessage>): DescMessage[] {
  const seen = new Set<DescMessage>();
  const visit = (m: DescMessage) => {
    if (seen.has(m) || isWellKnown(m)) return;
    seen.add(m);
    for (const n of m.nestedMessages) visit(n);
    for (const f of m.fields) {
      const held = heldMessage(f);
      if (held) visit(held);
    }
  };
  for (const r of roots) visit(r);
  return [...seen];
}

export function validateRestFields(options: OptionReader, messages: readonly DescMessage[]): void {
  const enums = new Set<DescEnum>();
  for (const msg of messages) {
    for (const f of msg.fields) {
      checkField(options, f);
      if (f.fieldKind === "enum" || (f.fieldKind === "list" && f.listKind === "enum") || (f.fieldKind === "map" && f.mapKind === "enum")) enums.add(f.enum!);
    }
    for (const e of msg.nestedEnums) enums.add(e);
  }
  for (const msg of messages) {
    checkInlineCycles(options, msg, [msg]);
    checkNameClashes(options, msg);
  }
  for (const e of enums) checkRestValues(options, e);
}

function checkField(options: OptionReader, f: DescField): void {
  const o = options.restField(f);
  const what = `${f.parent.typeName}.${f.name}`;
  if (o.omit && (o.name || o.rawJson || o.unwrap || o.emitUnpopulated || o.enumNumber || o.inline || o.valueAsAny)) {
    failAt(f, `${what}: rest_field.omit leaves the field out of REST JSON; its other rest_field options would have no effect`);
  }
  if (o.rawJson && !holdsBytes(f)) failAt(f, `${what}: rest_field.raw_json is only for bytes fields (singular, repeated or map values)`);
  if (o.valueAsAny && !(f.fieldKind === "message" && f.message.typeName === "google.protobuf.Any")) {
    failAt(f, `${what}: rest_field.value_as_any is only for singular google.protobuf.Any fields`);
  }
  if (o.enumNumber && !holdsEnum(f)) failAt(f, `${what}: rest_field.enum_number is only for enum fields`);
  if (o.unwrap) {
    const held = heldMessage(f);
    if (!held) failAt(f, `${what}: rest_field.unwrap is only for message fields (singular, repeated or map values)`);
    if (isWellKnown(held)) failAt(f, `${what}: rest_field.unwrap cannot apply to ${held.typeName}, which has its own JSON mapping`);
    if (held.fields.length !== 1) failAt(f, `${what}: rest_field.unwrap needs a message with exactly one field; ${held.typeName} has ${held.fields.length}`);
    if (held.fields[0]!.oneof) failAt(f, `${what}: rest_field.unwrap cannot reach ${held.typeName}.${held.fields[0]!.name}, a oneof member`);
  }
  if (o.inline) {
    if (f.fieldKind !== "message") failAt(f, `${what}: rest_field.inline is only for singular message fields`);
    if (f.oneof) failAt(f, `${what}: rest_field.inline cannot apply to a oneof member`);
    if (isWellKnown(f.message)) failAt(f, `${what}: rest_field.inline cannot apply to ${f.message.typeName}, which has its own JSON mapping`);
    if (o.name || o.unwrap || o.rawJson) failAt(f, `${what}: rest_field.inline puts the message's fields in the parent; name, unwrap and raw_json cannot apply to it`);
  }
  if (o.emitUnpopulated && f.oneof) failAt(f, `${what}: rest_field.emit_unpopulated cannot apply to a oneof member (only the chosen member is written)`);
  if (o.name !== "" && !/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(o.name)) {
    failAt(f, `${what}: rest_field.name "${o.name}" is not a usable property name (letters, digits, "_", "$" and "-")`);
  }
}

function checkInlineCycles(options: OptionReader, msg: DescMessage, chain: readonly DescMessage[]): void {
  for (const f of msg.fields) {
    const inlined = inlinedMessage(options, f);
    if (!inlined) continue;
    if (chain.includes(inlined)) {
      failAt(f, `${f.parent.typeName}.${f.name}: rest_field.inline makes ${inlined.typeName} contain its own fields (${[...chain, inlined].map((m) => m.name).join(" → ")})`);
    }
    checkInlineCycles(options, inlined, [...chain, inlined]);
  }
}

/** Two fields of one REST JSON object (inlined fields included) may not answer to the same name. */
function checkNameClashes(options: OptionReader, msg: DescMessage): void {
  const owner = new Map<string, DescField>();
  for (const p of restProperties(options, msg)) {
    for (const name of inputNames(options, p.field)) {
      const other = owner.get(name);
      if (other && other !== p.field) {
        const where = p.via.length ? ` (inlined through ${p.via.map((v) => v.name).join(".")})` : "";
        const at = p.via[0] ?? p.field;
        failAt(at, `${msg.typeName}: REST JSON name "${name}" of ${p.field.parent.typeName}.${p.field.name}${where} is also a name of ${other.parent.typeName}.${other.name}`);
      }
      owner.set(name, p.field);
    }
  }
}

function checkRestValues(options: OptionReader, e: DescEnum): void {
  const owner = new Map<string, number>();
  for (const v of e.values) owner.set(v.name, v.number);
  for (const v of e.values) {
    const rest = options.restValue(v);
    if (rest === undefined) continue;
    const other = owner.get(rest);
    if (other !== undefined && other !== v.number) failAt(v, `${e.typeName}.${v.name}: rest_value "${rest}" is already the name of value ${other}`);
    owner.set(rest, v.number);
  }
}
