import type { DescService } from "@bufbuild/protobuf";
import { restRouteEntries } from "../generators/rest-routes.js";
import type { ApiModel } from "../model/types.js";

/** A route of the generated table, as the gateway receives it (the gateway's RestRoute shape). */
export type RouteTableEntry = Readonly<Record<string, unknown>> & { readonly service: DescService };

/** The route table the generator would write for the model, as live objects (for gateway tests on inline protos). */
export function routeTable(model: ApiModel): RouteTableEntry[] {
  return restRouteEntries(model).map((e) => ({ service: e.service.desc, ...e.route }));
}
