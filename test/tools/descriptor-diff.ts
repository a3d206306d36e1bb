/**
 * Compares two sets of compiled .proto files (FileDescriptorProtos) for wire
 * compatibility: which files hold which packages, messages, enums and
 * services; each field's name, number, type, type name, label, proto3
 * `optional`, oneof and effective JSON name; map entries; enum values;
 * service methods with their types and streaming. Options (http rules, custom
 * options, deprecation) and comments are not compared.
 *
 * Every element is flattened to a key (e.g. `message .dapr.proto.runtime.v1.GetStateRequest field 3`)
 * with attributes; the two flattened sets are compared key by key, so each
 * difference is one precise line.
 */
import { isFieldSet } from "@bufbuild/protobuf";
import {
  DescriptorProtoSchema,
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FieldDescriptorProtoSchema,
  type DescriptorProto,
  type EnumDescriptorProto,
  type FieldDescriptorProto,
  type FileDescriptorProto,
  type ServiceDescriptorProto,
} from "@bufbuild/protobuf/wkt";

/** The attributes of one element, by attribute name. */
export type Element = Readonly<Record<string, string>>;

/** A known, explained difference: every difference whose key starts with `key` is accepted. */
export interface DescriptorException {
  /** A flattened element key, or a prefix of keys (e.g. a whole message). */
  readonly key: string;
  /** Why the difference is expected; shown when the exception is unused. */
  readonly reason: string;
}

export interface DiffResult {
  /** Differences not covered by an exception. */
  readonly differences: readonly string[];
  /** Differences covered by an exception. */
  readonly excused: readonly string[];
  /** Exceptions that matched no difference (they should be removed). */
  readonly unusedExceptions: readonly DescriptorException[];
}

/**
 * Flattens the files (only those whose name passes `include`) into keyed
 * elements.
 */
export function flattenFiles(files: readonly FileDescriptorProto[], include: (file: string) => boolean = () => true): Map<string, Element> {
  const out = new Map<string, Element>();
  const add = (key: string, e: Element) => {
    if (out.has(key)) throw new Error(`${key} is declared twice`);
    out.set(key, e);
  };
  for (const f of files) {
    if (!include(f.name)) continue;
    add(`file ${f.name}`, { package: f.package, syntax: f.syntax || "proto2" });
    const pkg = f.package ? `.${f.package}` : "";
    for (const m of f.messageType) flattenMessage(add, f.name, pkg, m);
    for (const e of f.enumType) flattenEnum(add, f.name, pkg, e);
    for (const s of f.service) flattenService(add, f.name, pkg, s);
    for (const x of f.extension) add(`extension ${pkg}.${x.name}`, { file: f.name, ...fieldAttributes(x, undefined) });
  }
  return out;
}

type Add = (key: string, e: Element) => void;

function flattenMessage(add: Add, file: string, scope: string, m: DescriptorProto): void {
  const name = `${scope}.${m.name}`;
  add(`message ${name}`, { file, mapEntry: String(isFieldSet(m, DescriptorProtoSchema.field.options) && m.options!.mapEntry === true) });
  for (const f of m.field) add(`message ${name} field ${f.number}`, fieldAttributes(f, m));
  for (const n of m.nestedType) flattenMessage(add, file, name, n);
  for (const e of m.enumType) flattenEnum(add, file, name, e);
  for (const x of m.extension) add(`extension ${name}.${x.name}`, { file, ...fieldAttributes(x, undefined) });
  for (const r of m.reservedRange) add(`message ${name} reserved ${r.start}..${r.end - 1}`, {});
}

function fieldAttributes(f: FieldDescriptorProto, owner: DescriptorProto | undefined): Element {
  const oneof = isFieldSet(f, FieldDescriptorProtoSchema.field.oneofIndex) ? (owner?.oneofDecl[f.oneofIndex]?.name ?? `#${f.oneofIndex}`) : "";
  return {
    name: f.name,
    type: FieldDescriptorProto_Type[f.type] ?? String(f.type),
    typeName: f.typeName,
    label: FieldDescriptorProto_Label[f.label] ?? String(f.label),
    proto3Optional: String(f.proto3Optional),
    oneof,
    jsonName: f.jsonName || defaultJsonName(f.name),
    ...(f.extendee && { extendee: f.extendee }),
  };
}

function flattenEnum(add: Add, file: string, scope: string, e: EnumDescriptorProto): void {
  const name = `${scope}.${e.name}`;
  add(`enum ${name}`, { file });
  for (const v of e.value) add(`enum ${name} value ${v.name}`, { number: String(v.number) });
}

function flattenService(add: Add, file: string, scope: string, s: ServiceDescriptorProto): void {
  const name = `${scope}.${s.name}`;
  add(`service ${name}`, { file });
  for (const m of s.method) {
    add(`service ${name} method ${m.name}`, {
      input: m.inputType,
      output: m.outputType,
      clientStreaming: String(m.clientStreaming),
      serverStreaming: String(m.serverStreaming),
    });
  }
}

/** protoc's default JSON name: underscores removed, the letter after each one upper-cased. */
export function defaultJsonName(name: string): string {
  let out = "";
  let upper = false;
  for (const ch of name) {
    if (ch === "_") upper = true;
    else if (upper) {
      out += ch.toUpperCase();
      upper = false;
    } else out += ch;
  }
  return out;
}

/**
 * Compares the elements of `expected` (the reference, e.g. Dapr's) with
 * `actual` (pillion's). `expectedName` and `actualName` label the sides in
 * the messages.
 */
export function diffElements(
  expected: ReadonlyMap<string, Element>,
  actual: ReadonlyMap<string, Element>,
  opts: { expectedName: string; actualName: string; exceptions?: readonly DescriptorException[] },
): DiffResult {
  const lines: { key: string; text: string }[] = [];
  for (const [key, e] of expected) {
    const a = actual.get(key);
    if (!a) {
      lines.push({ key, text: `${key}: in ${opts.expectedName} (${describe(e)}) but missing in ${opts.actualName}` });
      continue;
    }
    for (const attr of new Set([...Object.keys(e), ...Object.keys(a)])) {
      if (e[attr] !== a[attr]) {
        lines.push({ key, text: `${key}: ${attr} is ${show(e[attr])} in ${opts.expectedName} but ${show(a[attr])} in ${opts.actualName}` });
      }
    }
  }
  for (const [key, a] of actual) {
    if (!expected.has(key)) lines.push({ key, text: `${key}: in ${opts.actualName} (${describe(a)}) but not in ${opts.expectedName}` });
  }
  const exceptions = opts.exceptions ?? [];
  const used = new Set<DescriptorException>();
  const differences: string[] = [];
  const excused: string[] = [];
  for (const l of lines) {
    const ex = exceptions.find((x) => l.key === x.key || l.key.startsWith(`${x.key} `));
    if (ex) {
      used.add(ex);
      excused.push(`${l.text} [excused: ${ex.reason}]`);
    } else differences.push(l.text);
  }
  return { differences, excused, unusedExceptions: exceptions.filter((x) => !used.has(x)) };
}

function describe(e: Element): string {
  return Object.entries(e)
    .filter(([, v]) => v !== "" && v !== "false")
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
}

function show(v: string | undefined): string {
  return v === undefined ? "(absent)" : JSON.stringify(v);
}
