import type { ApiModel, FieldRef, HttpBinding, MethodModel, ServiceModel } from "../model/types.js";
import { generatedHeader, render } from "../templates.js";
import type { GeneratedFile } from "./types.js";

export interface RestRoutesOptions {
  /** Output path of the route table. */
  readonly out: string;
  /** Import path, from the route table, of protoc-gen-es output. */
  readonly genImportRoot: string;
  /** Import path, from the route table, of the gateway's RestRoute type. */
  readonly routeTypeImport: string;
}

/**
 * The gateway's REST route table: every google.api.http binding with its path
 * template compiled into segments, and every pillion REST option resolved.
 */
export function generateRestRoutes(model: ApiModel, opts: RestRoutesOptions): GeneratedFile {
  const services = model.services.filter((s) => s.methods.some((m) => m.http.length > 0));
  const imports = services.map((s) => ({
    symbol: serviceSymbol(s),
    from: `${opts.genImportRoot}/${s.file.replace(/\.proto$/, "_pb.js")}`,
  }));
  const routes = restRouteEntries(model).map((e) => ({
    title: e.title,
    props: Object.entries(e.route).map(([key, value]) => ({ key, value: JSON.stringify(value) })),
    service: serviceSymbol(e.service),
  }));
  const content = render("gateway/rest-routes.ts.hbs", {
    header: generatedHeader("//"),
    routeTypeImport: opts.routeTypeImport,
    imports: dedupe(imports),
    routes,
  });
  return { path: opts.out, content };
}

/** One route of the table: the gateway's RestRoute without its service descriptor. */
export interface RestRouteEntry {
  readonly service: ServiceModel;
  readonly method: MethodModel;
  readonly binding: HttpBinding;
  /** A one-line description, e.g. "GET /v1.0/state/{store_name}/{key} → dapr.proto.runtime.v1.Dapr.GetState". */
  readonly title: string;
  /** Every RestRoute property but `service`, in the order the table writes them. */
  readonly route: Readonly<Record<string, unknown>>;
}

/** Every route of the model, sorted by path, verb and method (a plain code-unit order, the same on every machine). */
export function restRouteEntries(model: ApiModel): RestRouteEntry[] {
  const entries = model.services.flatMap((s) => s.methods.flatMap((m) => m.http.map((b) => ({ entry: routeEntry(s, m, b), key: `${b.template.source} ${b.verb} ${s.typeName}.${m.name}` }))));
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return entries.map((e) => e.entry);
}

function dedupe<T extends { symbol: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.symbol) && seen.add(i.symbol));
}

/** protoc-gen-es names a service's descriptor after the service. */
function serviceSymbol(s: ServiceModel): string {
  return s.name;
}

const path = (ref: FieldRef | undefined) => ref?.path.join(".");

function routeEntry(s: ServiceModel, m: MethodModel, b: HttpBinding): RestRouteEntry {
  const segments = b.template.segments.map((seg) =>
    seg.kind === "literal" ? seg.value : seg.kind === "wildcard" ? 0 : 1,
  );
  const rest = m.rest;
  const route: Record<string, unknown> = {
    method: m.localName,
    verb: b.verb,
    path: b.template.source,
    segments,
    vars: b.pathFields.map((f, i) => ({ field: f.path.join("."), start: b.template.variables[i]!.start, end: b.template.variables[i]!.end })),
    ...(b.template.verb && { customVerb: b.template.verb }),
    ...(b.body.kind === "all" && { body: "*" }),
    ...(b.body.kind === "field" && { body: path(b.body.field) }),
    ...(b.responseBody && { responseBody: path(b.responseBody) }),
    ...(rest.handler !== "transcode" && { handler: rest.handler }),
    ...(rest.rawBody && { rawBody: path(rest.rawBody) }),
    ...(rest.contentTypeField && { contentTypeField: path(rest.contentTypeField) }),
    ...(rest.requestHeaders.length && {
      requestHeaders: rest.requestHeaders.map((h) => ({ header: h.header.toLowerCase(), field: path(h.field) })),
    }),
    ...(rest.metadataQuery && { metadataQuery: path(rest.metadataQuery) }),
    ...(rest.rawResponse && { rawResponse: path(rest.rawResponse) }),
    ...(rest.responseContentType && { responseContentType: path(rest.responseContentType) }),
    ...(rest.responseHeaders.length && {
      responseHeaders: rest.responseHeaders.map((h) => ({ header: h.header, field: path(h.field) })),
    }),
    ...(rest.responseMetadataHeaders && { responseMetadataHeaders: path(rest.responseMetadataHeaders) }),
    successStatus: rest.successStatus,
    ...(rest.noContentWhenEmpty && {
      noContentWhenEmpty: rest.noContentWhenEmpty === "*" ? "*" : path(rest.noContentWhenEmpty),
    }),
    ...(rest.defaultContentType && { defaultContentType: rest.defaultContentType }),
  };
  return {
    service: s,
    method: m,
    binding: b,
    title: `${b.verb} ${b.template.source} → ${s.typeName}.${m.name}`,
    route,
  };
}
