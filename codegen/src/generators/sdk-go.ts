/**
 * The Go SDK's generated part (sdks/go): the protobuf and gRPC stubs of
 * every proto under api/ (sdks/go/proto/..., by protoc-gen-go and
 * protoc-gen-go-grpc at pinned versions, run through buf as local plugins
 * with Go import paths computed from the proto paths), and the facade over
 * them (facade.gen.go), rendered from the SDK facade model with the
 * templates in codegen/templates/go/. The hand-written runtime it uses
 * (client, errors, data encoding, the app side) lives beside it.
 */
import { execFileSync } from "node:child_process";
import { ScalarType, type DescEnum, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { sdkFacade } from "../model/sdk-facade.js";
import type { SdkMethodModel, SdkRequestShape } from "../model/sdk-types.js";
import type { ApiModel } from "../model/types.js";
import { generatedHeader, render } from "../templates.js";
import { apiProtoFiles, runLocalPlugin } from "../toolchain/buf-local.js";
import { goPlugins } from "../toolchain/local-plugins.js";
import type { GeneratedFile } from "./types.js";

export interface GoSdkOptions {
  /** The module's folder, e.g. "sdks/go". */
  readonly out: string;
  /** The module path, e.g. "github.com/pillion-dev/pillion/sdks/go". */
  readonly module: string;
  /** The package name of the facade (the module's root package), e.g. "pillion". */
  readonly packageName: string;
}

export function generateGoSdk(model: ApiModel, opts: GoSdkOptions): GeneratedFile[] {
  const files = apiProtoFiles(model);
  const mapping = files.map((f) => `M${f}=${importPath(opts, f)};${packageOf(f)}`);
  const plugins = goPlugins();
  const stubs = [
    ...runLocalPlugin(model, { command: plugins.go, strategy: "all", opt: [`module=${opts.module}`, ...mapping] }, files, opts.out),
    ...runLocalPlugin(model, { command: plugins.goGrpc, strategy: "all", opt: [`module=${opts.module}`, ...mapping] }, files, opts.out),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return [...stubs, { path: `${opts.out}/facade.gen.go`, content: facadeFile(model, opts) }];
}

/** The Go import path of a proto file's package: <module>/proto/<its folder>. */
function importPath(opts: GoSdkOptions, protoFile: string): string {
  return `${opts.module}/proto/${protoFile.slice(0, protoFile.lastIndexOf("/"))}`;
}

/** The Go package name of a proto file: its folder's segments but "proto", joined (e.g. daprruntimev1). */
function packageOf(protoFile: string): string {
  return protoFile
    .slice(0, protoFile.lastIndexOf("/"))
    .split("/")
    .filter((s) => s !== "proto")
    .join("")
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase();
}

// ---------------------------------------------------------------- naming

const isLower = (c: string | undefined) => c !== undefined && c >= "a" && c <= "z";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** protoc-gen-go's CamelCase of a proto name (field or message part). */
function goCamel(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "." && isLower(s[i + 1])) continue;
    if (c === ".") out += "_";
    else if (c === "_" && (i === 0 || s[i - 1] === ".")) out += "X";
    else if (c === "_" && isLower(s[i + 1])) continue;
    else if (isDigit(c)) out += c;
    else {
      out += isLower(c) ? c.toUpperCase() : c;
      while (isLower(s[i + 1])) out += s[++i];
    }
  }
  return out;
}

const goKeywords = new Set(
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var ctx opts req res err".split(" "),
);
/** A parameter identifier: lowerCamelCase of the field name, "_" appended when reserved. */
function param(name: string): string {
  const c = goCamel(name);
  const id = c.charAt(0).toLowerCase() + c.slice(1);
  return goKeywords.has(id) ? `${id}_` : id;
}

/** The imports of the stub packages the facade uses. */
class Packages {
  private readonly used = new Map<string, string>();
  constructor(private readonly opts: GoSdkOptions) {}

  alias(protoFile: string): string {
    const wkt = /^google\/protobuf\/([a-z_]+)\.proto$/.exec(protoFile);
    if (wkt) {
      const alias = `${wkt[1]!.replaceAll("_", "")}pb`;
      this.used.set(alias, `google.golang.org/protobuf/types/known/${alias}`);
      return alias;
    }
    const alias = packageOf(protoFile);
    this.used.set(alias, importPath(this.opts, protoFile));
    return alias;
  }

