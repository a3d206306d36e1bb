/**
 * What an SDK's REST flavour needs to call the facade's RPCs over Dapr's
 * HTTP API, language-neutral: for each RPC, its route (verb, path template,
 * where each request field goes: path, query, header, JSON or raw body) and
 * where the response comes from (JSON body, one field of it, raw body,
 * headers); and for each message on the way, how its REST JSON differs from
 * its protobuf JSON (the pillion.api.v1.rest_field options). A REST client
 * then works on the protobuf JSON of the request and response and reshapes
 * it; the gateway does the same the other way round.
 */
import type { DescEnum, DescField, DescMessage } from "@bufbuild/protobuf";
import { compareText } from "../model/build-model.js";
import { heldMessage, isWellKnown, queryParameters, restName } from "../model/rest-json.js";
import type { SdkFacade } from "../model/sdk-types.js";
import type { ApiModel, FieldRef, MethodModel } from "../model/types.js";

export interface RestPlan {
  /** By RPC, in "package.Service/Method" order. */
  readonly calls: readonly RestCall[];
  /** Messages whose REST JSON differs from their protobuf JSON (or holds one that does), in type name order. */
  readonly shapes: readonly RestShape[];
}

export interface RestCall {
  readonly method: MethodModel;
  /** "dapr.proto.runtime.v1.Dapr/GetState" */
  readonly key: string;
  readonly handler: "transcode" | "invoke-proxy";
  readonly verb: string;
  /** The path template, e.g. "/v1.0/state/{store_name}/{key}" or "/v1.0/publish/{pubsub_name}/{topic=**}". */
  readonly path: string;
  /** One per template variable, in order: the request field it takes, and whether it may hold slashes. */
  readonly vars: readonly { readonly source: string; readonly field: readonly DescField[]; readonly deep: boolean }[];
  readonly query: readonly { readonly name: string; readonly field: readonly DescField[]; readonly repeated: boolean }[];
  readonly metadataQuery?: readonly DescField[];
  readonly requestHeaders: readonly { readonly header: string; readonly field: readonly DescField[] }[];
  readonly body: { readonly kind: "none" } | { readonly kind: "all" } | { readonly kind: "field"; readonly field: DescField };
  readonly rawBody?: readonly DescField[];
  readonly contentTypeField?: readonly DescField[];
  readonly responseBody?: DescField;
  readonly rawResponse?: readonly DescField[];
  readonly responseContentType?: readonly DescField[];
  readonly responseHeaders: readonly { readonly header: string; readonly field: readonly DescField[] }[];
  readonly responseMetadataHeaders?: readonly DescField[];
}

export interface RestShape {
  readonly message: DescMessage;
  readonly fields: readonly RestShapeField[];
}

/** A field whose REST JSON differs from its protobuf JSON, or that holds messages that do. */
export interface RestShapeField {
  readonly field: DescField;
  /** The REST property name when it is not the JSON name. */
  readonly rest?: string;
  readonly omit?: boolean;
  readonly rawJson?: boolean;
  /** The single field of the message that REST carries instead of the message. */
  readonly unwrap?: DescField;
  /** The message's fields appear in the parent's object; their REST names. */
  readonly inline?: readonly string[];
  readonly enumNumber?: boolean;
  /** Enum values with a REST spelling: protobuf name → REST name. */
  readonly enumValues?: readonly (readonly [string, string])[];
  /** The held message (singular, list element or map value) has a shape of its own. */
  readonly message?: DescMessage;
}

const fields = (ref: FieldRef | undefined) => ref?.fields;

