import { ScalarType, type DescEnum, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { docOf } from "../model/source.js";
import type { ApiModel, FieldRef, HttpBinding, MethodModel, ServiceModel } from "../model/types.js";
import type { GeneratedFile } from "./types.js";

export interface OpenApiOptions {
  /** Output path without extension; ".json" is appended. */
  readonly out: string;
  readonly title?: string;
  readonly version?: string;
}

type Schema = Record<string, unknown>;
type Operation = Record<string, unknown>;

const errorSchemaName = "pillion.ErrorResponse";
const allVerbs = ["get", "put", "post", "delete", "patch"] as const;

/**
 * OpenAPI 3.1 for every REST route, with component schemas built from the
 * messages under the same REST JSON rules the gateway's codec applies.
 */
export function generateOpenApi(model: ApiModel, opts: OpenApiOptions): GeneratedFile[] {
  const schemas = new SchemaBuilder(model);
  const paths: Record<string, Record<string, Operation>> = {};
  const usedIds = new Set<string>();
  const tags = new Map<string, string>();

  for (const service of model.services) {
    for (const method of service.methods) {
      method.http.forEach((binding, index) => {
        const tag = tagOf(method);
        tags.set(tag, tags.get(tag) ?? `${tag} building block`);
        const verbs = binding.verb === "*" ? allVerbs : [binding.verb.toLowerCase()];
        for (const verb of verbs) {
          let id = `${service.name}_${method.name}${index > 0 ? `_${index + 1}` : ""}`;
          if (binding.verb === "*") id += `_${verb}`;
          if (usedIds.has(id)) throw new Error(`duplicate operationId ${id}`);
          usedIds.add(id);
          const key = openApiPath(binding);
          paths[key] ??= {};
          paths[key]![verb] = operation(schemas, service, method, binding, verb, id, tag);
        }
      });
    }
  }

  const doc = {
    openapi: "3.1.0",
    info: {
      title: opts.title ?? "pillion runtime API",
      version: opts.version ?? "v1",
      summary: "Dapr-compatible building-block API of the pillion sidecar, generated from its protos.",
      description:
        "Every route here is generated from the google.api.http and pillion.api.v1 options in api/. " +
        "The same API is served over gRPC, Connect and gRPC-Web on the same ports.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: "http://localhost:3500", description: "local sidecar (default HTTP port)" }],
    security: [{}, { daprApiToken: [] }],
    tags: [...tags.keys()].sort().map((name) => ({ name, description: tags.get(name) })),
    paths: sortKeys(paths),
    components: {
      securitySchemes: {
        daprApiToken: {
          type: "apiKey",
          in: "header",
          name: "dapr-api-token",
          description: "Required on every route but the health routes when the sidecar runs with DAPR_API_TOKEN.",
        },
      },
      schemas: { ...schemas.all(), [errorSchemaName]: errorSchema() },
    },
  };
  return [{ path: `${opts.out}.json`, content: JSON.stringify(doc, null, 2) + "\n" }];
}

function sortKeys<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => a.localeCompare(b)));
}

/** Tag an operation by the proto file that declares its request message: state.proto → "state". */
function tagOf(method: MethodModel): string {
  const file = method.input.file.proto.name;
  const base = file.slice(file.lastIndexOf("/") + 1).replace(/\.proto$/, "");
  return base === "dapr" ? "runtime" : base;
}

/** "/v1.0/invoke/{id}/method/{message.method=**}" → "/v1.0/invoke/{id}/method/{message.method}". */
function openApiPath(b: HttpBinding): string {
  const parts: string[] = [];
  const segs = b.template.segments;
  for (let i = 0; i < segs.length; i++) {
    const v = b.template.variables.find((x) => x.start === i);
    if (v) {
      parts.push(`{${v.fieldPath.join(".")}}`);
      i = v.end - 1;
      continue;
    }
    const s = segs[i]!;
    parts.push(s.kind === "literal" ? s.value : s.kind === "wildcard" ? "*" : "**");
  }
  return "/" + parts.join("/") + (b.template.verb ? `:${b.template.verb}` : "");
}