  /** The Go type name of a message or enum, e.g. daprruntimev1.UnlockResponse_Status. */
  type(desc: DescMessage | DescEnum): string {
    const pkg = desc.file.proto.package;
    const local = pkg ? desc.typeName.slice(pkg.length + 1) : desc.typeName;
    return `${this.alias(desc.file.name + ".proto")}.${local.split(".").map(goCamel).join("_")}`;
  }

  imports(): { alias: string; path: string }[] {
    return [...this.used].sort(([a], [b]) => (a < b ? -1 : 1)).map(([alias, path]) => ({ alias, path }));
  }
}

function scalarType(s: ScalarType): string {
  switch (s) {
    case ScalarType.STRING:
      return "string";
    case ScalarType.BOOL:
      return "bool";
    case ScalarType.BYTES:
      return "[]byte";
    case ScalarType.FLOAT:
      return "float32";
    case ScalarType.DOUBLE:
      return "float64";
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return "int64";
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return "uint64";
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      return "uint32";
    default:
      return "int32";
  }
}

/** The Go type of a field in the generated struct. */
function fieldType(f: DescField, pk: Packages): string {
  switch (f.fieldKind) {
    case "scalar":
      return scalarType(f.scalar);
    case "enum":
      return pk.type(f.enum);
    case "message":
      return `*${pk.type(f.message)}`;
    case "list":
      return `[]${f.listKind === "scalar" ? scalarType(f.scalar) : f.listKind === "enum" ? pk.type(f.enum) : `*${pk.type(f.message)}`}`;
    case "map":
      return `map[${scalarType(f.mapKey)}]${f.mapKind === "scalar" ? scalarType(f.scalar) : f.mapKind === "enum" ? pk.type(f.enum) : `*${pk.type(f.message)}`}`;
  }
}

function zeroCheck(f: DescField, expr: string): string {
  if (f.fieldKind === "scalar") {
    if (f.scalar === ScalarType.STRING) return `${expr} == ""`;
    if (f.scalar === ScalarType.BOOL) return `!${expr}`;
    if (f.scalar === ScalarType.BYTES) return `len(${expr}) == 0`;
  }
  return `${expr} == 0`;
}

// ---------------------------------------------------------------- facade

function facadeFile(model: ApiModel, opts: GoSdkOptions): string {
  const facade = sdkFacade(model);
  const pk = new Packages(opts);
  const stubs = facade.services.map((s) => ({ field: `${packageOf(s.file)}${s.name}`, ctor: `${pk.alias(s.file)}.New${s.name}Client`, type: `${pk.alias(s.file)}.${s.name}Client` }));
  const results: { name: string; embed: string; doc: string; decodedAs: string; decodedOf: string }[] = [];
  const groups = facade.groups.map((g) => {
    const typeName = g.name ? `${goCamel(g.name)}API` : "";
    return {
      name: g.name,
      field: goCamel(g.name),
      typeName,
      doc: goDoc(`${typeName} groups the ${g.name} calls: ${g.doc}`, ""),
      methods: g.methods.map((m) => viewMethod(m, pk, g.name ? typeName : "Client", stubs, results)),
    };
  });
  const all = groups.flatMap((g) => g.methods);
  return gofmt(render("go/facade.go.hbs", {
    header: generatedHeader("//"),
    usesIter: all.some((m) => m.streaming),
    usesIo: all.some((m) => m.streaming),
    usesAny: all.some((m) => m.prepare.some((l) => l.includes("anypb."))),
    packageName: opts.packageName,
    imports: pk.imports(),
    stubs,
    groups: groups.filter((g) => g.name !== ""),
    client: groups.find((g) => g.name === "") ?? { methods: [] },
    results,
  }));
}