export function buildRestPlan(model: ApiModel, facade: SdkFacade): RestPlan {
  const calls: RestCall[] = [];
  const roots: DescMessage[] = [];
  for (const g of facade.groups) {
    for (const m of g.methods) {
      const b = m.restBinding;
      if (!b) continue;
      const rpc = m.rpc;
      const rest = rpc.rest;
      const bound: string[][] = [
        ...b.pathFields.map((f) => [...f.path]),
        ...rest.requestHeaders.map((h) => [...h.field.path]),
        ...[rest.rawBody, rest.contentTypeField, rest.metadataQuery].filter((r): r is FieldRef => r !== undefined).map((r) => [...r.path]),
        ...(b.body.kind === "field" ? [[...b.body.field.path]] : []),
      ];
      const query = b.body.kind === "all" || rest.handler !== "transcode" ? [] : queryParameters(model.options, rpc.input, bound).map((q) => ({ name: q.name, field: q.path, repeated: q.repeated }));
      calls.push({
        method: rpc,
        key: `${rpc.serviceTypeName}/${rpc.name}`,
        handler: rest.handler === "invoke-proxy" ? "invoke-proxy" : "transcode",
        verb: b.verb === "*" ? "POST" : b.verb,
        path: b.template.source,
        vars: b.pathFields.map((f, i) => {
          const v = b.template.variables[i]!;
          const deep = b.template.segments.slice(v.start, v.end).some((s) => s.kind === "deep-wildcard") || v.end - v.start > 1;
          return { source: f.path.join("."), field: f.fields, deep };
        }),
        query,
        ...(rest.metadataQuery && { metadataQuery: rest.metadataQuery.fields }),
        requestHeaders: rest.requestHeaders.map((h) => ({ header: h.header, field: h.field.fields })),
        body: b.body.kind === "field" ? { kind: "field", field: b.body.field.fields[0]! } : b.body,
        ...(rest.rawBody && { rawBody: rest.rawBody.fields }),
        ...(rest.contentTypeField && { contentTypeField: rest.contentTypeField.fields }),
        ...(b.responseBody && { responseBody: b.responseBody.fields[0]! }),
        ...(rest.rawResponse && { rawResponse: fields(rest.rawResponse)! }),
        ...(rest.responseContentType && { responseContentType: rest.responseContentType.fields }),
        responseHeaders: rest.responseHeaders.map((h) => ({ header: h.header, field: h.field.fields })),
        ...(rest.responseMetadataHeaders && { responseMetadataHeaders: rest.responseMetadataHeaders.fields }),
      });
      roots.push(rpc.input, rpc.output);
    }
  }
  calls.sort((a, b) => compareText(a.key, b.key));
  return { calls, shapes: shapesOf(model, roots) };
}

/** Shapes of every message reachable from the roots that needs one. */
function shapesOf(model: ApiModel, roots: readonly DescMessage[]): RestShape[] {
  const reachable = new Map<string, DescMessage>();
  const visit = (m: DescMessage) => {
    if (reachable.has(m.typeName) || isWellKnown(m)) return;
    reachable.set(m.typeName, m);
    for (const f of m.fields) {
      const held = heldMessage(f);
      if (held) visit(held);
    }
  };
  roots.forEach(visit);
  // A message needs a shape when a field of its own differs, or holds a message that needs one (a fixpoint, for cycles).
  const own = new Map<string, RestShapeField[]>();
  for (const m of reachable.values()) own.set(m.typeName, m.fields.flatMap((f) => ownDifference(model, f)));
  const needs = new Set([...own].filter(([, fs]) => fs.length > 0).map(([n]) => n));
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of reachable.values()) {
      if (needs.has(m.typeName)) continue;
      if (m.fields.some((f) => { const h = heldMessage(f); return h !== undefined && needs.has(h.typeName); })) {
        needs.add(m.typeName);
        changed = true;
      }
    }
  }
  const shapes: RestShape[] = [];
  for (const name of [...needs].sort(compareText)) {
    const m = reachable.get(name)!;
    const list: RestShapeField[] = [];
    for (const f of m.fields) {
      const diff = own.get(name)!.find((d) => d.field === f);
      const held = heldMessage(f);
      const nested = held && needs.has(held.typeName) ? held : undefined;
      if (!diff && !nested) continue;
      list.push({ ...(diff ?? { field: f }), ...(nested && { message: nested }) });
    }
    shapes.push({ message: m, fields: list });
  }
  return shapes;
}

function ownDifference(model: ApiModel, f: DescField): RestShapeField[] {
  const o = model.options.restField(f);
  const name = restName(model.options, f);
  const enumValues = enumRestValues(model, f);
  const held = heldMessage(f);
  const out: RestShapeField = {
    field: f,
    ...(name !== undefined && name !== f.jsonName && { rest: name }),
    ...(o.omit && { omit: true }),
    ...(o.rawJson && { rawJson: true }),
    ...(o.unwrap && held && held.fields.length === 1 && { unwrap: held.fields[0]! }),
    ...(o.inline && held && { inline: held.fields.map((x) => restName(model.options, x)).filter((x): x is string => x !== undefined) }),
    ...(o.enumNumber && { enumNumber: true }),
    ...(enumValues.length > 0 && { enumValues }),
  };
  return Object.keys(out).length > 1 ? [out] : [];
}

function enumRestValues(model: ApiModel, f: DescField): (readonly [string, string])[] {
  const e: DescEnum | undefined = f.fieldKind === "enum" ? f.enum : f.fieldKind === "list" && f.listKind === "enum" ? f.enum : f.fieldKind === "map" && f.mapKind === "enum" ? f.enum : undefined;
  if (!e) return [];
  return e.values.flatMap((v) => {
    const r = model.options.restValue(v);
    return r === undefined ? [] : [[v.name, r] as const];
  });
}
