import type { DescMessage, DescMethod } from "@bufbuild/protobuf";
import { ScalarType } from "@bufbuild/protobuf";
import { messagePlan, type FieldPlan, type MessagePlan } from "./json-plan.js";
import type { RestRoute } from "./route.js";

/** A field reached from a message by a path of proto field names, resolved to plans. */
export interface FieldPath {
  /** The message fields on the way to the leaf, outermost first. */
  readonly steps: readonly FieldPlan[];
  readonly leaf: FieldPlan;
  /** The proto field path, e.g. "options.key_name". */
  readonly text: string;
}

/** How an HTTP header value becomes (or comes from) a field. */
export type HeaderKind =
  /** A string field. */
  | "string"
  /** A bool field: true for a truthy value ("1", "t", "true", "y", "yes", "on"). */
  | "bool"
  /** A message with one string field, such as Etag. */
  | "wrapped";

export interface HeaderPlan {
  /** Lower-case header name for requests; as written in the proto for responses. */
  readonly header: string;
  readonly path: FieldPath;
  readonly kind: HeaderKind;
}

/** A query parameter bound to a scalar or enum field (or a list of them). */
export interface QueryTarget {
  readonly path: FieldPath;
  readonly list: boolean;
}

/** A route with every option resolved against the request and response plans, once, at start-up. */
export interface CompiledRoute {
  readonly route: RestRoute;
  readonly method: DescMethod;
  readonly input: DescMessage;
  readonly output: DescMessage;
  readonly inputPlan: MessagePlan;
  readonly outputPlan: MessagePlan;
  /** What the body is: nothing, the whole request as JSON, one field's JSON, or the raw bytes/text of one field. */
  readonly bodyMode: "none" | "all" | "field" | "raw";
  readonly bodyField?: FieldPlan;
  readonly rawBody?: FieldPath;
  /** The raw body goes into a string field, as UTF-8 text. */
  readonly rawBodyIsText: boolean;
  readonly contentTypeField?: FieldPath;
  readonly vars: readonly FieldPath[];
  readonly requestHeaders: readonly HeaderPlan[];
  readonly metadataQuery?: FieldPath;
  /** Query parameter names (REST, JSON and proto spellings; dotted into nested messages) of fields bound nowhere else. */
  readonly query: ReadonlyMap<string, QueryTarget>;
  readonly responseBodyField?: FieldPlan;
  readonly rawResponse?: FieldPath;
  readonly responseContentType?: FieldPath;
  readonly responseHeaders: readonly HeaderPlan[];
  readonly responseMetadataHeaders?: FieldPath;
  readonly noContentWhenEmpty?: FieldPath | "*";
  readonly successStatus: number;
  /** Content-Type of the raw response when no field gives one. */
  readonly defaultContentType: string;
}

export function compileRoute(route: RestRoute): CompiledRoute {
  const method = route.service.methods.find((m) => m.localName === route.method);
  if (!method) throw new Error(`route ${route.path}: ${route.service.typeName} has no method ${route.method}; regenerate (npm run generate)`);
  const input = method.input;
  const output = method.output;
  const inputPlan = messagePlan(input);
  const outputPlan = messagePlan(output);
  const stale = (detail: string) => new Error(`route ${route.path}: ${detail}; regenerate (npm run generate)`);

  const resolve = (plan: MessagePlan, text: string): FieldPath => {
    const steps: FieldPlan[] = [];
    let current: MessagePlan | undefined = plan;
    const names = text.split(".");
    for (let i = 0; i < names.length; i++) {
      const fp: FieldPlan | undefined = current?.fields.find((x) => x.field.name === names[i]);
      if (!fp) throw stale(`${plan.desc.typeName} has no field ${text}`);
      if (i === names.length - 1) return { steps, leaf: fp, text };
      if (fp.container !== "single" || fp.value.kind !== "message") throw stale(`${text} goes through a non-message field`);
      steps.push(fp);
      current = messagePlan(fp.value.desc);
    }
    throw stale(`empty field path`);
  };
  const opt = (plan: MessagePlan, text: string | undefined) => (text === undefined ? undefined : resolve(plan, text));
  const header = (plan: MessagePlan, h: { header: string; field: string }, lower: boolean): HeaderPlan => {
    const path = resolve(plan, h.field);
    return { header: lower ? h.header.toLowerCase() : h.header, path, kind: headerKind(path.leaf, route) };
  };

  const bound: string[][] = [];
  const bind = (text: string | undefined) => text !== undefined && bound.push(text.split("."));
  route.vars.forEach((v) => bind(v.field));
  route.requestHeaders?.forEach((h) => bind(h.field));
  bind(route.rawBody);
  bind(route.contentTypeField);
  bind(route.metadataQuery);
  if (route.body && route.body !== "*") bind(route.body);

  const rawBody = opt(inputPlan, route.rawBody);
  const bodyMode = rawBody ? "raw" : route.body === "*" ? "all" : route.body ? "field" : "none";
  const bodyField = bodyMode === "field" ? resolve(inputPlan, route.body!).leaf : undefined;
  const responseBodyField = route.responseBody ? resolve(outputPlan, route.responseBody).leaf : undefined;
  const c: CompiledRoute = {
    route,
    method,
    input,
    output,
    inputPlan,
    outputPlan,
    bodyMode,
    ...optional("bodyField", bodyField),
    ...optional("rawBody", rawBody),
    rawBodyIsText: rawBody !== undefined && rawBody.leaf.value.kind === "scalar" && rawBody.leaf.value.scalar === ScalarType.STRING,
    ...optional("contentTypeField", opt(inputPlan, route.contentTypeField)),
    vars: route.vars.map((v) => resolve(inputPlan, v.field)),
    requestHeaders: (route.requestHeaders ?? []).map((h) => header(inputPlan, h, true)),
    ...optional("metadataQuery", opt(inputPlan, route.metadataQuery)),
    query: bodyMode === "all" ? new Map() : queryTargets(inputPlan, bound),
    ...optional("responseBodyField", responseBodyField),
    ...optional("rawResponse", opt(outputPlan, route.rawResponse)),
    ...optional("responseContentType", opt(outputPlan, route.responseContentType)),
    responseHeaders: (route.responseHeaders ?? []).map((h) => header(outputPlan, h, false)),
    ...optional("responseMetadataHeaders", opt(outputPlan, route.responseMetadataHeaders)),
    ...optional("noContentWhenEmpty", route.noContentWhenEmpty === "*" ? ("*" as const) : opt(outputPlan, route.noContentWhenEmpty)),
    successStatus: route.successStatus,
    defaultContentType: route.defaultContentType || "application/json",
  };
  return c;
}

