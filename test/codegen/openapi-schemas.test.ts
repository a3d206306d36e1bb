/**
 * The OpenAPI schemas describe the JSON the gateway's REST codec really
 * writes and reads: sample messages of every type the REST API uses go
 * through the codec, the JSON is validated against the generated schema
 * (JSON Schema 2020-12, with every object closed so a stray property fails),
 * and decoding it gives the message back.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { create, createRegistry, equals, fromJson, toJson, ScalarType, type DescField, type DescMessage, type Message } from "@bufbuild/protobuf";
import { AnySchema, anyPack, StringValueSchema, ValueSchema, type Any } from "@bufbuild/protobuf/wkt";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { restRoutes } from "../../gateway/src/gen/rest-routes.js";
import { compileRoute, type CompiledRoute } from "../../gateway/src/protocols/rest/compiled-route.js";
import { RestJsonCodec } from "../../gateway/src/protocols/rest/json-codec.js";
import { messagePlan } from "../../gateway/src/protocols/rest/json-plan.js";
import { encodeResponse } from "../../gateway/src/protocols/rest/transcode.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const root = fileURLToPath(new URL("../../", import.meta.url));
const spec = JSON.parse(readFileSync(root + "sdks/openapi/openapi.json", "utf8")) as Json;
const codec = new RestJsonCodec();
const text = new TextEncoder();
const specId = "https://pillion.invalid/openapi.json";

/** Closes every object schema with properties, so the codec writing a property the schema lacks fails validation. */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (node === null || typeof node !== "object") return;
  const o = node as Json;
  if (o["type"] === "object" && o["properties"] && o["additionalProperties"] === undefined) o["additionalProperties"] = false;
  for (const v of Object.values(o)) closeObjects(v);
}

function validator(): (pointer: string) => ValidateFunction {
  const closed = structuredClone(spec);
  closeObjects(closed);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat("int64", { type: "string", validate: (s: string) => /^-?\d+$/.test(s) });
  ajv.addSchema({ ...closed, $id: specId });
  const cache = new Map<string, ValidateFunction>();
  return (pointer) => {
    let v = cache.get(pointer);
    if (!v) cache.set(pointer, (v = ajv.getSchema(`${specId}#${pointer}`)!));
    if (!v) throw new Error(`no schema at ${pointer}`);
    return v;
  };
}
const schemaAt = validator();
const escape = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

/** Every message type the transcoded routes read or write, the well-known types excluded. */
function restMessages(): DescMessage[] {
  const seen = new Set<DescMessage>();
  const visit = (m: DescMessage) => {
    if (seen.has(m) || m.typeName.startsWith("google.protobuf.")) return;
    seen.add(m);
    for (const f of m.fields) if (f.message) visit(f.message);
  };
  for (const r of restRoutes) {
    if (r.handler) continue;
    const m = r.service.methods.find((x) => x.localName === r.method)!;
    visit(m.input);
    visit(m.output);
  }
  return [...seen].sort((a, b) => (a.typeName < b.typeName ? -1 : 1));
}

/** The messages that have a component schema: all but requests read only from the path and query. */
const described = (m: DescMessage) => spec["components"]["schemas"][m.typeName] !== undefined;

/** A message with every field set to a non-default value (one level of recursion per type). */
function sample(desc: DescMessage, depth = 0, path: ReadonlySet<DescMessage> = new Set()): Message {
  const init: Record<string, unknown> = {};
  const oneofsDone = new Set<string>();
  for (const f of desc.fields) {
    if (f.oneof) {
      if (oneofsDone.has(f.oneof.localName)) continue;
      oneofsDone.add(f.oneof.localName);
    }
    const v = fieldSample(f, depth, new Set([...path, desc]));
    if (v === undefined) continue;
    if (f.oneof) init[f.oneof.localName] = { case: f.localName, value: v };
    else init[f.localName] = v;
  }
  return create(desc, init as never) as Message;
}

