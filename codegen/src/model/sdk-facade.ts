/**
 * Builds the SDK facade (./sdk-types.ts) from the model's pillion.api.v1.sdk
 * and sdk_group options, and checks them: an option that names a missing
 * field, a field of the wrong type, an undeclared group or two methods with
 * one name stops generation with the proto file and line.
 */
import { ScalarType, type DescField, type DescMessage, type DescService } from "@bufbuild/protobuf";
import { GenerationError } from "../errors.js";
import { compareText } from "./build-model.js";
import { failAt } from "./fail.js";
import { SdkOptionReader, type SdkMethodOption } from "./sdk-options.js";
import { locationOf } from "./source.js";
import type {
  DataKind,
  SdkDecode,
  SdkDefault,
  SdkFacade,
  SdkFieldPath,
  SdkGroupModel,
  SdkMethodModel,
  SdkOption,
  SdkParam,
  SdkPayload,
  SdkRequestField,
  SdkRequestShape,
  SdkReturns,
} from "./sdk-types.js";
import type { ApiModel, MethodModel, ServiceModel } from "./types.js";

const snake = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const cache = new WeakMap<ApiModel, SdkFacade>();

/** The facade of the model (built once per model, so every SDK generator shares it). */
export function sdkFacade(model: ApiModel): SdkFacade {
  let facade = cache.get(model);
  if (!facade) {
    facade = buildSdkFacade(model);
    cache.set(model, facade);
  }
  return facade;
}

interface DeclaredGroup {
  readonly doc: string;
  readonly service: DescService;
  used: boolean;
}

export function buildSdkFacade(model: ApiModel): SdkFacade {
  const reader = new SdkOptionReader(model.registry);
  const declared = new Map<string, DeclaredGroup>();
  for (const s of model.services) {
    for (const g of reader.groups(s.desc)) {
      if (!snake.test(g.name)) failAt(s.desc, `sdk_group name "${g.name}" must be lower_snake_case`);
      const other = declared.get(g.name);
      if (other) {
        const loc = locationOf(other.service);
        failAt(s.desc, `sdk_group "${g.name}" is declared twice (also on ${other.service.typeName}, ${loc.file}:${loc.line})`);
      }
      declared.set(g.name, { doc: g.doc, service: s.desc, used: false });
    }
  }
  const methods: SdkMethodModel[] = [];
  const byName = new Map<string, SdkMethodModel>();
  for (const s of model.services) {
    for (const m of s.methods) {
      const opt = reader.method(m.desc);
      if (!opt) continue;
      const sdk = buildMethod(s, m, opt, declared);
      const key = sdk.group ? `${sdk.group}.${sdk.name}` : sdk.name;
      const other = byName.get(key);
      if (other) {
        failAt(m.desc, `sdk method ${key} is declared twice (also on ${other.rpc.serviceTypeName}.${other.rpc.name}, ${other.location.file}:${other.location.line})`);
      }
      byName.set(key, sdk);
      methods.push(sdk);
    }
  }
  for (const m of methods) {
    if (m.group === "" && declared.has(m.name)) failAt(m.rpc.desc, `sdk method ${m.name} on the client has the name of the group "${m.name}"`);
  }
  for (const [name, g] of declared) {
    if (!g.used) failAt(g.service, `sdk_group "${name}" is declared but no method uses it`);
  }
  const groupNames = [...new Set(methods.map((m) => m.group))].sort(compareText);
  const groups: SdkGroupModel[] = groupNames.map((name) => ({
    name,
    doc: name ? declared.get(name)!.doc : "",
    methods: methods.filter((m) => m.group === name),
  }));
  const services = [...new Set(methods.map((m) => m.service))].sort((a, b) => compareText(a.typeName, b.typeName));
  return { groups, services };
}

