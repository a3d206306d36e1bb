/**
 * The Python SDK's generated part (sdks/python/src/pillion/): the protobuf
 * and gRPC stubs of every proto under api/ (pillion/proto/, by grpcio-tools'
 * protoc run through buf as a local plugin, their imports moved under the
 * pillion.proto package), and the facade over them, a sync and an asyncio
 * flavour (pillion/_gen/), rendered from the SDK facade model with the
 * templates in codegen/templates/python/. The hand-written runtime they use
 * (requests built from keyword arguments, data encoding, errors, the app
 * side) lives beside them in sdks/python/src/pillion/.
 */
import { fileURLToPath } from "node:url";
import { ScalarType, type DescEnum, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { sdkFacade } from "../model/sdk-facade.js";
import type { SdkFieldPath, SdkMethodModel, SdkRequestShape } from "../model/sdk-types.js";
import { docOf } from "../model/source.js";
import type { ApiModel } from "../model/types.js";
import { generatedHeader, render } from "../templates.js";
import { apiProtoFiles, runLocalPlugin } from "../toolchain/buf-local.js";
import { grpcioToolsPython } from "../toolchain/local-plugins.js";
import type { GeneratedFile } from "./types.js";

export interface PythonSdkOptions {
  /** The package folder, e.g. "sdks/python/src/pillion". */
  readonly out: string;
  /** The Python package of the stubs, inside it, e.g. "pillion.proto" (written to <out>/proto). */
  readonly protoPackage: string;
}

const plugin = fileURLToPath(new URL("../toolchain/protoc_gen_grpc_tools.py", import.meta.url));

export function generatePythonSdk(model: ApiModel, opts: PythonSdkOptions): GeneratedFile[] {
  const protoDir = `${opts.out}/${opts.protoPackage.split(".").slice(1).join("/")}`;
  return [...stubs(model, opts, protoDir), ...facades(model, opts)];
}

// ---------------------------------------------------------------- stubs

function stubs(model: ApiModel, opts: PythonSdkOptions, protoDir: string): GeneratedFile[] {
  const files = apiProtoFiles(model);
  const roots = [...new Set(files.map((f) => f.split("/")[0]!))].sort();
  const withServices = new Set([...model.registry.files].filter((f) => f.services.length > 0).map((f) => `${f.name}.proto`));
  const generated = runLocalPlugin(model, { command: [grpcioToolsPython(), plugin], strategy: "all", opt: ["python+pyi+grpc_python"] }, files, protoDir);
  const imports = new RegExp(`^(from|import) (${roots.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\.`, "gm");
  const out: GeneratedFile[] = [];
  const packages = new Set<string>();
  for (const f of generated) {
    const proto = f.path.slice(protoDir.length + 1).replace(/_pb2(_grpc)?\.pyi?$/, ".proto");
    if (f.path.endsWith("_pb2_grpc.py") && !withServices.has(proto)) continue;
    out.push({ path: f.path, content: f.content.replace(imports, `$1 ${opts.protoPackage}.$2.`) });
    for (let d = f.path.slice(0, f.path.lastIndexOf("/")); d.length >= protoDir.length; d = d.slice(0, d.lastIndexOf("/"))) packages.add(d);
  }
  for (const d of [...packages].sort()) {
    out.push({ path: `${d}/__init__.py`, content: `${generatedHeader("#")}\n` });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// ---------------------------------------------------------------- naming

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
const pascal = (s: string) => snake(s).replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
const reserved = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield self timeout headers request response".split(" "),
);
/** A parameter identifier: the field's name in snake_case, with "_" appended when it is reserved. */
const identifier = (name: string) => (reserved.has(snake(name)) ? `${snake(name)}_` : snake(name));
const pyStr = (s: string) => JSON.stringify(s);
const pyTuple = (items: readonly string[]) => (items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`);
const pathTuple = (p: SdkFieldPath) => pyTuple(p.path.map(pyStr));

/** Imports of the stub modules a facade file uses, by proto file. */
class Modules {
  private readonly used = new Map<string, string>();
  constructor(private readonly protoPackage: string) {}

  /** The alias of a proto file's _pb2 (or _pb2_grpc) module. */
  alias(protoFile: string, grpc = false): string {
    const mod = protoFile.replace(/\.proto$/, grpc ? "_pb2_grpc" : "_pb2");
    const alias = `_${mod.replaceAll("/", "_")}`;
    this.used.set(alias, mod);
    return alias;
  }

  /** The Python expression of a message or enum class, e.g. _dapr_proto_common_v1_common_pb2.StateItem. */
  type(desc: DescMessage | DescEnum): string {
    const file = desc.file.name + ".proto";
    const pkg = desc.file.proto.package;
    const local = pkg ? desc.typeName.slice(pkg.length + 1) : desc.typeName;
    return `${this.alias(file)}.${local}`;
  }

  lines(): string[] {
    return [...this.used]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([alias, mod]) => {
        const i = mod.lastIndexOf("/");
        return `from ${this.protoPackage}.${mod.slice(0, i).replaceAll("/", ".")} import ${mod.slice(i + 1)} as ${alias}`;
      });
  }
}

function scalarType(s: ScalarType): string {
  switch (s) {
    case ScalarType.STRING:
      return "str";
    case ScalarType.BOOL:
      return "bool";
    case ScalarType.BYTES:
      return "bytes";
    case ScalarType.FLOAT:
    case ScalarType.DOUBLE:
      return "float";
    default:
      return "int";
  }
}

/** The Python type a caller may pass for a field (messages also as mappings of their fields). */
function inputType(f: DescField, mods: Modules): string {
  const msg = (m: DescMessage) => `${mods.type(m)} | Mapping[str, Any]`;
  switch (f.fieldKind) {
    case "scalar":
      return scalarType(f.scalar);
    case "enum":
      return `${mods.type(f.enum)} | int | str`;
    case "message":
      return msg(f.message);
    case "list":
      return `Sequence[${f.listKind === "scalar" ? scalarType(f.scalar) : f.listKind === "enum" ? "int | str" : msg(f.message)}]`;
    case "map": {
      const v = f.mapKind === "scalar" ? scalarType(f.scalar) : f.mapKind === "enum" ? "int | str" : msg(f.message);
      return `Mapping[${scalarType(f.mapKey)}, ${v}]`;
    }
  }
}

/** The Python type of a field as read from a response (lists and dicts for containers). */
function outputType(f: DescField, mods: Modules, decoded: boolean): string {
  const el = (k: "scalar" | "enum" | "message", s: ScalarType | undefined, m: DescMessage | undefined) =>
    decoded && k === "message" ? "Decoded" : k === "scalar" ? scalarType(s!) : k === "enum" ? "int" : mods.type(m!);
  switch (f.fieldKind) {
    case "scalar":
      return scalarType(f.scalar);
    case "enum":
      return "int";
    case "message":
      return decoded ? "Decoded" : mods.type(f.message);
    case "list":
      return `list[${el(f.listKind, f.listKind === "scalar" ? f.scalar : undefined, f.listKind === "message" ? f.message : undefined)}]`;
    case "map":
      return `dict[${scalarType(f.mapKey)}, ${el(f.mapKind, f.mapKind === "scalar" ? f.scalar : undefined, f.mapKind === "message" ? f.message : undefined)}]`;
  }
}

// ---------------------------------------------------------------- facade

interface ViewArg {
  readonly name: string;
  readonly type: string;
}

function facades(model: ApiModel, opts: PythonSdkOptions): GeneratedFile[] {
  const facade = sdkFacade(model);
  return [false, true].map((aio) => {
    const mods = new Modules(opts.protoPackage);
    const stubs = facade.services.map((s) => ({ typeName: s.typeName, stub: `${mods.alias(s.file, true)}.${s.name}Stub` }));
    const groups = facade.groups.map((g) => ({
      name: g.name,
      className: g.name ? `${aio ? "Async" : ""}${pascal(g.name)}Api` : "",
      property: identifier(g.name),
      doc: pyDoc(g.doc, "    "),
      methods: g.methods.map((m) => viewMethod(m, mods)),
    }));
    const file = aio ? "facade_aio.py" : "facade.py";
    return {
      path: `${opts.out}/_gen/${file}`,
      content: render("python/facade.py.hbs", {
        header: generatedHeader("#"),
        aio,
        imports: mods.lines(),
        stubs,
        groups: groups.filter((g) => g.name !== ""),
        client: groups.find((g) => g.name === "") ?? { methods: [] },
        facadeClass: aio ? "AsyncPillionFacade" : "PillionFacade",
        invokerClass: aio ? "AsyncInvoker" : "Invoker",
      }),
    };
  }).concat([{ path: `${opts.out}/_gen/__init__.py`, content: `${generatedHeader("#")}\n` }]);
}

function viewMethod(m: SdkMethodModel, mods: Modules) {
  const params: ViewArg[] = m.params.map((p) => ({ name: identifier(p.name), type: p.payload ? "Any" : inputType(p.field.fields.at(-1)!, mods) }));
  const payloadKeys = new Set(m.payloads.map((p) => p.field.path.join(".")));
  const options: ViewArg[] = m.options.map((o) => ({
    name: identifier(o.name),
    type: payloadKeys.has(o.field.path.join(".")) ? "Any" : inputType(o.field.fields.at(-1)!, mods),
  }));
  const payloads = m.payloads.map((p) => pyTuple([pathTuple(p.field), pyStr(p.kind), p.contentType ? pyStr(p.contentType.fields.at(-1)!.name) : "None"]));
  const defaults = m.defaults.map((d) => pyTuple([pathTuple(d.field), typeof d.value === "string" ? pyStr(d.value) : typeof d.value === "boolean" ? (d.value ? "True" : "False") : String(d.value)]));
  const decodes = m.decodes.map((d) => pyTuple([pathTuple(d.field), pyStr(d.kind), pyStr(d.as), d.contentType ? pyStr(d.contentType.fields.at(-1)!.name) : "None"]));
  let returnType: string;
  let returnsField = "None";
  const decoded = m.decodes.length > 0;
  switch (m.returns.kind) {
    case "none":
      returnType = "None";
      break;
    case "message":
      returnType = decoded ? "Decoded" : mods.type(m.rpc.output);
      break;
    case "field":
      returnType = outputType(m.returns.field.fields[0]!, mods, decoded);
      returnsField = pyStr(m.returns.field.fields[0]!.name);
      break;
  }
  const sections = [
    m.doc,
    m.params.length ? ["Args:", ...m.params.map((p, i) => `    ${params[i]!.name}: ${oneLine(docOf(p.field.fields.at(-1)!)) || p.name}`)].join("\n") : "",
    m.options.length ? ["Keyword args (the other request fields):", ...m.options.map((o, i) => `    ${options[i]!.name}: ${oneLine(docOf(o.field.fields.at(-1)!)) || o.name}`)].join("\n") : "",
    `RPC: ${m.rpc.serviceTypeName}/${m.rpc.name}${m.deprecated ? " (deprecated)" : ""}`,
  ];
  const doc = sections.filter((x) => x !== "");
  return {
    name: identifier(m.name),
    params,
    options,
    doc: pyDoc(doc.join("\n\n").trim(), "        "),
    requestClass: mods.type(m.rpc.input),
    requestDict: requestDict(m.request, "            "),
    payloads: payloads.length ? pyTuple(payloads) : "()",
    defaults: defaults.length ? pyTuple(defaults) : "()",
    decodes: decodes.length ? pyTuple(decodes) : "()",
    service: pyStr(m.rpc.serviceTypeName),
    rpc: pyStr(m.rpc.name),
    streaming: m.streaming,
    returnsNone: m.returns.kind === "none",
    returnsField,
    returnType,
  };
}

function requestDict(shape: SdkRequestShape, indent: string): string {
  const lines = shape.fields.map((f) => {
    const key = pyStr(f.field.name);
    switch (f.kind) {
      case "param":
        return `${indent}    ${key}: ${identifier(f.param.name)},`;
      case "option":
        return `${indent}    ${key}: ${identifier(f.option.name)},`;
      case "open":
        return `${indent}    ${key}: ${requestDict(f.shape, `${indent}    `)},`;
    }
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** Text for a docstring: backslashes and triple quotes escaped, lines after the first indented. */
function pyDoc(text: string, indent: string): string {
  const safe = text.replaceAll("\\", "\\\\").replaceAll('"""', '\\"\\"\\"');
  return safe
    .split("\n")
    .map((l, i) => (i === 0 || l === "" ? l : indent + l))
    .join("\n");
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
