/**
 * The TypeScript SDK's generated part (sdks/typescript/src/gen/): the
 * idiomatic facade over the RPC clients (from the SDK facade model), the
 * REST flavour's call plan (routes and REST JSON shapes of the facade's
 * RPCs), and the OpenAPI types of the REST API (openapi-typescript). The
 * protobuf-es stubs under gen/proto/ come from buf.gen.yaml.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScalarType, type DescField } from "@bufbuild/protobuf";
import { sdkFacade } from "../model/sdk-facade.js";
import type { SdkFieldPath, SdkMethodModel, SdkRequestShape } from "../model/sdk-types.js";
import { docOf } from "../model/source.js";
import type { ApiModel } from "../model/types.js";
import { generatedHeader, render } from "../templates.js";
import { buildRestPlan, type RestCall, type RestShape } from "./sdk-rest-plan.js";
import type { GeneratedFile } from "./types.js";

export interface TypeScriptSdkOptions {
  /** Folder of the generated files, e.g. "sdks/typescript/src/gen". */
  readonly out: string;
  /** Import path, from `out`, of the protobuf-es stubs, e.g. "./proto". */
  readonly protoImportRoot: string;
  /** The OpenAPI document (JSON text) to type the REST flavour with. */
  readonly openApiJson: string;
}

export function generateTypeScriptSdk(model: ApiModel, opts: TypeScriptSdkOptions): GeneratedFile[] {
  const facade = sdkFacade(model);
  const plan = buildRestPlan(model, facade);
  return [
    { path: `${opts.out}/facade.ts`, content: facadeFile(opts, facade.groups) },
    { path: `${opts.out}/rest-plan.ts`, content: restPlanFile(plan.calls, plan.shapes) },
    { path: `${opts.out}/openapi.ts`, content: openApiTypes(opts.openApiJson) },
  ];
}

// ---------------------------------------------------------------- naming

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => {
  const c = camel(s);
  return c.charAt(0).toUpperCase() + c.slice(1);
};
const reserved = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await options callOptions request response".split(" "),
);
/** A parameter identifier: the field's name in camelCase, with "_" appended when it is reserved. */
const identifier = (name: string) => (reserved.has(camel(name)) ? `${camel(name)}_` : camel(name));
const tuple = (names: readonly string[]) => `[${names.map((n) => JSON.stringify(n)).join(", ")}]`;
const localPath = (p: SdkFieldPath | readonly DescField[]) => ("fields" in p ? p.fields : p).map((f) => f.localName);

/** protoc-gen-es's exported name of a service descriptor (top-level services only). */
function serviceSymbol(typeName: string, pkg: string): string {
  return typeName.slice(pkg.length + 1).replaceAll(".", "_");
}

// ---------------------------------------------------------------- facade

interface ViewParam {
  readonly name: string;
  readonly type: string;
  readonly doc: string;
}

interface ViewOption {
  readonly name: string;
  readonly type: string;
  readonly doc: string;
}

interface ViewMethod {
  readonly name: string;
  readonly doc: string;
  readonly deprecated: boolean;
  readonly typeParams: string;
  readonly params: readonly ViewParam[];
  /** "" when the method takes no options. */
  readonly optionsType: string;
  readonly options: readonly ViewOption[];
  readonly methodRef: string;
  readonly requestLiteral: string;
  readonly prepare: readonly string[];
  readonly streaming: boolean;
  readonly returnType: string;
  readonly finish: readonly string[];
  /** "" when the method returns nothing. */
  readonly returnExpr: string;
  readonly jsdocText: string;
}

function facadeFile(opts: TypeScriptSdkOptions, groups: ReturnType<typeof sdkFacade>["groups"]): string {
  const imports = new Map<string, Set<string>>();
  const methodRef = (m: SdkMethodModel) => {
    const file = `${opts.protoImportRoot}/${m.service.file.replace(/\.proto$/, "_pb.js")}`;
    const symbol = serviceSymbol(m.service.typeName, m.service.packageName);
    if (!imports.has(file)) imports.set(file, new Set());
    imports.get(file)!.add(symbol);
    return `${symbol}.method.${m.rpc.localName}`;
  };
  const view = groups.map((g) => ({
    name: g.name,
    property: camel(g.name),
    className: g.name ? `${pascal(g.name)}Api` : "",
    doc: g.doc,
    methods: g.methods.map((m) => viewMethod(m, methodRef(m), g.name)),
  }));
  return render("typescript/facade.ts.hbs", {
    header: generatedHeader("//"),
    imports: [...imports].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, symbols]) => ({ from, symbols: [...symbols].sort().join(", ") })),
    groups: view.filter((g) => g.name !== ""),
    client: view.find((g) => g.name === "") ?? { methods: [] },
  });
}