function buildMethod(service: ServiceModel, rpc: MethodModel, opt: SdkMethodOption, declared: Map<string, DeclaredGroup>): SdkMethodModel {
  const desc = rpc.desc;
  const fail = (detail: string): never => failAt(desc, `${rpc.name}: pillion.api.v1.sdk ${detail}`);
  if (opt.group) {
    if (!snake.test(opt.group)) fail(`group "${opt.group}" must be lower_snake_case`);
    const g = declared.get(opt.group);
    if (!g) fail(`group "${opt.group}" is not declared; add option (pillion.api.v1.sdk_group) = {name: "${opt.group}"} to the service that holds it`);
    if (g!.service !== service.desc) fail(`group "${opt.group}" is declared on ${g!.service.typeName}, not on ${service.typeName}`);
    g!.used = true;
  }
  if (!opt.name) fail("needs a name");
  if (!snake.test(opt.name)) fail(`name "${opt.name}" must be lower_snake_case`);
  if (rpc.kind === "client_streaming" || rpc.kind === "bidi_streaming") fail("cannot put a client-streaming or bidirectional RPC in the facade");
  const streaming = rpc.kind === "server_streaming";

  // Request side: payloads first, so that parameters know whether they carry data.
  const payloads: SdkPayload[] = opt.payload.map((p) => {
    const field = resolve(fail, rpc.input, p.field, "payload field", true);
    const kind = dataKind(field) ?? fail(`payload field "${p.field}" must be a bytes or google.protobuf.Any field`);
    const contentType = p.contentType ? sibling(fail, rpc.input, field, p.contentType, "payload content_type", true) : undefined;
    return { field, kind, ...(contentType && { contentType }) };
  });
  const seenPayload = new Set<string>();
  for (const p of payloads) {
    const key = p.field.path.join(".");
    if (seenPayload.has(key)) fail(`payload field "${key}" is named twice`);
    seenPayload.add(key);
  }
  const params: SdkParam[] = opt.params.map((path) => {
    const field = resolve(fail, rpc.input, path, "param", false);
    const payload = payloads.find((p) => p.field.path.join(".") === field.path.join("."));
    return { name: field.fields.at(-1)!.name, field, ...(payload && { payload }) };
  });
  const paramNames = new Set<string>();
  for (const p of params) {
    if (paramNames.has(p.name)) fail(`has two parameters named "${p.name}"`);
    paramNames.add(p.name);
  }
  for (const a of params) {
    for (const b of params) {
      if (a !== b && b.field.path.length > a.field.path.length && a.field.path.every((n, i) => b.field.path[i] === n)) {
        fail(`param "${b.field.path.join(".")}" lies inside param "${a.field.path.join(".")}"`);
      }
    }
  }
  const options: SdkOption[] = [];
  const request = requestShape(rpc.input, [], [], params, options);
  const optionNames = new Set<string>(paramNames);
  for (const o of options) {
    if (optionNames.has(o.name)) fail(`request field "${o.field.path.join(".")}" would be the option "${o.name}", a name already taken by a parameter or another option`);
    optionNames.add(o.name);
  }
  for (const p of payloads) {
    const top = p.field.path[0]!;
    if (!params.some((x) => x.field.path[0] === top) && !options.some((o) => o.field.path[0] === top)) {
      fail(`payload field "${p.field.path.join(".")}" is not set by any parameter or option`);
    }
  }

  const defaults: SdkDefault[] = opt.defaults.map((d) => {
    const field = resolve(fail, rpc.input, d.field, "default field", false);
    return { field, text: d.value, value: parseDefault(fail, field.fields.at(-1)!, d.value) };
  });

  // Response side.
  const emptyOutput = rpc.output.typeName === "google.protobuf.Empty";
  let returns: SdkReturns;
  if (!opt.returns) returns = emptyOutput && !streaming ? { kind: "none" } : { kind: "message" };
  else {
    if (streaming) fail(`returns "${opt.returns}": a streaming method yields whole responses`);
    if (opt.returns.includes(".")) fail(`returns must name a top-level response field, not "${opt.returns}"`);
    returns = { kind: "field", field: resolve(fail, rpc.output, opt.returns, "returns", false) };
  }
  const decodes: SdkDecode[] = opt.decode.map((d) => {
    const field = resolve(fail, rpc.output, d.field, "decode field", true);
    const kind = dataKind(field) ?? fail(`decode field "${d.field}" must be a bytes or google.protobuf.Any field`);
    if (!snake.test(d.as)) fail(`decode "${d.field}" needs "as", a lower_snake_case name for the decoded value`);
    const parent = field.fields.length > 1 ? messageOf(field.fields.at(-2)!) : rpc.output;
    if (parent?.fields.some((f) => f.name === d.as)) fail(`decode "${d.field}" as "${d.as}": ${parent.typeName} already has a field of that name`);
    if (returns.kind === "field" && returns.field.path[0] !== field.path[0]) {
      fail(`decode "${d.field}" is outside what the method returns ("${returns.field.path.join(".")}")`);
    }
    const contentType = d.contentType ? sibling(fail, rpc.output, field, d.contentType, "decode content_type", true) : undefined;
    return { field, kind, as: d.as, ...(contentType && { contentType }) };
  });

  if (streaming && decodes.length > 0) fail("cannot decode the responses of a streaming method");
  const restBinding = rpc.rest.handler === "transcode" || rpc.rest.handler === "invoke-proxy" ? rpc.http[0] : undefined;
  return {
    rpc,
    service,
    group: opt.group,
    name: opt.name,
    doc: opt.doc || rpc.doc,
    deprecated: rpc.deprecated,
    streaming,
    params,
    options,
    request,
    payloads,
    defaults,
    returns,
    decodes,
    ...(restBinding && { restBinding }),
    location: rpc.location,
  };
}