function operation(
  schemas: SchemaBuilder,
  service: ServiceModel,
  method: MethodModel,
  binding: HttpBinding,
  verb: string,
  operationId: string,
  tag: string,
): Operation {
  const rest = method.rest;
  const parameters: Schema[] = [];
  const bound = new Set<string>();
  binding.template.variables.forEach((v, i) => {
    const ref = binding.pathFields[i]!;
    bound.add(ref.path[0]!);
    const deep = binding.template.segments[v.end - 1]?.kind === "deep-wildcard" || v.end - v.start > 1;
    parameters.push({
      name: v.fieldPath.join("."),
      in: "path",
      required: true,
      description: deep ? "The rest of the path; may contain \"/\"." : schemas.fieldDoc(ref.fields.at(-1)!),
      schema: schemas.scalarSchema(ref.fields.at(-1)!),
    });
  });
  for (const h of rest.requestHeaders) {
    bound.add(h.field.path[0]!);
    parameters.push({ name: h.header, in: "header", required: false, schema: { type: "string" }, description: schemas.fieldDoc(h.field.fields.at(-1)!) });
  }
  if (rest.contentTypeField) bound.add(rest.contentTypeField.path[0]!);
  if (rest.metadataQuery) {
    bound.add(rest.metadataQuery.path[0]!);
    parameters.push({
      name: "metadata",
      in: "query",
      required: false,
      style: "form",
      explode: true,
      description: "Metadata for the component, as query parameters named `metadata.<key>`.",
      schema: { type: "object", additionalProperties: { type: "string" } },
      "x-pillion-query-prefix": "metadata.",
    });
  }
  if (rest.rawBody) bound.add(rest.rawBody.path[0]!);

  let requestBody: Schema | undefined;
  if (verb === "get" || verb === "delete") {
    // no body
  } else if (rest.handler !== "transcode") {
    requestBody = { required: false, content: { "*/*": { schema: {} } }, description: "Passed to the target unchanged." };
  } else if (rest.rawBody) {
    requestBody = { required: false, content: { "*/*": { schema: {} } }, description: schemas.fieldDoc(rest.rawBody.fields.at(-1)!) };
  } else if (binding.body.kind === "all") {
    requestBody = { required: false, content: { "application/json": { schema: schemas.messageSchema(method.input, bound) } } };
  } else if (binding.body.kind === "field") {
    bound.add(binding.body.field.path[0]!);
    requestBody = { required: true, content: { "application/json": { schema: schemas.fieldSchema(binding.body.field.fields[0]!) } } };
  }
  if (binding.body.kind !== "all" && rest.handler === "transcode") {
    // Plain transcoding: every field not bound elsewhere may come as a query parameter.
    for (const f of method.input.fields) {
      if (bound.has(f.name) || !schemas.isQueryable(f)) continue;
      const name = schemas.jsonName(f);
      if (name === undefined) continue;
      parameters.push({ name, in: "query", required: false, description: schemas.fieldDoc(f), schema: schemas.fieldSchema(f), ...(f.fieldKind === "list" && { explode: true }) });
    }
  }

  const responses: Record<string, Schema> = {};
  const success: Schema = { description: "Success." };
  const headers: Record<string, Schema> = {};
  for (const h of rest.responseHeaders) headers[h.header] = { schema: { type: "string" }, description: schemas.fieldDoc(h.field.fields.at(-1)!) };
  if (rest.responseMetadataHeaders) {
    headers["metadata.*"] = { schema: { type: "string" }, description: "Response metadata, one header `metadata.<key>` per entry." };
  }
  if (Object.keys(headers).length) success["headers"] = headers;
  if (rest.handler !== "transcode") {
    success["description"] = "The target's response, passed through with its status and headers.";
    success["content"] = { "*/*": { schema: {} } };
  } else if (rest.rawResponse) {
    success["content"] = { "*/*": { schema: {} } };
    success["description"] = `Success; the body is ${schemas.fieldDoc(rest.rawResponse.fields.at(-1)!) || "the raw value"}.`;
  } else if (binding.responseBody) {
    success["content"] = { "application/json": { schema: schemas.fieldSchema(binding.responseBody.fields[0]!) } };
  } else if (method.output.typeName !== "google.protobuf.Empty" && rest.successStatus !== 204) {
    success["content"] = { "application/json": { schema: schemas.ref(method.output) } };
  }
  responses[String(rest.successStatus)] = success;
  if (rest.noContentWhenEmpty && rest.successStatus !== 204) {
    responses["204"] = { description: rest.noContentWhenEmpty === "*" ? "The result is empty." : `No ${fieldRefText(rest.noContentWhenEmpty)}: nothing found.` };
  }
  const err = { content: { "application/json": { schema: { $ref: `#/components/schemas/${errorSchemaName}` } } } };
  responses["400"] = { description: "Malformed request or unknown component.", ...err };
  if (rest.handler === "transcode") responses["500"] = { description: "The component or the runtime failed.", ...err };
  responses["default"] = { description: "Error.", ...err };

  const summary = firstSentence(method.doc) || `${method.name}`;
  const op: Operation = {
    operationId,
    tags: [tag],
    summary,
    description: [method.doc, `gRPC: \`${service.typeName}/${method.name}\`.`].filter(Boolean).join("\n\n"),
    ...(method.deprecated && { deprecated: true }),
    ...(parameters.length && { parameters }),
    ...(requestBody && { requestBody }),
    responses,
  };
  if (service.typeName === "pillion.runtime.v1.HealthService") op["security"] = [];
  return op;
}

