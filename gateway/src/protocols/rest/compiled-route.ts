import type { DescField, DescMessage, DescMethod } from "@bufbuild/protobuf";
import type { RestRoute } from "./route.js";

/** A route with its field paths resolved to descriptors, once, at start-up. */
export interface CompiledRoute {
  readonly route: RestRoute;
  readonly method: DescMethod;
  readonly input: DescMessage;
  readonly output: DescMessage;
  readonly vars: readonly (readonly DescField[])[];
  readonly bodyField?: DescField;
  readonly responseBodyField?: DescField;
  readonly rawBody?: readonly DescField[];
  readonly contentTypeField?: readonly DescField[];
  readonly requestHeaders: readonly { readonly header: string; readonly path: readonly DescField[] }[];
  readonly metadataQuery?: readonly DescField[];
  readonly rawResponse?: readonly DescField[];
  readonly responseContentType?: readonly DescField[];
  readonly responseHeaders: readonly { readonly header: string; readonly path: readonly DescField[] }[];
  readonly responseMetadataHeaders?: readonly DescField[];
  readonly noContentWhenEmpty?: readonly DescField[] | "*";
  /** Top-level request fields bound by path, headers, raw body or metadata query: not taken from query parameters. */
  readonly boundFields: ReadonlySet<string>;
}

export function compileRoute(route: RestRoute): CompiledRoute {
  const method = route.service.methods.find((m) => m.localName === route.method);
  if (!method) throw new Error(`route ${route.path}: ${route.service.typeName} has no method ${route.method}; regenerate (npm run generate)`);
  const input = method.input;
  const output = method.output;
  const resolve = (msg: DescMessage, path: string): DescField[] => {
    const out: DescField[] = [];
    let current: DescMessage | undefined = msg;
    for (const name of path.split(".")) {
      const f: DescField | undefined = current?.fields.find((x) => x.name === name);
      if (!f) throw new Error(`route ${route.path}: ${msg.typeName} has no field ${path}; regenerate (npm run generate)`);
      out.push(f);
      current = f.fieldKind === "message" ? f.message : undefined;
    }
    return out;
  };
  const opt = (msg: DescMessage, path: string | undefined) => (path === undefined ? undefined : resolve(msg, path));
  const bound = new Set<string>();
  const bind = (path: string | undefined) => path !== undefined && bound.add(path.split(".")[0]!);
  route.vars.forEach((v) => bind(v.field));
  route.requestHeaders?.forEach((h) => bind(h.field));
  bind(route.rawBody);
  bind(route.contentTypeField);
  bind(route.metadataQuery);
  if (route.body && route.body !== "*") bind(route.body);
  const c: CompiledRoute = {
    route,
    method,
    input,
    output,
    vars: route.vars.map((v) => resolve(input, v.field)),
    requestHeaders: (route.requestHeaders ?? []).map((h) => ({ header: h.header, path: resolve(input, h.field) })),
    responseHeaders: (route.responseHeaders ?? []).map((h) => ({ header: h.header, path: resolve(output, h.field) })),
    boundFields: bound,
    ...optional("bodyField", route.body && route.body !== "*" ? resolve(input, route.body)[0] : undefined),
    ...optional("responseBodyField", route.responseBody ? resolve(output, route.responseBody)[0] : undefined),
    ...optional("rawBody", opt(input, route.rawBody)),
    ...optional("contentTypeField", opt(input, route.contentTypeField)),
    ...optional("metadataQuery", opt(input, route.metadataQuery)),
    ...optional("rawResponse", opt(output, route.rawResponse)),
    ...optional("responseContentType", opt(output, route.responseContentType)),
    ...optional("responseMetadataHeaders", opt(output, route.responseMetadataHeaders)),
    ...optional("noContentWhenEmpty", route.noContentWhenEmpty === "*" ? ("*" as const) : opt(output, route.noContentWhenEmpty)),
  };
  return c;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