/** The request message's fields: a param, an option, or a message opened because a param lies inside it. */
function requestShape(message: DescMessage, prefix: readonly string[], via: readonly DescField[], params: readonly SdkParam[], options: SdkOption[]): SdkRequestShape {
  const fields: SdkRequestField[] = [];
  for (const f of message.fields) {
    const path = [...prefix, f.name];
    const param = params.find((p) => p.field.path.length === path.length && p.field.path.every((n, i) => n === path[i]));
    if (param) {
      fields.push({ kind: "param", field: f, param });
      continue;
    }
    const inside = params.some((p) => p.field.path.length > path.length && path.every((n, i) => p.field.path[i] === n));
    if (inside && f.fieldKind === "message") {
      fields.push({ kind: "open", field: f, shape: requestShape(f.message, path, [...via, f], params, options) });
      continue;
    }
    const option: SdkOption = { name: f.name, field: { path, fields: [...via, f] } };
    options.push(option);
    fields.push({ kind: "option", field: f, option });
  }
  return { message, fields };
}

function messageOf(f: DescField): DescMessage | undefined {
  if (f.fieldKind === "message") return f.message;
  if (f.fieldKind === "list" && f.listKind === "message") return f.message;
  if (f.fieldKind === "map" && f.mapKind === "message") return f.message;
  return undefined;
}

/**
 * Resolves a dotted path of proto field names. Every step but the last must
 * be a message field; with `throughLists`, also a repeated or map field of
 * messages.
 */
function resolve(fail: (d: string) => never, msg: DescMessage, path: string, what: string, throughLists: boolean): SdkFieldPath {
  if (!path) fail(`${what} is empty`);
  const names = path.split(".");
  const fields: DescField[] = [];
  let current: DescMessage | undefined = msg;
  for (const [i, name] of names.entries()) {
    const field: DescField | undefined = current?.fields.find((f) => f.name === name);
    if (!field) return fail(`${what} "${path}" is not a field of ${msg.typeName}`);
    fields.push(field);
    if (i < names.length - 1) {
      current = field.fieldKind === "message" || throughLists ? messageOf(field) : undefined;
      if (!current) fail(`${what} "${path}" goes through "${name}", which is not ${throughLists ? "a message field (or a list or map of messages)" : "a singular message field"}`);
    }
  }
  return { path: names, fields };
}

/** A string field beside `of` (in the same message), named by its full path. */
function sibling(fail: (d: string) => never, msg: DescMessage, of: SdkFieldPath, path: string, what: string, throughLists: boolean): SdkFieldPath {
  const ref = resolve(fail, msg, path, what, throughLists);
  const last = ref.fields.at(-1)!;
  if (last.fieldKind !== "scalar" || last.scalar !== ScalarType.STRING) fail(`${what} "${path}" must be a string field`);
  const parent = of.path.slice(0, -1).join(".");
  if (ref.path.slice(0, -1).join(".") !== parent) fail(`${what} "${path}" must be in the same message as "${of.path.join(".")}"`);
  return ref;
}

function dataKind(ref: SdkFieldPath): DataKind | undefined {
  const f = ref.fields.at(-1)!;
  if (f.fieldKind === "scalar" && f.scalar === ScalarType.BYTES) return "bytes";
  if (f.fieldKind === "message" && f.message.typeName === "google.protobuf.Any") return "any";
  return undefined;
}

function parseDefault(fail: (d: string) => never, f: DescField, text: string): SdkDefault["value"] {
  if (f.fieldKind === "enum") {
    const v = f.enum.values.find((e) => e.name === text);
    if (!v) fail(`default "${text}" is not a value of ${f.enum.typeName}`);
    return v!.number;
  }
  if (f.fieldKind !== "scalar") return fail(`default field "${f.name}" must be a scalar or enum field`);
  switch (f.scalar) {
    case ScalarType.STRING:
      return text;
    case ScalarType.BOOL:
      if (text !== "true" && text !== "false") fail(`default "${text}" for ${f.name} must be true or false`);
      return text === "true";
    case ScalarType.BYTES:
      return fail(`default field "${f.name}" cannot be bytes`);
    case ScalarType.INT64:
    case ScalarType.UINT64:
    case ScalarType.SINT64:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64:
      if (!/^-?\d+$/.test(text)) fail(`default "${text}" for ${f.name} must be an integer`);
      return BigInt(text);
    default: {
      const n = Number(text);
      if (text.trim() === "" || !Number.isFinite(n)) fail(`default "${text}" for ${f.name} must be a number`);
      return n;
    }
  }
}

/** For tests: the error building the facade of a model raises, or undefined. */
export function sdkFacadeError(model: ApiModel): GenerationError | undefined {
  try {
    buildSdkFacade(model);
    return undefined;
  } catch (e) {
    if (e instanceof GenerationError) return e;
    throw e;
  }
}