function headerKind(leaf: FieldPlan, route: RestRoute): HeaderKind {
  const v = leaf.value;
  if (leaf.container === "single" && v.kind === "scalar" && v.scalar === ScalarType.STRING) return "string";
  if (leaf.container === "single" && v.kind === "scalar" && v.scalar === ScalarType.BOOL) return "bool";
  if (leaf.container === "single" && v.kind === "message" && !v.wellKnown) {
    const inner = messagePlan(v.desc).fields;
    if (inner.length === 1 && inner[0]!.container === "single" && inner[0]!.value.kind === "scalar" && inner[0]!.value.scalar === ScalarType.STRING) return "wrapped";
  }
  throw new Error(`route ${route.path}: header field ${leaf.field.name} is not a string, a bool or a message with one string field; regenerate (npm run generate)`);
}

const maxQueryDepth = 8;

/**
 * Every query parameter name the request accepts: scalar and enum fields (and
 * lists of them) not bound by the path, a header, the body or the metadata
 * query, by their REST, JSON and proto names; fields of nested messages as
 * "parent.child", fields of inlined messages without the prefix, and an
 * unwrapped single-field message by its own name.
 */
export function queryTargets(plan: MessagePlan, bound: readonly (readonly string[])[]): Map<string, QueryTarget> {
  const out = new Map<string, QueryTarget>();
  const isBound = (path: readonly string[]) => bound.some((b) => b.length <= path.length && b.every((n, i) => n === path[i]));
  const walk = (p: MessagePlan, prefixes: readonly string[], steps: readonly FieldPlan[], protoPath: readonly string[], seen: ReadonlySet<DescMessage>) => {
    for (const fp of p.fields) {
      if (fp.name === undefined) continue;
      const path = [...protoPath, fp.field.name];
      if (isBound(path)) continue;
      const names = fp.inline ? prefixes : prefixes.flatMap((pre) => fp.inputNames.map((n) => pre + n));
      const v = fp.value;
      if (v.kind === "scalar" || v.kind === "enum") {
        if (fp.container === "map") continue;
        const target: QueryTarget = { path: { steps, leaf: fp, text: path.join(".") }, list: fp.container === "list" };
        for (const n of names) if (!out.has(n)) out.set(n, target);
        continue;
      }
      if (fp.container !== "single" || v.wellKnown || seen.has(v.desc) || steps.length >= maxQueryDepth) continue;
      const sub = messagePlan(v.desc);
      if (v.unwrap) {
        const inner = sub.fields[0]!;
        if (inner.container === "map" || inner.value.kind === "message") continue;
        const innerPath = [...path, inner.field.name];
        if (isBound(innerPath)) continue;
        const target: QueryTarget = { path: { steps: [...steps, fp], leaf: inner, text: innerPath.join(".") }, list: inner.container === "list" };
        for (const n of names) if (!out.has(n)) out.set(n, target);
        continue;
      }
      walk(sub, fp.inline ? prefixes : names.map((n) => `${n}.`), [...steps, fp], path, new Set([...seen, v.desc]));
    }
  };
  walk(plan, [""], [], [], new Set([plan.desc]));
  return out;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
