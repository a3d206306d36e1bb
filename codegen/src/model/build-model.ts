import { ScalarType, type DescField, type DescMessage, type DescMethod, type DescService, type FileRegistry } from "@bufbuild/protobuf";
import { GenerationError } from "../errors.js";
import { parsePathTemplate, PathTemplateError } from "../http-rule/path-template.js";
import { failAt } from "./fail.js";
import { OptionReader, type HttpRuleOption, type RestRuleOption } from "./options.js";
import { docOf, locationOf } from "./source.js";
import { reachableMessages, validateRestFields } from "./validate-rest-fields.js";
import type {
  ApiModel,
  BodyModel,
  FieldRef,
  HeaderBindingModel,
  HttpBinding,
  MethodKind,
  MethodModel,
  RestHandler,
  RestRuleModel,
  ServiceModel,
} from "./types.js";

export interface BuildModelOptions {
  /** Only services whose proto file path starts with one of these prefixes. */
  readonly include?: readonly string[];
}

/** Builds and validates the model from a compiled registry. */
export function buildModel(registry: FileRegistry, opts: BuildModelOptions = {}): ApiModel {
  const options = new OptionReader(registry);
  const services: ServiceModel[] = [];
  const roots: DescMessage[] = [];
  for (const file of registry.files) {
    if (opts.include && !opts.include.some((p) => file.name.startsWith(p) || file.proto.name.startsWith(p))) continue;
    roots.push(...file.messages);
    for (const service of file.services) services.push(buildService(service, options));
  }
  services.sort((a, b) => compareText(a.typeName, b.typeName));
  for (const s of services) for (const m of s.methods) roots.push(m.input, m.output);
  validateRestFields(options, reachableMessages(roots));
  checkRouteConflicts(services);
  return { registry, options, services };
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildService(desc: DescService, options: OptionReader): ServiceModel {
  const appRoute = options.appRoute(desc);
  const service: ServiceModel = {
    desc,
    typeName: desc.typeName,
    name: desc.name,
    packageName: desc.file.proto.package,
    file: desc.file.proto.name,
    doc: docOf(desc),
    deprecated: desc.deprecated,
    location: locationOf(desc),
    ...(appRoute && {
      appRoute: {
        appId: appRoute.appId,
        methodPrefix: appRoute.methodPrefix || `${desc.typeName}/`,
      },
    }),
    methods: desc.methods.map((m) => buildMethod(m, options, appRoute !== undefined)),
  };
  if (appRoute && !appRoute.appId) fail(desc, "pillion.api.v1.app_route needs an app_id");
  return service;
}

function methodKind(m: DescMethod): MethodKind {
  return m.methodKind;
}

function buildMethod(desc: DescMethod, options: OptionReader, routedToApp: boolean): MethodModel {
  const rule = options.http(desc);
  const rest = buildRestRule(desc, options.rest(desc));
  const http = rule ? flattenHttpRule(rule).map((r) => buildBinding(desc, r)) : [];
  if (http.length > 0 && rest.grpcOnly !== undefined) {
    fail(desc, `${desc.name} has google.api.http routes but also says grpc_only`);
  }
  if (http.length === 0 && rest.grpcOnly === undefined && !routedToApp) {
    fail(
      desc,
      `${desc.name} has no google.api.http route; add one, or say why it has none with ` +
        `option (pillion.api.v1.rest) = { grpc_only: "<reason>" }`,
    );
  }
  if (http.length > 0 && rest.handler === "transcode") {
    const streamsIn = desc.methodKind === "client_streaming" || desc.methodKind === "bidi_streaming";
    const streamsOut = desc.methodKind === "server_streaming" || desc.methodKind === "bidi_streaming";
    if (streamsIn && rest.rawBody === undefined) fail(desc, `${desc.name} streams its requests; its REST route must take the body with raw_body`);
    if (streamsOut && rest.rawResponse === undefined) {
      fail(desc, `${desc.name} streams its responses; its REST route must answer with raw_response (or use a handler)`);
    }
    for (const b of http) checkBindingAgainstRule(desc, b, rest);
  }
  return {
    desc,
    serviceTypeName: desc.parent.typeName,
    name: desc.name,
    localName: desc.localName,
    kind: methodKind(desc),
    input: desc.input,
    output: desc.output,
    doc: docOf(desc),
    deprecated: desc.deprecated,
    location: locationOf(desc),
    http,
    rest,
  };
}

/** Each request field gets its value from one place only; a raw body excludes a JSON body. */
function checkBindingAgainstRule(method: DescMethod, b: HttpBinding, rest: RestRuleModel): void {
  const route = `${b.verb} ${b.template.source}`;
  if (rest.rawBody && b.body.kind !== "none") {
    fail(method, `${method.name}: route ${route} has both a body ("${b.body.kind === "all" ? "*" : b.body.field.path.join(".")}") and raw_body "${rest.rawBody.path.join(".")}"`);
  }
  if (rest.rawResponse && b.responseBody) {
    fail(method, `${method.name}: route ${route} has both response_body "${b.responseBody.path.join(".")}" and raw_response "${rest.rawResponse.path.join(".")}"`);
  }
  const sources: [string, FieldRef][] = [
    ...b.pathFields.map((f): [string, FieldRef] => [`path variable {${f.path.join(".")}}`, f]),
    ...rest.requestHeaders.map((h): [string, FieldRef] => [`header ${h.header}`, h.field]),
    ...(rest.rawBody ? [["raw_body", rest.rawBody] as [string, FieldRef]] : []),
    ...(rest.contentTypeField ? [["content_type_field", rest.contentTypeField] as [string, FieldRef]] : []),
    ...(rest.metadataQuery ? [["metadata_query", rest.metadataQuery] as [string, FieldRef]] : []),
    ...(b.body.kind === "field" ? [["body", b.body.field] as [string, FieldRef]] : []),
  ];
  for (let i = 0; i < sources.length; i++) {
    for (let j = 0; j < i; j++) {
      const [aWhat, a] = sources[j]!;
      const [bWhat, bRef] = sources[i]!;
      const n = Math.min(a.path.length, bRef.path.length);
      if (a.path.slice(0, n).every((p, k) => p === bRef.path[k])) {
        fail(method, `${method.name}: route ${route} binds request field "${bRef.path.join(".")}" twice (${aWhat} and ${bWhat})`);
      }
    }
  }
}

function flattenHttpRule(rule: HttpRuleOption): HttpRuleOption[] {
  return [rule, ...rule.additionalBindings.flatMap(flattenHttpRule)];
}

function buildBinding(method: DescMethod, rule: HttpRuleOption): HttpBinding {
  let verb: string;
  let path: string;
  switch (rule.pattern.case) {
    case "get":
    case "put":
    case "post":
    case "delete":
    case "patch":
      verb = rule.pattern.case.toUpperCase();
      path = rule.pattern.value;
      break;
    case "custom":
      verb = rule.pattern.value.kind === "*" ? "*" : rule.pattern.value.kind.toUpperCase();
      path = rule.pattern.value.path;
      break;
    default:
      return fail(method, `${method.name}: a google.api.http rule needs a verb and a path`);
  }
  let template;
  try {
    template = parsePathTemplate(path);
  } catch (e) {
    if (e instanceof PathTemplateError) return fail(method, `${method.name}: ${e.message}`);
    throw e;
  }
  const pathFields = template.variables.map((v) => {
    const ref = resolveField(method, method.input, v.fieldPath.join("."), "path variable");
    const last = ref.fields.at(-1)!;
    if (last.fieldKind !== "scalar" && last.fieldKind !== "enum") {
      fail(method, `${method.name}: path variable {${ref.path.join(".")}} must bind a scalar or enum field`);
    }
    return ref;
  });
  let body: BodyModel;
  if (rule.body === "") body = { kind: "none" };
  else if (rule.body === "*") body = { kind: "all" };
  else body = { kind: "field", field: topLevelField(method, method.input, rule.body, "body") };
  if (body.kind !== "none" && (verb === "GET" || verb === "DELETE")) {
    fail(method, `${method.name}: a ${verb} route cannot take a body`);
  }
  const responseBody = rule.responseBody
    ? topLevelField(method, method.output, rule.responseBody, "response_body")
    : undefined;
  return { verb, template, pathFields, body, ...(responseBody && { responseBody }) };
}

const handlers: Record<number, RestHandler> = { 0: "transcode", 1: "invoke-proxy", 2: "actor-proxy", 3: "configuration-subscribe", 4: "pubsub-bulk-publish" };

function buildRestRule(method: DescMethod, raw: RestRuleOption | undefined): RestRuleModel {
  const emptyOutput = method.output.typeName === "google.protobuf.Empty";
  if (!raw) return { handler: "transcode", requestHeaders: [], responseHeaders: [], successStatus: emptyOutput ? 204 : 200 };
  const handler = handlers[raw.handler];
  if (!handler) fail(method, `${method.name}: unknown pillion.api.v1.Handler ${raw.handler}`);
  const input = method.input;
  const output = method.output;
  const opt = (path: string, msg: DescMessage, what: string, check: (f: DescField) => boolean, need: string) => {
    if (!path) return undefined;
    const ref = resolveField(method, msg, path, what);
    if (!check(ref.fields.at(-1)!)) fail(method, `${method.name}: ${what} "${path}" must be ${need}`);
    return ref;
  };
  const headers = (list: RestRuleOption["requestHeaders"], msg: DescMessage, what: string): HeaderBindingModel[] =>
    list.map((h) => {
      if (!/^[A-Za-z0-9-]+$/.test(h.header)) fail(method, `${method.name}: ${what} header "${h.header}" is not a header name`);
      return {
        header: h.header,
        field: opt(h.field, msg, `${what} field`, (f) => isStringLike(f) || isBool(f), "a string or bool field, or a message with one string field")!,
      };
    });
  const rule: RestRuleModel = {
    handler: handler!,
    ...(raw.grpcOnly && { grpcOnly: raw.grpcOnly }),
    ...optional("rawBody", opt(raw.rawBody, input, "raw_body", (f) => isBytes(f) || isString(f), "a bytes or string field")),
    ...optional("contentTypeField", opt(raw.contentTypeField, input, "content_type_field", isString, "a string field")),
    requestHeaders: headers(raw.requestHeaders, input, "request_headers"),
    ...optional("metadataQuery", opt(raw.metadataQuery, input, "metadata_query", isStringMap, "a map<string, string>")),
    ...optional("rawResponse", opt(raw.rawResponse, output, "raw_response", isBytes, "a bytes field")),
    ...optional(
      "responseContentType",
      opt(raw.responseContentType, output, "response_content_type", isString, "a string field"),
    ),
    responseHeaders: headers(raw.responseHeaders, output, "response_headers"),
    ...optional(
      "responseMetadataHeaders",
      opt(raw.responseMetadataHeaders, output, "response_metadata_headers", isStringMap, "a map<string, string>"),
    ),
    successStatus: raw.successStatus || (emptyOutput ? 204 : 200),
    ...optional(
      "noContentWhenEmpty",
      raw.noContentWhenEmpty === "*"
        ? ("*" as const)
        : opt(raw.noContentWhenEmpty, output, "no_content_when_empty", () => true, ""),
    ),
    ...optional("defaultContentType", raw.defaultContentType || undefined),
  };
  if (rule.successStatus < 200 || rule.successStatus > 299) {
    fail(method, `${method.name}: success_status ${rule.successStatus} is not a 2xx status`);
  }
  if (!rule.rawResponse && rule.responseContentType) fail(method, `${method.name}: response_content_type needs raw_response`);
  if (!rule.rawResponse && rule.defaultContentType) fail(method, `${method.name}: default_content_type needs raw_response`);
  if (rule.defaultContentType && !/^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(\s*;.*)?$/.test(rule.defaultContentType)) {
    fail(method, `${method.name}: default_content_type "${rule.defaultContentType}" is not a media type such as "application/octet-stream"`);
  }
  if (rule.contentTypeField && !rule.rawBody) fail(method, `${method.name}: content_type_field needs raw_body`);
  return rule;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function isBytes(f: DescField): boolean {
  return f.fieldKind === "scalar" && f.scalar === ScalarType.BYTES;
}
function isString(f: DescField): boolean {
  return f.fieldKind === "scalar" && f.scalar === ScalarType.STRING;
}
function isBool(f: DescField): boolean {
  return f.fieldKind === "scalar" && f.scalar === ScalarType.BOOL;
}
function isStringLike(f: DescField): boolean {
  if (isString(f)) return true;
  return f.fieldKind === "message" && f.message.fields.length === 1 && isString(f.message.fields[0]!);
}
function isStringMap(f: DescField): boolean {
  return f.fieldKind === "map" && f.mapKey === ScalarType.STRING && f.mapKind === "scalar" && f.scalar === ScalarType.STRING;
}

/** Resolves a dotted proto field path from a message. */
export function resolveField(method: DescMethod, msg: DescMessage, path: string, what: string): FieldRef {
  const names = path.split(".");
  const fields: DescField[] = [];
  let current: DescMessage | undefined = msg;
  for (const [i, name] of names.entries()) {
    const field: DescField | undefined = current?.fields.find((f) => f.name === name);
    if (!field) return fail(method, `${method.name}: ${what} "${path}" is not a field of ${msg.typeName}`);
    if (i < names.length - 1) {
      if (field.fieldKind !== "message") fail(method, `${method.name}: ${what} "${path}" goes through a non-message field`);
      current = field.fieldKind === "message" ? field.message : undefined;
    }
    fields.push(field);
  }
  return { path: names, fields };
}

function topLevelField(method: DescMethod, msg: DescMessage, name: string, what: string): FieldRef {
  if (name.includes(".")) fail(method, `${method.name}: ${what} must name a top-level field, not "${name}"`);
  return resolveField(method, msg, name, what);
}

function fail(desc: DescMethod | DescService, detail: string): never {
  return failAt(desc, detail);
}

/** Two routes with the same verb and the same shape would be ambiguous. */
function checkRouteConflicts(services: readonly ServiceModel[]): void {
  const seen = new Map<string, MethodModel>();
  for (const s of services) {
    for (const m of s.methods) {
      for (const b of m.http) {
        const shape = b.template.segments.map((seg) => (seg.kind === "literal" ? seg.value : seg.kind === "wildcard" ? "*" : "**")).join("/");
        const key = `${b.verb} /${shape}${b.template.verb ? `:${b.template.verb}` : ""}`;
        const other = seen.get(key);
        if (other && other !== m) {
          throw new GenerationError(
            m.location.file,
            m.location.line,
            `route ${b.verb} ${b.template.source} of ${m.name} collides with a route of ${other.serviceTypeName}.${other.name} (${other.location.file}:${other.location.line})`,
          );
        }
        seen.set(key, m);
      }
    }
  }
}