function fieldRefText(ref: FieldRef): string {
  return ref.path.join(".");
}

function firstSentence(text: string): string {
  const line = text.split("\n\n")[0]!.replace(/\s+/g, " ").trim();
  const m = /^(.*?[.!?])(\s|$)/.exec(line);
  return (m ? m[1]! : line).slice(0, 120);
}

function errorSchema(): Schema {
  return {
    type: "object",
    description: "The error body of every failed call, as Dapr answers it.",
    required: ["errorCode", "message"],
    properties: {
      errorCode: { type: "string", description: "Dapr's error code, e.g. ERR_STATE_STORE_NOT_FOUND.", examples: ["ERR_STATE_STORE_NOT_FOUND"] },
      message: { type: "string", description: "What went wrong, for people." },
      details: { type: "array", description: "google.rpc error details (ErrorInfo, ResourceInfo, ...).", items: { type: "object" } },
    },
  };
}

/** Builds component schemas under the REST JSON rules (names, raw JSON, unwrapped and omitted fields, enum spellings). */
class SchemaBuilder {
  private readonly schemas = new Map<string, Schema>();

  constructor(private readonly model: ApiModel) {}

  all(): Record<string, Schema> {
    return Object.fromEntries([...this.schemas.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  ref(msg: DescMessage): Schema {
    const wkt = wellKnown(msg);
    if (wkt) return wkt;
    if (!this.schemas.has(msg.typeName)) {
      this.schemas.set(msg.typeName, {}); // placeholder against recursion
      this.schemas.set(msg.typeName, this.messageSchema(msg, new Set()));
    }
    return { $ref: `#/components/schemas/${msg.typeName}` };
  }

  /** The REST JSON name of a field, or undefined when REST leaves it out. */
  jsonName(f: DescField): string | undefined {
    const o = this.model.options.restField(f);
    if (o.omit) return undefined;
    return o.name || f.jsonName;
  }

  fieldDoc(f: DescField): string {
    return docOf(f);
  }

  isQueryable(f: DescField): boolean {
    if (f.fieldKind === "scalar" || f.fieldKind === "enum") return true;
    if (f.fieldKind === "list") return f.listKind === "scalar" || f.listKind === "enum";
    return false;
  }

  messageSchema(msg: DescMessage, exclude: ReadonlySet<string>): Schema {
    const properties: Record<string, Schema> = {};
    for (const f of msg.fields) {
      if (exclude.has(f.name)) continue;
      const name = this.jsonName(f);
      if (name === undefined) continue;
      const s = this.fieldSchema(f);
      const doc = this.fieldDoc(f);
      properties[name] = doc && !("$ref" in s) ? { ...s, description: doc } : s;
    }
    const doc = docOf(msg);
    return { type: "object", ...(doc && { description: doc }), properties };
  }

  fieldSchema(f: DescField): Schema {
    const o = this.model.options.restField(f);
    switch (f.fieldKind) {
      case "scalar":
        return o.rawJson ? { description: "Any JSON value." } : scalar(f.scalar);
      case "enum":
        return this.enumSchema(f.enum);
      case "message":
        if (o.unwrap) return { type: "string" };
        return this.ref(f.message);
      case "list": {
        const item =
          f.listKind === "scalar" ? (o.rawJson ? {} : scalar(f.scalar)) : f.listKind === "enum" ? this.enumSchema(f.enum) : this.ref(f.message);
        return { type: "array", items: item };
      }
      case "map": {
        const value =
          f.mapKind === "scalar" ? scalar(f.scalar) : f.mapKind === "enum" ? this.enumSchema(f.enum) : this.ref(f.message);
        return { type: "object", additionalProperties: value };
      }
    }
  }

  scalarSchema(f: DescField): Schema {
    if (f.fieldKind === "enum") return this.enumSchema(f.enum);
    if (f.fieldKind === "scalar") return scalar(f.scalar);
    return { type: "string" };
  }

  enumSchema(e: DescEnum): Schema {
    const names = e.values.flatMap((v) => {
      const rest = this.model.options.restValue(v);
      return rest ? [rest, v.name] : [v.name];
    });
    return { type: "string", enum: names };
  }
}

function scalar(t: ScalarType): Schema {
  switch (t) {
    case ScalarType.STRING:
      return { type: "string" };
    case ScalarType.BYTES:
      return { type: "string", contentEncoding: "base64" };
    case ScalarType.BOOL:
      return { type: "boolean" };
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return { type: "number" };
    case ScalarType.INT32:
    case ScalarType.SINT32:
    case ScalarType.SFIXED32:
      return { type: "integer", format: "int32" };
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      return { type: "integer", format: "int64", minimum: 0 };
    default:
      return { type: ["string", "integer"], format: "int64", description: "64-bit integer; encoded as a string." };
  }
}

function wellKnown(msg: DescMessage): Schema | undefined {
  switch (msg.typeName) {
    case "google.protobuf.Timestamp":
      return { type: "string", format: "date-time" };
    case "google.protobuf.Duration":
      return { type: "string", pattern: "^-?[0-9]+(\\.[0-9]+)?s$", description: "A duration such as \"1.5s\"." };
    case "google.protobuf.Empty":
      return { type: "object" };
    case "google.protobuf.Struct":
      return { type: "object", additionalProperties: true };
    case "google.protobuf.Value":
      return { description: "Any JSON value." };
    case "google.protobuf.ListValue":
      return { type: "array", items: {} };
    case "google.protobuf.Any":
      return { type: "object", properties: { "@type": { type: "string" } }, required: ["@type"], additionalProperties: true };
    case "google.protobuf.FieldMask":
      return { type: "string" };
    case "google.protobuf.StringValue":
      return { type: "string" };
    case "google.protobuf.BoolValue":
      return { type: "boolean" };
    case "google.protobuf.Int32Value":
    case "google.protobuf.UInt32Value":
      return { type: "integer" };
    case "google.protobuf.Int64Value":
    case "google.protobuf.UInt64Value":
      return { type: ["string", "integer"], format: "int64" };
    case "google.protobuf.DoubleValue":
    case "google.protobuf.FloatValue":
      return { type: "number" };
    case "google.protobuf.BytesValue":
      return { type: "string", contentEncoding: "base64" };
    default:
      return undefined;
  }
}