function viewMethod(m: SdkMethodModel, ref: string, group: string): ViewMethod {
  const name = camel(m.name);
  const inType = `RequestInit<typeof ${ref}>`;
  const outType = `ResponseOf<typeof ${ref}>`;
  const decoded = m.decodes.length > 0;
  const params: ViewParam[] = m.params.map((p) => ({
    name: identifier(p.name),
    type: paramType(inType, p.field, m),
    doc: docOf(p.field.fields.at(-1)!),
  }));
  const optionsType = m.options.length > 0 ? `${pascal(group)}${pascal(m.name)}Options` : "";
  const options: ViewOption[] = m.options.map((o) => ({
    name: o.field.fields.at(-1)!.localName,
    type: paramType(inType, o.field, m),
    doc: docOf(o.field.fields.at(-1)!),
  }));
  const prepare: string[] = [];
  for (const p of m.payloads) {
    const ct = p.contentType ? `, ${JSON.stringify(p.contentType.fields.at(-1)!.localName)}` : "";
    prepare.push(`encodeData(request, ${tuple(localPath(p.field))}, ${JSON.stringify(p.kind)}${ct});`);
  }
  for (const d of m.defaults) {
    prepare.push(`setDefault(request, ${tuple(localPath(d.field))}, ${defaultLiteral(d.value)}); // ${d.text}`);
  }
  const finish: string[] = [];
  for (const d of m.decodes) {
    const ct = d.contentType ? `, ${JSON.stringify(d.contentType.fields.at(-1)!.localName)}` : "";
    finish.push(`decodeData(response, ${tuple(localPath(d.field))}, ${JSON.stringify(d.kind)}, ${JSON.stringify(camel(d.as))}${ct});`);
  }
  let returnType: string;
  let returnExpr = "";
  const withDecodes = (base: string, drop: number) =>
    m.decodes.reduce((t, d) => `WithDecoded<${t}, ${tuple(localPath(d.field).slice(drop))}, ${JSON.stringify(camel(d.as))}, T>`, base);
  switch (m.returns.kind) {
    case "none":
      returnType = "void";
      break;
    case "message":
      returnType = withDecodes(outType, 0);
      returnExpr = decoded ? `response as ${returnType}` : "response";
      break;
    case "field": {
      const f = m.returns.field.fields[0]!;
      const base = `${outType}[${JSON.stringify(f.localName)}]`;
      returnType = withDecodes(base, 1);
      returnExpr = decoded ? `response.${f.localName} as ${returnType}` : `response.${f.localName}`;
      break;
    }
  }
  const jsdoc = [
    m.doc,
    "",
    ...params.map((p) => `@param ${p.name} ${oneLine(p.doc)}`.trimEnd()),
    ...(optionsType ? ["@param options the other request fields"] : []),
    "@param callOptions signal, timeout and headers of this call",
    ...(decoded ? ["@typeParam T the type of the decoded data"] : []),
    ...(m.deprecated ? ["@deprecated the RPC is deprecated"] : []),
    `@see RPC \`${m.rpc.serviceTypeName}/${m.rpc.name}\``,
  ];
  return {
    name,
    doc: m.doc,
    deprecated: m.deprecated,
    typeParams: decoded ? "<T = unknown>" : "",
    params,
    optionsType,
    options,
    methodRef: ref,
    requestLiteral: requestLiteral(m.request, "    "),
    prepare,
    streaming: m.streaming,
    returnType: m.streaming ? `AsyncIterable<${returnType}>` : `Promise<${returnType}>`,
    finish,
    returnExpr,
    jsdocText: jsdoc.join("\n").trim(),
  };
}

/** The TypeScript type of a parameter or option: the request field's init type, with payload fields as any value. */
function paramType(inType: string, field: SdkFieldPath, m: SdkMethodModel): string {
  const path = localPath(field);
  let t = plainType(field.fields.at(-1)!) ?? `At<${inType}, ${tuple(path)}>`;
  const key = field.path.join(".");
  for (const p of m.payloads) {
    const pk = p.field.path.join(".");
    if (pk === key) return "unknown";
    if (pk.startsWith(`${key}.`)) t = `WithData<${t}, ${tuple(localPath(p.field).slice(path.length))}>`;
  }
  return t;
}

/** The TypeScript type of a scalar field, a list of scalars or a map of scalars, as protobuf-es takes it; undefined for enums and messages. */
function plainType(f: DescField): string | undefined {
  const scalar = (s: ScalarType) => {
    switch (s) {
      case ScalarType.STRING:
        return "string";
      case ScalarType.BOOL:
        return "boolean";
      case ScalarType.BYTES:
        return "Uint8Array";
      case ScalarType.INT64:
      case ScalarType.UINT64:
      case ScalarType.SINT64:
      case ScalarType.FIXED64:
      case ScalarType.SFIXED64:
        return "bigint";
      default:
        return "number";
    }
  };
  switch (f.fieldKind) {
    case "scalar":
      return scalar(f.scalar);
    case "list":
      return f.listKind === "scalar" ? `${scalar(f.scalar)}[]` : undefined;
    case "map":
      return f.mapKind === "scalar" ? `{ [key: ${f.mapKey === ScalarType.STRING ? "string" : "string | number"}]: ${scalar(f.scalar)} }` : undefined;
    default:
      return undefined;
  }
}

