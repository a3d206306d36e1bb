import { GenerationError } from "../errors.js";
import type { ApiModel, ServiceModel } from "../model/types.js";
import { generatedHeader, render } from "../templates.js";
import type { GeneratedFile } from "./types.js";

export interface AppRoutesOptions {
  /** Output path of the table. */
  readonly out: string;
  /** Import path, from the table, of protoc-gen-es output. */
  readonly genImportRoot: string;
  /** Import path, from the table, of the gateway's AppRoutedService type. */
  readonly routeTypeImport: string;
}

/**
 * The gateway's table of user-defined services (those with
 * pillion.api.v1.app_route): their protoc-gen-es service descriptors and the
 * app each is routed to. The gateway registers each with its RPC router and
 * REST adapter from this table, so adding a service needs no gateway code.
 */
export function generateAppRoutes(model: ApiModel, opts: AppRoutesOptions): GeneratedFile {
  const routed = appRoutedServices(model);
  const symbols = uniqueSymbols(routed);
  const services = routed.map((s) => ({
    typeName: s.typeName,
    symbol: symbols.get(s)!,
    appId: s.appRoute!.appId,
    methodPrefix: s.appRoute!.methodPrefix,
  }));
  const imports = routed.map((s) => {
    const symbol = symbols.get(s)!;
    return {
      symbol: symbol === s.name ? s.name : `${s.name} as ${symbol}`,
      from: `${opts.genImportRoot}/${s.file.replace(/\.proto$/, "_pb.js")}`,
    };
  });
  const content = render("gateway/app-routes.ts.hbs", {
    header: generatedHeader("//"),
    routeTypeImport: opts.routeTypeImport,
    imports,
    services,
  });
  return { path: opts.out, content };
}

/**
 * The services routed to an app, in type name order. Their methods must be
 * unary: a call is one request and one answer on every protocol (a gRPC app
 * is reachable with streams through gRPC proxy mode instead).
 */
export function appRoutedServices(model: ApiModel): ServiceModel[] {
  const routed = model.services.filter((s) => s.appRoute !== undefined);
  for (const s of routed) {
    for (const m of s.methods) {
      if (m.kind !== "unary") {
        throw new GenerationError(
          m.location.file,
          m.location.line,
          `${s.typeName}.${m.name} is ${m.kind.replace("_", "-")}; a service with pillion.api.v1.app_route may only have unary methods ` +
            `(call a streaming method of a gRPC app through gRPC proxy mode, with dapr-app-id metadata)`,
        );
      }
    }
  }
  return routed;
}

/** protoc-gen-es names a service's descriptor after the service; two services of the same name in different packages get their package as prefix. */
function uniqueSymbols(services: readonly ServiceModel[]): Map<ServiceModel, string> {
  const count = new Map<string, number>();
  for (const s of services) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  const out = new Map<ServiceModel, string>();
  for (const s of services) {
    const clash = count.get(s.name)! > 1;
    out.set(s, clash ? `${s.packageName.replace(/(^|\.)([a-z0-9])/g, (_, _dot: string, c: string) => c.toUpperCase())}${s.name}` : s.name);
  }
  return out;
}
