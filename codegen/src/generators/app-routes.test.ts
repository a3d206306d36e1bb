import { describe, expect, it } from "vitest";
import { GenerationError } from "../errors.js";
import { buildModel } from "../model/build-model.js";
import { compileProtos, protoHeader } from "../testing/proto-workspace.js";
import { generateAppRoutes } from "./app-routes.js";

const messages = `
message Req { string sku = 1; }
message Res { int32 count = 1; }
`;

function service(pkg: string, name: string, route: string, methods: string): string {
  return `${protoHeader(pkg)}${messages}
service ${name} {
  ${route}
${methods}
}
`;
}

const opts = { out: "gen/app-routes.ts", genImportRoot: ".", routeTypeImport: "../route.js" };

describe("generateAppRoutes", () => {
  it("lists every app_route service (its methods need no REST route) with its app, its method prefix (the service's name by default) and its descriptor import", () => {
    const registry = compileProtos({
      "acme/stock/v1/stock.proto": service(
        "acme.stock.v1",
        "Inventory",
        'option (pillion.api.v1.app_route) = { app_id: "warehouse" method_prefix: "stock/" };',
        '  rpc Count(Req) returns (Res) { option (google.api.http) = {get: "/v1/acme/{sku}"}; }',
      ),
      "acme/shop/v1/shop.proto": service("acme.shop.v1", "Inventory", 'option (pillion.api.v1.app_route) = { app_id: "shop.prod" };', "  rpc Count(Req) returns (Res);"),
      "acme/plain/v1/plain.proto": service("acme.plain.v1", "PlainService", "", '  rpc Count(Req) returns (Res) { option (google.api.http) = {get: "/v1/plain/{sku}"}; }'),
    });
    const file = generateAppRoutes(buildModel(registry, { include: ["acme/"] }), opts);
    expect(file.path).toBe("gen/app-routes.ts");
    // two services named Inventory: each descriptor is imported under its package's name
    expect(file.content).toContain('import { Inventory as AcmeShopV1Inventory } from "./acme/shop/v1/shop_pb.js";');
    expect(file.content).toContain('import { Inventory as AcmeStockV1Inventory } from "./acme/stock/v1/stock_pb.js";');
    expect(file.content).toContain('{ service: AcmeShopV1Inventory, appId: "shop.prod", methodPrefix: "acme.shop.v1.Inventory/" },');
    expect(file.content).toContain('{ service: AcmeStockV1Inventory, appId: "warehouse", methodPrefix: "stock/" },');
    expect(file.content).not.toContain("PlainService");
  });

  it("refuses a streaming method of an app_route service, naming file and line", () => {
    const proto = service(
      "acme.stream.v1",
      "StreamService",
      'option (pillion.api.v1.app_route) = { app_id: "warehouse" };',
      "  rpc Count(Req) returns (Res);\n  rpc Watch(Req) returns (stream Res);",
    );
    const model = buildModel(compileProtos({ "acme/stream/v1/stream.proto": proto }), { include: ["acme/"] });
    let error: unknown;
    try {
      generateAppRoutes(model, opts);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GenerationError);
    const line = proto.split("\n").findIndex((l) => l.includes("rpc Watch")) + 1;
    expect(String((error as Error).message)).toContain(`acme/stream/v1/stream.proto:${line}`);
    expect(String((error as Error).message)).toMatch(/acme\.stream\.v1\.StreamService\.Watch is server-streaming; .* may only have unary methods/);
  });

  it("refuses an app_route without an app_id", () => {
    const proto = service("acme.noapp.v1", "NoAppService", 'option (pillion.api.v1.app_route) = { method_prefix: "x/" };', "  rpc Count(Req) returns (Res);");
    expect(() => buildModel(compileProtos({ "acme/noapp/v1/noapp.proto": proto }), { include: ["acme/"] })).toThrow(/app_route needs an app_id/);
  });
});