function requestLiteral(shape: SdkRequestShape, indent: string): string {
  const lines = shape.fields.map((f) => {
    const key = f.field.localName;
    switch (f.kind) {
      case "param":
        return `${indent}  ${key}: ${identifier(f.param.name)},`;
      case "option":
        return `${indent}  ${key}: options.${f.option.field.fields.at(-1)!.localName},`;
      case "open":
        return `${indent}  ${key}: ${requestLiteral(f.shape, `${indent}  `)},`;
    }
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function defaultLiteral(v: SdkMethodModel["defaults"][number]["value"]): string {
  return typeof v === "bigint" ? `${v}n` : JSON.stringify(v);
}

// ---------------------------------------------------------------- REST plan

function restPlanFile(calls: readonly RestCall[], shapes: readonly RestShape[]): string {
  const json = (p: readonly DescField[]) => tuple(p.map((f) => f.jsonName));
  const callView = calls.map((c) => {
    const props: [string, string][] = [
      ["handler", JSON.stringify(c.handler)],
      ["verb", JSON.stringify(c.verb)],
      ["path", JSON.stringify(c.path)],
      ["vars", `[${c.vars.map((v) => `{ field: ${json(v.field)}, deep: ${v.deep} }`).join(", ")}]`],
    ];
    if (c.query.length) props.push(["query", `[${c.query.map((q) => `{ name: ${JSON.stringify(q.name)}, field: ${json(q.field)}${q.repeated ? ", repeated: true" : ""} }`).join(", ")}]`]);
    if (c.metadataQuery) props.push(["metadataQuery", json(c.metadataQuery)]);
    if (c.requestHeaders.length) props.push(["requestHeaders", `[${c.requestHeaders.map((h) => `{ header: ${JSON.stringify(h.header)}, field: ${json(h.field)} }`).join(", ")}]`]);
    if (c.body.kind === "all") props.push(["body", `"*"`]);
    if (c.body.kind === "field") props.push(["body", JSON.stringify(c.body.field.jsonName)]);
    if (c.rawBody) props.push(["rawBody", tuple(localPath(c.rawBody))]);
    if (c.contentTypeField) props.push(["contentTypeField", tuple(localPath(c.contentTypeField))]);
    if (c.responseBody) props.push(["responseBody", JSON.stringify(c.responseBody.jsonName)]);
    if (c.rawResponse) props.push(["rawResponse", tuple(localPath(c.rawResponse))]);
    if (c.responseContentType) props.push(["responseContentType", tuple(localPath(c.responseContentType))]);
    if (c.responseHeaders.length) props.push(["responseHeaders", `[${c.responseHeaders.map((h) => `{ header: ${JSON.stringify(h.header)}, field: ${tuple(localPath(h.field))} }`).join(", ")}]`]);
    if (c.responseMetadataHeaders) props.push(["responseMetadataHeaders", tuple(localPath(c.responseMetadataHeaders))]);
    return { key: c.key, props: props.filter((p) => p[1] !== "undefined").map(([key, value]) => ({ key, value })) };
  });
  const shapeView = shapes.map((s) => ({
    typeName: s.message.typeName,
    fields: s.fields.map((f) => {
      const p: string[] = [`json: ${JSON.stringify(f.field.jsonName)}`];
      if (f.rest) p.push(`rest: ${JSON.stringify(f.rest)}`);
      if (f.omit) p.push("omit: true");
      if (f.rawJson) p.push("rawJson: true");
      if (f.unwrap) p.push(`unwrap: ${JSON.stringify(f.unwrap.jsonName)}`);
      if (f.inline) p.push(`inline: ${tuple(f.inline)}`);
      if (f.enumNumber) p.push("enumNumber: true");
      if (f.enumValues) p.push(`enumValues: { ${f.enumValues.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ")} }`);
      if (f.message) p.push(`message: ${JSON.stringify(f.message.typeName)}`);
      const container = f.field.fieldKind === "list" ? "list" : f.field.fieldKind === "map" ? "map" : undefined;
      if (container) p.push(`container: "${container}"`);
      return `{ ${p.join(", ")} }`;
    }),
  }));
  return render("typescript/rest-plan.ts.hbs", { header: generatedHeader("//"), calls: callView, shapes: shapeView });
}

// ---------------------------------------------------------------- OpenAPI types

const require = createRequire(import.meta.url);

/** Runs openapi-typescript on the document: the `paths`, `components` and `operations` types of the REST API. */
function openApiTypes(openApiJson: string): string {
  const cli = join(require.resolve("openapi-typescript/package.json"), "..", "bin", "cli.js");
  const dir = mkdtempSync(join(tmpdir(), "pillion-openapi-ts-"));
  try {
    const input = join(dir, "openapi.json");
    const output = join(dir, "openapi.ts");
    writeFileSync(input, openApiJson);
    execFileSync(process.execPath, [cli, input, "-o", output, "--alphabetize"], { stdio: ["ignore", "pipe", "pipe"] });
    const text = readFileSync(output, "utf8");
    return `${generatedHeader("//")}\n// The REST API's types, from sdks/openapi/openapi.json by openapi-typescript.\n\n${text}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
