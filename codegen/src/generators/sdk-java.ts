/**
 * The Java SDK's generated part (sdks/java/src/gen/java): the protobuf-java
 * message classes and grpc-java stubs (protoc and protoc-gen-grpc-java
 * through buf, ./sdk-java-toolchain.ts), and the facade rendered from the
 * SDK facade model with codegen/templates/java: one class per group
 * (client.state(), ...), each facade method blocking and as a
 * CompletableFuture (...Async), positional parameters first, then an
 * optional Consumer of the request builder for every other request field.
 */
import { ScalarType, type DescEnum, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { sdkFacade } from "../model/sdk-facade.js";
import type { SdkFieldPath, SdkMethodModel } from "../model/sdk-types.js";
import type { ApiModel } from "../model/types.js";
import { generatedHeader, render } from "../templates.js";
import { generateJavaStubs } from "./sdk-java-toolchain.js";
import type { GeneratedFile } from "./types.js";

export interface JavaSdkOptions {
  /** The generated source root, e.g. "sdks/java/src/gen/java". */
  readonly out: string;
  /** The Java package of the facade, e.g. "dev.pillion.sdk". */
  readonly javaPackage: string;
  /** The prefix of the message classes' packages (buf managed mode), e.g. "dev.pillion.sdk.proto". */
  readonly protoPackagePrefix: string;
}

export function generateJavaSdk(model: ApiModel, opts: JavaSdkOptions): GeneratedFile[] {
  const files = [...generateJavaStubs(model, opts.out, opts.protoPackagePrefix), ...generateJavaFacade(model, opts)];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The facade classes alone (PillionFacade and one class per group). */
export function generateJavaFacade(model: ApiModel, opts: JavaSdkOptions): GeneratedFile[] {
  const facade = sdkFacade(model);
  const names = new JavaNames(opts.protoPackagePrefix);
  const dir = `${opts.out}/${opts.javaPackage.replaceAll(".", "/")}`;
  const groups = facade.groups.filter((g) => g.name !== "");
  const client = facade.groups.find((g) => g.name === "");
  const files: GeneratedFile[] = groups.map((g) => ({
    path: `${dir}/${groupClass(g.name)}.java`,
    content: render("java/group.java.hbs", {
      header: generatedHeader("//"),
      package: opts.javaPackage,
      className: groupClass(g.name),
      doc: g.doc,
      methods: g.methods.map((m) => viewMethod(m, names)),
    }),
  }));
  files.push({
    path: `${dir}/PillionFacade.java`,
    content: render("java/facade.java.hbs", {
      header: generatedHeader("//"),
      package: opts.javaPackage,
      groups: groups.map((g) => ({ className: groupClass(g.name), property: lowerCamel(g.name), doc: g.doc })),
      methods: (client?.methods ?? []).map((m) => viewMethod(m, names)),
    }),
  });
  return files;
}

// ---------------------------------------------------------------- naming

const reserved = new Set(
  "abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try void volatile while var record yield options request response transport".split(" "),
);

/** protoc's java naming of a field: underscores and digits start a capital. */
function javaCamel(name: string, capFirst: boolean): string {
  let out = "";
  let capNext = capFirst;
  for (const [i, c] of [...name].entries()) {
    if (c >= "a" && c <= "z") {
      out += capNext ? c.toUpperCase() : c;
      capNext = false;
    } else if (c >= "A" && c <= "Z") {
      out += i === 0 && !capFirst ? c.toLowerCase() : c;
      capNext = false;
    } else if (c >= "0" && c <= "9") {
      out += c;
      capNext = true;
    } else capNext = true;
  }
  return out;
}
const lowerCamel = (s: string) => javaCamel(s, false);
const upperCamel = (s: string) => javaCamel(s, true);
const groupClass = (group: string) => `${upperCamel(group)}Api`;
const identifier = (name: string) => (reserved.has(lowerCamel(name)) ? `${lowerCamel(name)}_` : lowerCamel(name));

class JavaNames {
  constructor(private readonly prefix: string) {}

  /** The Java class of a message or enum: managed mode's package plus the nested names. */
  type(desc: DescMessage | DescEnum): string {
    const t = desc.typeName;
    for (const [proto, java] of [
      ["google.protobuf.", "com.google.protobuf."],
      ["google.rpc.", "com.google.rpc."],
      ["google.api.", "com.google.api."],
    ] as const) {
      if (t.startsWith(proto)) return java + t.slice(proto.length);
    }
    return `${this.prefix}.${t}`;
  }

  /** grpc-java's class of a service's stubs. */
  grpcClass(packageName: string, service: string): string {
    return `${this.prefix}.${packageName}.${service}Grpc`;
  }

  scalar(s: ScalarType, boxed: boolean): string {
    switch (s) {
      case ScalarType.STRING:
        return "String";
      case ScalarType.BOOL:
        return boxed ? "Boolean" : "boolean";
      case ScalarType.BYTES:
        return "com.google.protobuf.ByteString";
      case ScalarType.INT64:
      case ScalarType.UINT64:
      case ScalarType.SINT64:
      case ScalarType.FIXED64:
      case ScalarType.SFIXED64:
        return boxed ? "Long" : "long";
      case ScalarType.FLOAT:
        return boxed ? "Float" : "float";
      case ScalarType.DOUBLE:
        return boxed ? "Double" : "double";
      default:
        return boxed ? "Integer" : "int";
    }
  }

  /** The Java type of a field's value (a List or Map for repeated and map fields). */
  field(f: DescField): string {
    switch (f.fieldKind) {
      case "scalar":
        return this.scalar(f.scalar, false);
      case "enum":
        return this.type(f.enum);
      case "message":
        return this.type(f.message);
      case "list": {
        const e = f.listKind === "scalar" ? this.scalar(f.scalar, true) : f.listKind === "enum" ? this.type(f.enum) : this.type(f.message);
        return `java.util.List<${e}>`;
      }
      case "map": {
        const k = this.scalar(f.mapKey, true);
        const v = f.mapKind === "scalar" ? this.scalar(f.scalar, true) : f.mapKind === "enum" ? this.type(f.enum) : this.type(f.message);
        return `java.util.Map<${k}, ${v}>`;
      }
    }
  }
}

// ---------------------------------------------------------------- methods

/** The builder expression that holds the last field of a path: b, b.getMessageBuilder(), ... */
function holder(path: SdkFieldPath): string {
  return ["b", ...path.fields.slice(0, -1).map((f) => `get${upperCamel(f.name)}Builder()`)].join(".");
}

function setter(f: DescField, value: string): string {
  const n = upperCamel(f.name);
  if (f.fieldKind === "list") return `addAll${n}(${value})`;
  if (f.fieldKind === "map") return `putAll${n}(${value})`;
  return `set${n}(${value})`;
}

function zeroCheck(f: DescField, expr: string): string {
  if (f.fieldKind === "enum") return `${expr}Value() == 0`;
  if (f.fieldKind !== "scalar") throw new Error(`default on ${f.name}: not a scalar`);
  switch (f.scalar) {
    case ScalarType.STRING:
      return `${expr}().isEmpty()`;
    case ScalarType.BOOL:
      return `!${expr}()`;
    default:
      return `${expr}() == 0`;
  }
}

function javaLiteral(f: DescField, v: SdkMethodModel["defaults"][number]["value"]): string {
  if (typeof v === "bigint") return `${v}L`;
  if (typeof v === "string") return JSON.stringify(v);
  if (f.fieldKind === "scalar" && f.scalar === ScalarType.FLOAT) return `${v}f`;
  return String(v);
}

function viewMethod(m: SdkMethodModel, names: JavaNames) {
  const reqType = names.type(m.rpc.input);
  const respType = names.type(m.rpc.output);
  const grpcClass = names.grpcClass(m.service.packageName, m.service.name);
  const stubMethod = lowerCamel(m.rpc.name);

  const params = m.params.map((p) => {
    const last = p.field.fields.at(-1)!;
    const payload = p.payload && p.payload.field.path.join(".") === p.field.path.join(".");
    return { name: identifier(p.name), type: payload ? "Object" : names.field(last), doc: oneLine(last.name) };
  });
  const build: string[] = [];
  for (const [i, p] of m.params.entries()) {
    if (p.payload) continue;
    build.push(`${holder(p.field)}.${setter(p.field.fields.at(-1)!, params[i]!.name)};`);
  }
  build.push("if (options != null) options.accept(b);");
  for (const [i, p] of m.params.entries()) {
    if (!p.payload) continue;
    const h = holder(p.field);
    const data = p.field.fields.at(-1)!;
    const ct = p.payload.contentType?.fields.at(-1);
    const ctName = ct ? upperCamel(ct.name) : undefined;
    build.push(`{`);
    build.push(`  Data.Encoded encoded = Data.encode(${params[i]!.name}, ${ctName ? `${h}.get${ctName}()` : "null"});`);
    build.push(`  ${h}.set${upperCamel(data.name)}(${p.payload.kind === "any" ? "Data.any(encoded.bytes())" : "encoded.bytes()"});`);
    if (ctName) build.push(`  if (${h}.get${ctName}().isEmpty()) ${h}.set${ctName}(encoded.contentType());`);
    build.push(`}`);
  }
  for (const d of m.defaults) {
    const f = d.field.fields.at(-1)!;
    const h = holder(d.field);
    const n = upperCamel(f.name);
    const set = f.fieldKind === "enum" ? `set${n}Value(${d.value})` : `set${n}(${javaLiteral(f, d.value)})`;
    build.push(`if (${zeroCheck(f, `${h}.get${n}`)}) ${h}.${set}; // ${d.text}`);
  }

  let returnType: string;
  let extract = "";
  switch (m.returns.kind) {
    case "none":
      returnType = "void";
      break;
    case "message":
      returnType = respType;
      break;
    case "field": {
      const f = m.returns.field.fields[0]!;
      returnType = names.field(f);
      extract = f.fieldKind === "list" ? `get${upperCamel(f.name)}List()` : f.fieldKind === "map" ? `get${upperCamel(f.name)}Map()` : `get${upperCamel(f.name)}()`;
      break;
    }
  }
  const doc = [m.doc, "", ...params.map((p) => `@param ${p.name} the request's ${p.doc}`), "@param options sets the request's other fields on its builder (may be null)", `@see ${m.rpc.serviceTypeName}/${m.rpc.name}`].join("\n").trim();
  return {
    name: lowerCamel(m.name),
    doc,
    deprecated: m.deprecated,
    streaming: m.streaming,
    params,
    paramList: params.map((p) => `${p.type} ${p.name}`).join(", "),
    argList: params.map((p) => p.name).join(", "),
    comma: params.length > 0 ? ", " : "",
    reqType,
    respType,
    grpcClass,
    stubMethod,
    build,
    void: returnType === "void",
    returnType,
    asyncType: returnType === "void" ? "Void" : boxed(returnType),
    extract,
  };
}

function boxed(t: string): string {
  return ({ boolean: "Boolean", int: "Integer", long: "Long", float: "Float", double: "Double" } as Record<string, string>)[t] ?? t;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