function fieldSample(f: DescField, depth: number, path: ReadonlySet<DescMessage>): unknown {
  const rawJson = messagePlan(f.parent).fields.find((p) => p.field === f)!.value;
  const isRaw = rawJson.kind === "scalar" && rawJson.rawJson;
  switch (f.fieldKind) {
    case "scalar":
      return scalarSample(f.scalar, isRaw, f.longAsString);
    case "enum":
      return f.enum.values.at(-1)!.number;
    case "message":
      return messageSample(f.message, depth, path);
    case "list": {
      const one = f.listKind === "scalar" ? scalarSample(f.scalar, isRaw, f.longAsString) : f.listKind === "enum" ? f.enum.values.at(-1)!.number : messageSample(f.message, depth, path);
      return one === undefined ? undefined : [one, one];
    }
    case "map": {
      const value = f.mapKind === "scalar" ? scalarSample(f.scalar, isRaw, false) : f.mapKind === "enum" ? f.enum.values.at(-1)!.number : messageSample(f.message, depth, path);
      if (value === undefined) return undefined;
      const key = f.mapKey === ScalarType.STRING ? "k" : f.mapKey === ScalarType.BOOL ? "true" : "7";
      return { [key]: value };
    }
  }
}

function messageSample(m: DescMessage, depth: number, path: ReadonlySet<DescMessage>): unknown {
  switch (m.typeName) {
    case "google.protobuf.Timestamp":
      return create(m, { seconds: 1700000000n, nanos: 5000 } as never);
    case "google.protobuf.Duration":
      return create(m, { seconds: 3n } as never);
    case "google.protobuf.Any":
      return anyPack(StringValueSchema, create(StringValueSchema, { value: "packed" }));
    case "google.protobuf.Value":
      return create(m, { kind: { case: "stringValue", value: "v" } } as never);
    case "google.protobuf.Struct":
      return create(m, { fields: { a: create(m.fields[0]!.message!, { kind: { case: "numberValue", value: 1 } } as never) } } as never);
    case "google.protobuf.Empty":
      return create(m);
  }
  if (m.typeName.startsWith("google.protobuf.")) return undefined;
  if (path.has(m) || depth > 4) return undefined;
  return sample(m, depth + 1, path);
}

function scalarSample(t: ScalarType, rawJson: boolean, longAsString: boolean): unknown {
  switch (t) {
    case ScalarType.STRING:
      return "text";
    case ScalarType.BYTES:
      return rawJson ? text.encode('{"a":[1,"x",null],"b":{"c":true}}') : new Uint8Array([0, 1, 250]);
    case ScalarType.BOOL:
      return true;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return 0.5;
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return longAsString ? "-9007199254740993" : -9007199254740993n;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return longAsString ? "18446744073709551615" : 18446744073709551615n;
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      return 4294967295;
    default:
      return -7;
  }
}

/**
 * What decoding the encoded sample must give: the sample without the fields
 * REST leaves out, and value_as_any fields as the JSON value their output
 * form is (requests give any JSON value there, which becomes a Value).
 */
function withoutOmitted(desc: DescMessage, msg: Message): Message {
  const copy = create(desc, msg as never) as unknown as Record<string, unknown>;
  for (const fp of messagePlan(desc).fields) {
    const value = fp.oneof ? undefined : copy[fp.localName];
    if (fp.name === undefined) {
      copy[fp.localName] = (create(desc) as unknown as Record<string, unknown>)[fp.localName];
      continue;
    }
    if (fp.value.kind === "message" && fp.value.valueAsAny && value !== undefined) {
      copy[fp.localName] = anyPack(ValueSchema, fromJson(ValueSchema, toJson(AnySchema, value as Any, { registry: createRegistry(StringValueSchema) })));
      continue;
    }
    if (fp.value.kind !== "message" || fp.value.wellKnown || value === undefined) continue;
    const sub = fp.value.desc;
    if (fp.container === "single") copy[fp.localName] = withoutOmitted(sub, value as Message);
    if (fp.container === "list") copy[fp.localName] = (value as Message[]).map((v) => withoutOmitted(sub, v));
    if (fp.container === "map") copy[fp.localName] = Object.fromEntries(Object.entries(value as Record<string, Message>).map(([k, v]) => [k, withoutOmitted(sub, v)]));
  }
  return copy as unknown as Message;
}

