import { ScalarType, type DescEnum, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { compareText } from "../model/build-model.js";
import { heldMessage, inlinedMessage, isWellKnown, queryParameters, restProperties } from "../model/rest-json.js";
import { docOf } from "../model/source.js";
import { reachableMessages } from "../model/validate-rest-fields.js";
import { tokenExemptServices } from "../model/token-exempt.js";
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
const truthy = '"1", "t", "true", "y", "yes" or "on" (any case) means true; any other value false.';

/**
 * OpenAPI 3.1 for every REST route, with component schemas built from the
 * messages under the same REST JSON rules the gateway's codec applies
 * (rest_field name, omit, raw_json, unwrap, inline, emit_unpopulated,
 * enum_number; rest_value spellings).
 */
export function generateOpenApi(model: ApiModel, opts: OpenApiOptions): GeneratedFile[] {
  const schemas = new SchemaBuilder(model, requestBodyMessages(model));
  const paths: Record<string, Record<string, Operation>> = {};
  const usedIds = new Set<string>();
  const tags = new Set<string>();
  /** Path shape (variables as "{}") → the parameter names its OpenAPI path uses. */
  const shapeNames = new Map<string, readonly string[]>();

  for (const service of model.services) {
    for (const method of service.methods) {
      method.http.forEach((binding, index) => {
        const tag = tagOf(method);
        tags.add(tag);
        const shape = pathShape(binding);
        const names = shapeNames.get(shape) ?? binding.pathFields.map((f) => parameterName(model, f));
        shapeNames.set(shape, names);
        const key = openApiPath(binding, names);
        const verbs = binding.verb === "*" ? allVerbs : [binding.verb.toLowerCase()];
        for (const verb of verbs) {
          let id = `${service.name}_${method.name}${index > 0 ? `_${index + 1}` : ""}`;
          if (binding.verb === "*") id += `_${verb}`;
          if (usedIds.has(id)) throw new Error(`duplicate operationId ${id}`);
          usedIds.add(id);
          paths[key] ??= {};
          if (paths[key]![verb]) throw new Error(`two operations for ${verb.toUpperCase()} ${key}; the model's route conflict check should have caught this`);
          paths[key]![verb] = operation(schemas, service, method, binding, verb, id, tag, names);
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
    servers: [
      {
        url: "http://{host}:{port}",
        description: "The sidecar's HTTP port (--dapr-http-port).",
        variables: {
          host: { default: "127.0.0.1", description: "Where the sidecar runs; usually beside the app." },
          port: { default: "3500", description: "The sidecar's HTTP port." },
        },
      },
    ],
    security: [{}, { daprApiToken: [] }],
    tags: [...tags].sort(compareText).map((name) => ({ name, description: `The ${name} building block.` })),
    paths: sortKeys(paths),
    components: {
      securitySchemes: {
        daprApiToken: {
          type: "apiKey",
          in: "header",
          name: "dapr-api-token",
          description: "Required on every route but the health and site routes (SDK downloads, OpenAPI document, API reference) when the sidecar runs with DAPR_API_TOKEN.",
        },
      },
      schemas: sortKeys({ ...schemas.all(), [errorSchemaName]: errorSchema() }),
    },
  };
  return [{ path: `${opts.out}.json`, content: JSON.stringify(doc, null, 2) + "\n" }];
}

function sortKeys<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => compareText(a, b)));
}

/** Tag an operation by the proto file that declares its request message: state.proto → "state". */
function tagOf(method: MethodModel): string {
  const file = method.input.file.proto.name;
  const base = file.slice(file.lastIndexOf("/") + 1).replace(/\.proto$/, "");
  return base === "dapr" ? "runtime" : base;
}

/** The name of a path parameter: the proto field path without inlined steps ({job.name} with job inlined is "name"). */
function parameterName(model: ApiModel, ref: FieldRef): string {
  return ref.fields
    .filter((f, i) => i === ref.fields.length - 1 || !inlinedMessage(model.options, f))
    .map((f) => f.name)
    .join(".");
}

/** The path with each variable as "{}": routes of one shape share one OpenAPI path. */
function pathShape(b: HttpBinding): string {
  return openApiPath(b, b.template.variables.map(() => ""));
}

/** "/v1.0/invoke/{id}/method/{message.method=**}" → "/v1.0/invoke/{id}/method/{message.method}". */
function openApiPath(b: HttpBinding, names: readonly string[]): string {
  const parts: string[] = [];
  const segs = b.template.segments;
  for (let i = 0; i < segs.length; i++) {
    const vi = b.template.variables.findIndex((x) => x.start === i);
    if (vi >= 0) {
      parts.push(`{${names[vi]}}`);
      i = b.template.variables[vi]!.end - 1;
      continue;
    }
    const s = segs[i]!;
    parts.push(s.kind === "literal" ? s.value : s.kind === "wildcard" ? "*" : "**");
  }
  return "/" + parts.join("/") + (b.template.verb ? `:${b.template.verb}` : "");
}

/**
 * Whether a route's request and response have the transcoded shape: the
 * default handler, and hand-written handlers that only add to it (bulk
 * publish decodes each entry's event by its contentType). Proxy handlers pass
 * bodies through unchanged.
 */
function keepsRestShape(handler: MethodModel["rest"]["handler"]): boolean {
  return handler === "transcode" || handler === "pubsub-bulk-publish";
}

/** Messages that appear in JSON request bodies; the others are only ever written by the gateway. */
function requestBodyMessages(model: ApiModel): ReadonlySet<DescMessage> {
  const roots: DescMessage[] = [];
  for (const s of model.services) {
    for (const m of s.methods) {
      if (!keepsRestShape(m.rest.handler) || m.rest.rawBody) continue;
      for (const b of m.http) {
        if (b.body.kind === "all") roots.push(m.input);
        if (b.body.kind === "field") {
          const held = heldMessage(b.body.field.fields[0]!);
          if (held) roots.push(held);
        }
      }
    }
  }
  return new Set(reachableMessages(roots));
}

function operation(
  schemas: SchemaBuilder,
  service: ServiceModel,
  method: MethodModel,
  binding: HttpBinding,
  verb: string,
  operationId: string,
  tag: string,
  pathNames: readonly string[],
): Operation {
  const rest = method.rest;
  const parameters: Schema[] = [];
  const bound: string[][] = [];
  binding.template.variables.forEach((v, i) => {
    const ref = binding.pathFields[i]!;
    bound.push([...ref.path]);
    const deep = binding.template.segments[v.end - 1]?.kind === "deep-wildcard" || v.end - v.start > 1;
    const doc = schemas.fieldDoc(ref.fields.at(-1)!);
    parameters.push({
      name: pathNames[i],
      in: "path",
      required: true,
      ...((doc || deep) && { description: [doc, deep ? 'The rest of the path; it may contain "/".' : ""].filter(Boolean).join(" ") }),
      schema: schemas.textSchema(ref.fields.at(-1)!),
    });
  });
  for (const h of rest.requestHeaders) {
    bound.push([...h.field.path]);
    const leaf = h.field.fields.at(-1)!;
    const isBool = leaf.fieldKind === "scalar" && leaf.scalar === ScalarType.BOOL;
    const doc = [schemas.fieldDoc(leaf), isBool ? truthy : ""].filter(Boolean).join(" ");
    parameters.push({ name: h.header, in: "header", required: false, ...(doc && { description: doc }), schema: { type: "string" } });
  }
  if (rest.contentTypeField) bound.push([...rest.contentTypeField.path]);
  if (rest.rawBody) bound.push([...rest.rawBody.path]);
  // Fields the body cannot set: a body "*" still carries the metadata map, which the query is merged into.
  const bodyBound = [...bound];
  if (rest.metadataQuery) {
    bound.push([...rest.metadataQuery.path]);
    parameters.push({
      name: "metadata",
      in: "query",
      required: false,
      style: "form",
      explode: true,
      description: "Metadata for the component, as query parameters named `metadata.<key>` (the first of repeated ones counts).",
      schema: { type: "object", additionalProperties: { type: "string" } },
      "x-pillion-query-prefix": "metadata.",
    });
  }
  if (binding.body.kind === "field") bound.push([...binding.body.field.path]);

  let requestBody: Schema | undefined;
  if (verb === "get" || verb === "delete") {
    // no body
  } else if (!keepsRestShape(rest.handler)) {
    requestBody = { required: false, description: "Passed to the target unchanged.", content: { "*/*": { schema: {} } } };
  } else if (rest.rawBody) {
    const leaf = rest.rawBody.fields.at(-1)!;
    const isText = leaf.fieldKind === "scalar" && leaf.scalar === ScalarType.STRING;
    const parts = [
      schemas.fieldDoc(leaf),
      isText ? "The body is taken as UTF-8 text." : "The body is taken as raw bytes.",
      rest.contentTypeField ? `Its Content-Type is passed on as \`${rest.contentTypeField.path.join(".")}\`.` : "",
    ];
    requestBody = { required: false, description: parts.filter(Boolean).join(" "), content: { "*/*": { schema: isText ? { type: "string" } : {} } } };
  } else if (binding.body.kind === "all") {
    requestBody = { required: false, content: { "application/json": { schema: schemas.requestSchema(method.input, bodyBound) } } };
  } else if (binding.body.kind === "field") {
    const f = binding.body.field.fields[0]!;
    const doc = schemas.fieldDoc(f);
    requestBody = { required: true, ...(doc && { description: doc }), content: { "application/json": { schema: schemas.fieldSchema(f, true) } } };
  }
  if (binding.body.kind !== "all" && keepsRestShape(rest.handler)) {
    // Every field not bound elsewhere may come as a query parameter.
    for (const q of queryParameters(schemas.model.options, method.input, bound)) {
      const doc = schemas.fieldDoc(q.named);
      const item = schemas.textSchema(q.field);
      parameters.push({
        name: q.name,
        in: "query",
        required: false,
        ...(doc && { description: doc }),
        schema: q.repeated ? { type: "array", items: item } : item,
        ...(q.repeated && { style: "form", explode: true }),
      });
    }
  }

  const responses: Record<string, Schema> = {};
  const success: Schema = { description: "Success." };
  const headers: Record<string, Schema> = {};
  for (const h of rest.responseHeaders) {
    const doc = schemas.fieldDoc(h.field.fields.at(-1)!);
    headers[h.header] = { schema: { type: "string" }, ...(doc && { description: doc }) };
  }
  if (Object.keys(headers).length) success["headers"] = headers;
  const notes: string[] = [];
  if (rest.responseMetadataHeaders) notes.push(`Each entry of \`${rest.responseMetadataHeaders.path.join(".")}\` comes as a response header \`metadata.<key>\`.`);
  if (!keepsRestShape(rest.handler)) {
    success["description"] = "The target's response, passed through with its status and headers.";
    success["content"] = { "*/*": { schema: {} } };
  } else if (rest.rawResponse) {
    const leaf = rest.rawResponse.fields.at(-1)!;
    const type = rest.responseContentType ? "*/*" : (rest.defaultContentType ?? "application/json");
    const doc = schemas.fieldDoc(leaf);
    notes.unshift(`The body is the raw value of \`${rest.rawResponse.path.join(".")}\`${doc ? ` (${lowerFirst(doc).replace(/\.$/, "")})` : ""}.`);
    if (rest.responseContentType) {
      notes.push(`Its Content-Type comes from \`${rest.responseContentType.path.join(".")}\`${rest.defaultContentType ? `, else ${rest.defaultContentType}` : ", else application/json"}.`);
    }
    success["content"] = { [type]: { schema: {} } };
  } else if (rest.successStatus === 204) {
    // no body
  } else if (binding.responseBody) {
    success["content"] = { "application/json": { schema: schemas.fieldSchema(binding.responseBody.fields[0]!) } };
  } else {
    // An Empty answer with a status other than 204 is written as "{}".
    success["content"] = { "application/json": { schema: schemas.ref(method.output) } };
  }
  if (notes.length) success["description"] = `Success. ${notes.join(" ")}`;
  responses[String(rest.successStatus)] = success;
  if (rest.noContentWhenEmpty && rest.successStatus !== 204) {
    responses["204"] = {
      description: rest.noContentWhenEmpty === "*" ? "The result is empty." : `Nothing found: \`${rest.noContentWhenEmpty.path.join(".")}\` is empty.`,
    };
  }
  const err = { content: { "application/json": { schema: { $ref: `#/components/schemas/${errorSchemaName}` } } } };
  responses["400"] = { description: "Malformed request or unknown component.", ...err };
  if (keepsRestShape(rest.handler)) responses["500"] = { description: "The component or the runtime failed.", ...err };
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
  if (tokenExemptServices.includes(service.typeName)) op["security"] = [];
  return op;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
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

/** Builds component schemas under the REST JSON rules. */
class SchemaBuilder {
  private readonly schemas = new Map<string, Schema>();

  constructor(
    readonly model: ApiModel,
    /** Messages that appear in request bodies: they get no `required` list, since input may leave anything out. */
    private readonly requestMessages: ReadonlySet<DescMessage>,
  ) {}

  all(): Record<string, Schema> {
    return Object.fromEntries(this.schemas.entries());
  }

  ref(msg: DescMessage): Schema {
    const wkt = wellKnown(msg);
    if (wkt) return wkt;
    if (!this.schemas.has(msg.typeName)) {
      this.schemas.set(msg.typeName, {}); // placeholder against recursion
      this.schemas.set(msg.typeName, this.messageSchema(msg, []));
    }
    return { $ref: `#/components/schemas/${msg.typeName}` };
  }

  fieldDoc(f: DescField): string {
    return docOf(f);
  }

  /** A request message's body schema without the fields bound by path, headers and the like. */
  requestSchema(msg: DescMessage, bound: readonly (readonly string[])[]): Schema {
    const excluded = restProperties(this.model.options, msg).some((p) => isBound([...p.via, p.field], bound));
    return excluded ? this.messageSchema(msg, bound, true) : this.ref(msg);
  }

  /** `input`: the schema of a request body of its own (not a shared component), where value_as_any fields take any JSON value. */
  private messageSchema(msg: DescMessage, bound: readonly (readonly string[])[], input = false): Schema {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    const writtenOnly = !this.requestMessages.has(msg);
    for (const p of restProperties(this.model.options, msg)) {
      if (isBound([...p.via, p.field], bound)) continue;
      const s = this.fieldSchema(p.field, input);
      const doc = [this.fieldDoc(p.field), s["description"]].filter(Boolean).join("\n\n");
      properties[p.name] = doc ? { ...s, description: doc } : s;
      const alwaysWritten = p.options.emitUnpopulated && p.via.every((v) => this.model.options.restField(v).emitUnpopulated);
      if (writtenOnly && alwaysWritten) required.push(p.name);
    }
    const doc = docOf(msg);
    return { type: "object", ...(doc && { description: doc }), properties, ...(required.length && { required }) };
  }

  fieldSchema(f: DescField, input = false): Schema {
    const o = this.model.options.restField(f);
    switch (f.fieldKind) {
      case "scalar":
        return o.rawJson ? anyJson() : scalar(f.scalar);
      case "enum":
        return this.enumSchema(f.enum, o.enumNumber);
      case "message":
        if (o.valueAsAny) return input ? valueAsAnyInput() : { ...this.messageValue(f.message, false), description: valueAsAnyOutput };
        return this.messageValue(f.message, o.unwrap);
      case "list": {
        const item =
          f.listKind === "scalar" ? (o.rawJson ? anyJson() : scalar(f.scalar)) : f.listKind === "enum" ? this.enumSchema(f.enum, o.enumNumber) : this.messageValue(f.message, o.unwrap);
        return { type: "array", items: item };
      }
      case "map": {
        const value =
          f.mapKind === "scalar" ? (o.rawJson ? anyJson() : scalar(f.scalar)) : f.mapKind === "enum" ? this.enumSchema(f.enum, o.enumNumber) : this.messageValue(f.message, o.unwrap);
        return { type: "object", additionalProperties: value };
      }
    }
  }

  /** A message value; unwrapped, it is its single field's value. */
  private messageValue(msg: DescMessage, unwrap: boolean): Schema {
    if (unwrap && !isWellKnown(msg) && msg.fields.length === 1) return this.fieldSchema(msg.fields[0]!);
    return this.ref(msg);
  }

  /** The schema of a path, query or header value. */
  textSchema(f: DescField): Schema {
    if (f.fieldKind === "enum" || (f.fieldKind === "list" && f.listKind === "enum")) return this.enumSchema(f.enum!, false);
    if (f.fieldKind === "scalar" || (f.fieldKind === "list" && f.listKind === "scalar")) {
      return f.scalar === ScalarType.BYTES ? { type: "string", description: "The bytes' UTF-8 text." } : scalar(f.scalar!);
    }
    return { type: "string" };
  }

  enumSchema(e: DescEnum, asNumber: boolean): Schema {
    if (asNumber) {
      const numbers = [...new Set(e.values.map((v) => v.number))];
      const legend = e.values.map((v) => `${v.number} = ${this.model.options.restValue(v) ?? v.name}`).join(", ");
      return { type: "integer", enum: numbers, description: `Written as a number: ${legend}. Names are accepted on input.` };
    }
    const names = e.values.flatMap((v) => {
      const rest = this.model.options.restValue(v);
      return rest ? [rest, v.name] : [v.name];
    });
    return { type: "string", enum: names };
  }
}

function isBound(path: readonly DescField[], bound: readonly (readonly string[])[]): boolean {
  return bound.some((b) => b.length <= path.length && b.every((n, i) => n === path[i]!.name));
}

function anyJson(): Schema {
  return { description: "Any JSON value, embedded as is." };
}

/** A value_as_any field in a request body. */
function valueAsAnyInput(): Schema {
  return { description: "Any JSON value; kept as a google.protobuf.Any holding it as a google.protobuf.Value." };
}

const valueAsAnyOutput = 'Written as a google.protobuf.Any holding a google.protobuf.Value: {"@type": "type.googleapis.com/google.protobuf.Value", "value": <the JSON value>}. Requests give the JSON value itself.';

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
      return { anyOf: [{ type: "number" }, { type: "string", enum: ["NaN", "Infinity", "-Infinity"] }] };
    case ScalarType.INT32:
    case ScalarType.SINT32:
    case ScalarType.SFIXED32:
      return { type: "integer", format: "int32" };
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      return { type: "integer", format: "int64", minimum: 0, maximum: 4294967295 };
    default:
      return { type: ["string", "integer"], format: "int64", pattern: "^-?[0-9]+$", description: "A 64-bit integer, written as a decimal string." };
  }
}

function wellKnown(msg: DescMessage): Schema | undefined {
  switch (msg.typeName) {
    case "google.protobuf.Timestamp":
      return { type: "string", format: "date-time" };
    case "google.protobuf.Duration":
      return { type: "string", pattern: "^-?[0-9]+(\\.[0-9]+)?s$", description: 'A duration such as "1.5s".' };
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
      return { anyOf: [{ type: "number" }, { type: "string", enum: ["NaN", "Infinity", "-Infinity"] }] };
    case "google.protobuf.BytesValue":
      return { type: "string", contentEncoding: "base64" };
    default:
      return undefined;
  }
}