/** Go source as gofmt formats it (gofmt comes with the Go toolchain the stubs need anyway). */
function gofmt(source: string): string {
  try {
    return execFileSync("gofmt", [], { input: source, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`gofmt refused the generated Go facade: ${err.stderr || err.message}`);
  }
}

function viewMethod(
  m: SdkMethodModel,
  pk: Packages,
  receiver: string,
  stubs: readonly { field: string }[],
  results: { name: string; embed: string; doc: string; decodedAs: string; decodedOf: string }[],
) {
  const name = goCamel(m.name);
  let zero = "nil";
  if (m.returns.kind === "field") {
    const f = m.returns.field.fields[0]!;
    if (f.fieldKind === "scalar") zero = f.scalar === ScalarType.STRING ? '""' : f.scalar === ScalarType.BOOL ? "false" : f.scalar === ScalarType.BYTES ? "nil" : "0";
    else if (f.fieldKind === "enum") zero = "0";
  }
  const reqType = pk.type(m.rpc.input);
  const stub = `${packageOf(m.service.file)}${m.service.name}`;
  if (!stubs.some((s) => s.field === stub)) throw new Error(`no stub for ${m.service.typeName}`);
  // Parameters: a payload given directly as a parameter takes any value (encoded); others keep their field type.
  const directPayload = (key: string) => m.payloads.find((p) => p.field.path.join(".") === key);
  const params = m.params.map((p) => ({
    name: param(p.name),
    type: directPayload(p.field.path.join(".")) ? "any" : fieldType(p.field.fields.at(-1)!, pk),
  }));
  const prepare: string[] = [];
  for (const p of m.payloads) {
    const key = p.field.path.join(".");
    const prm = m.params.find((x) => x.field.path.join(".") === key);
    if (!prm) continue; // set through the request options as bytes (use pillion.JSON)
    const holder = ["req", ...p.field.fields.slice(0, -1).map((f) => goCamel(f.name))].join(".");
    const target = `${holder}.${goCamel(p.field.fields.at(-1)!.name)}`;
    const ct = p.contentType ? `${holder}.${goCamel(p.contentType.fields.at(-1)!.name)}` : "";
    prepare.push(`{`);
    prepare.push(`\tencoded, ${ct ? "contentType" : "_"}, err := EncodeValue(${param(prm.name)}, ${ct || '""'})`);
    prepare.push(`\tif err != nil {`);
    prepare.push(`\t\treturn ${m.streaming ? "ERRSTREAM" : m.returns.kind === "none" ? "err" : `${zero}, err`}`);
    prepare.push(`\t}`);
    prepare.push(p.kind === "any" ? `\t${target} = &anypb.Any{Value: encoded}` : `\t${target} = encoded`);
    if (ct) prepare.push(`\tif ${ct} == "" {\n\t\t${ct} = contentType\n\t}`);
    prepare.push(`}`);
  }
  for (const d of m.defaults) {
    let holder = "req";
    const fields = d.field.fields;
    for (const f of fields.slice(0, -1)) {
      const next = `${holder}.${goCamel(f.name)}`;
      if (f.fieldKind === "message") prepare.push(`if ${next} == nil {\n\t${next} = &${pk.type(f.message)}{}\n}`);
      holder = next;
    }
    const last = fields.at(-1)!;
    const target = `${holder}.${goCamel(last.name)}`;
    const value =
      last.fieldKind === "enum"
        ? `${pk.type(last.enum)}(${String(d.value)})`
        : typeof d.value === "string"
          ? JSON.stringify(d.value)
          : String(d.value);
    prepare.push(`if ${zeroCheck(last, target)} {\n\t${target} = ${value} // ${d.text}\n}`);
  }
  const streaming = m.streaming;
  let returnType = "";
  let returnExpr = "";
  const decodeLines: string[] = [];
  const resType = m.returns.kind === "none" && !streaming ? "" : pk.type(m.rpc.output);
  const resultName = `${receiver === "Client" ? "" : receiver.replace(/API$/, "")}${name}Result`;
  if (m.returns.kind === "none") {
    returnType = "error";
  } else if (m.returns.kind === "message") {
    const d = m.decodes.find((x) => x.field.path.length === 1);
    if (d && !streaming) {
      const ct = d.contentType ? `res.${goCamel(d.contentType.fields.at(-1)!.name)}` : '""';
      const raw = d.kind === "any" ? `res.Get${goCamel(d.field.fields[0]!.name)}().GetValue()` : `res.${goCamel(d.field.fields[0]!.name)}`;
      results.push({ name: resultName, embed: `*${resType}`, doc: `${resultName} is the answer of ${receiver}.${name} with ${goCamel(d.field.fields[0]!.name)} decoded as ${goCamel(d.as)}.`, decodedAs: goCamel(d.as), decodedOf: goCamel(d.field.fields[0]!.name) });
      returnType = `(*${resultName}, error)`;
      decodeLines.push(`return &${resultName}{${resType.slice(resType.indexOf(".") + 1)}: res, ${goCamel(d.as)}: DecodeValue(${raw}, ${ct})}, nil`);
    } else {
      returnType = streaming ? `iter.Seq2[*${resType}, error]` : `(*${resType}, error)`;
      returnExpr = "res";
    }
  } else {
    const f = m.returns.field.fields[0]!;
    const getter = `res.Get${goCamel(f.name)}()`;
    const d = m.decodes.find((x) => x.field.path.length === 2 && f.fieldKind === "list" && f.listKind === "message");
    if (d && f.fieldKind === "list" && f.listKind === "message") {
      const el = pk.type(f.message);
      const ct = d.contentType ? `item.${goCamel(d.contentType.fields.at(-1)!.name)}` : '""';
      const raw = d.kind === "any" ? `item.Get${goCamel(d.field.fields[1]!.name)}().GetValue()` : `item.${goCamel(d.field.fields[1]!.name)}`;
      const itemName = resultName.replace(/Result$/, "Item");
      results.push({ name: itemName, embed: `*${el}`, doc: `${itemName} is one item of ${receiver}.${name} with ${goCamel(d.field.fields[1]!.name)} decoded as ${goCamel(d.as)}.`, decodedAs: goCamel(d.as), decodedOf: goCamel(d.field.fields[1]!.name) });
      returnType = `([]*${itemName}, error)`;
      decodeLines.push(`items := make([]*${itemName}, 0, len(${getter}))`);
      decodeLines.push(`for _, item := range ${getter} {\n\t\titems = append(items, &${itemName}{${el.slice(el.indexOf(".") + 1)}: item, ${goCamel(d.as)}: DecodeValue(${raw}, ${ct})})\n\t}`);
      decodeLines.push("return items, nil");
    } else {
      returnType = `(${fieldType(f, pk)}, error)`;
      returnExpr = getter;
    }
  }
  const sections = [
    `${name} ${lowerFirst(m.doc)}`,
    m.options.length ? `Request options may set: ${m.options.map((o) => o.field.path.map(goCamel).join(".")).join(", ")}.` : "",
    `RPC: ${m.rpc.serviceTypeName}/${m.rpc.name}${m.deprecated ? "\n\nDeprecated: the RPC is deprecated." : ""}`,
  ].filter((s) => s !== "");
  return {
    name,
    receiver,
    params,
    reqType,
    requestLiteral: requestLiteral(m.request, pk, "\t", (p) => (directPayload(p) ? undefined : param(m.params.find((x) => x.field.path.join(".") === p)!.name))),
    prepare: prepare.map((l) => l.replace("ERRSTREAM", "func(yield func(*" + resType + ", error) bool) { yield(nil, err) }")).join("\n").split("\n"),
    stub,
    rpc: m.rpc.name.replace(/^./, (c) => c.toUpperCase()),
    streaming,
    returnsNone: m.returns.kind === "none",
    returnType,
    returnExpr,
    decodeLines: decodeLines.join("\n").split("\n").filter((l) => l !== ""),
    resType,
    zero,
    doc: goDoc(sections.join("\n\n"), ""),
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The request struct literal: params set, opened messages created; payload params are set after encoding. */
function requestLiteral(shape: SdkRequestShape, pk: Packages, indent: string, paramOf: (path: string) => string | undefined, prefix: string[] = []): string {
  const lines: string[] = [];
  for (const f of shape.fields) {
    const path = [...prefix, f.field.name];
    if (f.kind === "param") {
      const v = paramOf(path.join("."));
      if (v) lines.push(`${indent}\t${goCamel(f.field.name)}: ${v},`);
    } else if (f.kind === "open") {
      lines.push(`${indent}\t${goCamel(f.field.name)}: ${requestLiteral(f.shape, pk, `${indent}\t`, paramOf, path)},`);
    }
  }
  const type = pk.type(shape.message);
  return lines.length ? `&${type}{\n${lines.join("\n")}\n${indent}}` : `&${type}{}`;
}

/** Text as Go doc comment lines. */
function goDoc(text: string, indent: string): string {
  return text
    .split("\n")
    .map((l) => `${indent}//${l ? ` ${l}` : ""}`)
    .join("\n");
}

export const forTests = { goCamel };