const errorsOf = (v: ValidateFunction) => (v.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
const messages = restMessages().filter(described);

describe("OpenAPI schemas agree with the REST codec", () => {
  it("covers the REST API's messages: every JSON response and every message a JSON body holds", () => {
    expect(messages.length).toBeGreaterThan(50);
    for (const r of restRoutes) {
      if (r.handler) continue;
      const c = compileRoute(r);
      if (!c.rawResponse && !c.responseBodyField && c.successStatus !== 204 && c.output.typeName !== "google.protobuf.Empty") {
        expect(described(c.output), `${c.output.typeName} (answer of ${r.verb} ${r.path}) has no schema`).toBe(true);
      }
      if (c.bodyField?.value.kind === "message" && !c.bodyField.value.wellKnown) expect(described(c.bodyField.value.desc)).toBe(true);
    }
  });

  it.each(messages.map((m) => ({ name: m.typeName, m })))("$name: a full sample validates and round-trips", ({ m }) => {
    const msg = sample(m);
    const json = JSON.parse(codec.stringifyMessage(m, msg)) as unknown;
    const validate = schemaAt(`/components/schemas/${escape(m.typeName)}`);
    expect(validate(json), errorsOf(validate).join("\n")).toBe(true);
    const back = codec.decodeMessage(m, json);
    expect(equals(m, back, withoutOmitted(m, msg) as never), `${JSON.stringify(json)}`).toBe(true);
  });

  it.each(messages.map((m) => ({ name: m.typeName, m })))("$name: an empty message validates (required = always written)", ({ m }) => {
    const json = JSON.parse(codec.stringifyMessage(m, create(m))) as unknown;
    const validate = schemaAt(`/components/schemas/${escape(m.typeName)}`);
    expect(validate(json), errorsOf(validate).join("\n")).toBe(true);
  });

  it("validates the JSON responses of every transcoded route against the operation's schema", () => {
    let checked = 0;
    for (const r of restRoutes) {
      if (r.handler) continue;
      const c: CompiledRoute = compileRoute(r);
      if (c.rawResponse || c.successStatus === 204) continue;
      const res = encodeResponse(codec, c, sample(c.output));
      if (res.status === 204) continue;
      const path = Object.keys(spec["paths"]).find((p) => p.replace(/\{[^}]+\}/g, "{}") === shapeOf(r.path));
      const verb = r.verb === "*" ? "get" : r.verb.toLowerCase();
      const pointer = `/paths/${escape(path!)}/${verb}/responses/${res.status}/content/application~1json/schema`;
      const validate = schemaAt(pointer);
      expect(validate(JSON.parse(res.body as string)), `${r.verb} ${r.path}: ${errorsOf(validate).join("\n")}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("validates body \"*\" requests (without the fields the path binds) against the operation's request schema", () => {
    let checked = 0;
    for (const r of restRoutes) {
      if (r.handler || r.body !== "*") continue;
      const c = compileRoute(r);
      const msg = sample(c.input) as unknown as Record<string, unknown>;
      for (const v of c.vars) clearPath(c.input, msg, v.text);
      const body = JSON.parse(codec.stringifyMessage(c.input, msg as unknown as Message)) as unknown;
      const path = Object.keys(spec["paths"]).find((p) => p.replace(/\{[^}]+\}/g, "{}") === shapeOf(r.path));
      const validate = schemaAt(`/paths/${escape(path!)}/${r.verb.toLowerCase()}/requestBody/content/application~1json/schema`);
      expect(validate(body), `${r.verb} ${r.path}: ${errorsOf(validate).join("\n")}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("validates body-field requests (a JSON array of items) against the operation's request schema", () => {
    let checked = 0;
    for (const r of restRoutes) {
      if (r.handler || !r.body || r.body === "*") continue;
      const c = compileRoute(r);
      const fp = c.bodyField!;
      const value = (sample(c.input) as unknown as Record<string, unknown>)[fp.localName];
      const body = JSON.parse(codec.stringifyField(fp, value)) as unknown;
      const path = Object.keys(spec["paths"]).find((p) => p.replace(/\{[^}]+\}/g, "{}") === shapeOf(r.path));
      const validate = schemaAt(`/paths/${escape(path!)}/${r.verb.toLowerCase()}/requestBody/content/application~1json/schema`);
      expect(validate(body), `${r.verb} ${r.path}: ${errorsOf(validate).join("\n")}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });
});

/** Sets the field at a proto field path back to its zero value. */
function clearPath(desc: DescMessage, msg: Record<string, unknown>, text: string): void {
  const [head, ...rest] = text.split(".");
  const fp = messagePlan(desc).fields.find((f) => f.field.name === head)!;
  if (rest.length === 0) {
    msg[fp.localName] = (create(desc) as unknown as Record<string, unknown>)[fp.localName];
    return;
  }
  const sub = msg[fp.localName] as Record<string, unknown> | undefined;
  if (sub && fp.value.kind === "message") clearPath(fp.value.desc, sub, rest.join("."));
}

/** "/v1.0/state/{store_name}/{key}" → "/v1.0/state/{}/{}" (a variable with a "=" pattern becomes one "{}"). */
function shapeOf(template: string): string {
  return template.replace(/\{[^}]+\}/g, "{}");
}
