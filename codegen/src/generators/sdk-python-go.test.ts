/**
 * The Python and Go SDK generators on a small API of their own: an RPC that
 * carries a pillion.api.v1.sdk option shows up in both SDKs' facades with
 * its group, parameters, encoded payload and decoded answer, and the stubs
 * of its proto come out of the pinned standard generators (grpcio-tools,
 * protoc-gen-go / protoc-gen-go-grpc, installed on first use) under each
 * SDK's package layout.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../model/build-model.js";
import type { ApiModel } from "../model/types.js";
import { compileProtos, protoHeader } from "../testing/proto-workspace.js";
import { forTests as go, generateGoSdk } from "./sdk-go.js";
import { generatePythonSdk } from "./sdk-python.js";
import type { GeneratedFile } from "./types.js";

const shop =
  protoHeader("shop.v1", "pillion/api/v1/sdk.proto") +
  `
message PlaceRequest {
  string store = 1;
  bytes order = 2;
  string content_type = 3;
  map<string, string> metadata = 4;
}
message PlaceResponse {
  bytes receipt = 1;
  string receipt_type = 2;
}
message CountRequest { string store = 1; }
message CountResponse { int64 count = 1; }

// Orders of a shop.
service Shop {
  option (pillion.api.v1.sdk_group) = {name: "orders" doc: "Place and count orders."};
  // Place an order.
  rpc PlaceOrder(PlaceRequest) returns (PlaceResponse) {
    option (pillion.api.v1.sdk) = {
      group: "orders"
      name: "place"
      params: ["store", "order"]
      payload: {field: "order" content_type: "content_type"}
      decode: {field: "receipt" as: "value" content_type: "receipt_type"}
    };
    option (pillion.api.v1.rest) = {grpc_only: "a test API"};
  }
  // Count the orders.
  rpc CountOrders(CountRequest) returns (CountResponse) {
    option (pillion.api.v1.sdk) = {group: "orders" name: "count" params: ["store"] returns: "count"};
    option (pillion.api.v1.rest) = {grpc_only: "a test API"};
  }
}
`;

let model: ApiModel;
let python: GeneratedFile[];
let goFiles: GeneratedFile[];
const file = (files: GeneratedFile[], path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`${path} was not generated; got ${files.map((x) => x.path).join(", ")}`);
  return f.content;
};

beforeAll(() => {
  model = buildModel(compileProtos({ "shop/v1/shop.proto": shop }), { include: ["shop/"] });
  python = generatePythonSdk(model, { out: "py/src/pillion", protoPackage: "pillion.proto" });
  goFiles = generateGoSdk(model, { out: "go", module: "example.com/sdk", packageName: "pillion" });
}, 600_000);

describe("the Python SDK generator", () => {
  it("puts the RPC in the sync and asyncio facades", () => {
    const sync = file(python, "py/src/pillion/_gen/facade.py");
    expect(sync).toContain("class OrdersApi:");
    expect(sync).toMatch(/def place\(\n\s+self,\n\s+store: str,\n\s+order: Any,\n\s+\*,\n\s+content_type: str \| None = None,/);
    expect(sync).toContain('payloads=(((\"order\",), "bytes", "content_type"),)');
    expect(sync).toContain('return shape_response(response, None, (((\"receipt\",), "bytes", "value", "receipt_type"),))');
    expect(sync).toContain('return shape_response(response, "count", ())');
    expect(sync).toContain('"shop.v1.Shop": _shop_v1_shop_pb2_grpc.ShopStub');
    const aio = file(python, "py/src/pillion/_gen/facade_aio.py");
    expect(aio).toContain("class AsyncOrdersApi:");
    expect(aio).toContain("    async def place(");
    expect(aio).toContain("response = await self._invoker.unary(");
  });

  it("writes the stubs under pillion.proto with their imports moved there", () => {
    expect(file(python, "py/src/pillion/proto/shop/v1/shop_pb2.py")).toContain("from pillion.proto.pillion.api.v1 import sdk_pb2");
    expect(file(python, "py/src/pillion/proto/shop/v1/shop_pb2_grpc.py")).toContain("from pillion.proto.shop.v1 import shop_pb2");
    expect(python.some((f) => f.path === "py/src/pillion/proto/shop/v1/__init__.py")).toBe(true);
    // A file without services gets no _grpc module.
    expect(python.some((f) => f.path.endsWith("rest_pb2_grpc.py"))).toBe(false);
  });
});

describe("the Go SDK generator", () => {
  it("puts the RPC in the facade, gofmt'd", () => {
    const facade = file(goFiles, "go/facade.gen.go");
    expect(facade).toMatch(/^\/\/ Code generated .* DO NOT EDIT\.$/m);
    expect(facade).toContain("func (a *OrdersAPI) Place(ctx context.Context, store string, order any, opts ...func(*shopv1.PlaceRequest)) (*OrdersPlaceResult, error) {");
    expect(facade).toContain("encoded, contentType, err := EncodeValue(order, req.ContentType)");
    expect(facade).toContain("Value: DecodeValue(res.Receipt, res.ReceiptType)");
    expect(facade).toContain("func (a *OrdersAPI) Count(ctx context.Context, store string, opts ...func(*shopv1.CountRequest)) (int64, error) {");
    expect(facade).toContain("return 0, wrapError(err)");
    expect(facade).toContain('shopv1 "example.com/sdk/proto/shop/v1"');
  });

  it("writes the stubs under proto/ in packages named after their folders", () => {
    expect(file(goFiles, "go/proto/shop/v1/shop.pb.go")).toMatch(/^package shopv1$/m);
    expect(file(goFiles, "go/proto/shop/v1/shop_grpc.pb.go")).toContain("func NewShopClient(");
  });

  it("names fields as protoc-gen-go does", () => {
    expect(["store_name", "storeName", "http_extension", "etag_2", "_x", "a_b_c"].map(go.goCamel)).toEqual(["StoreName", "StoreName", "HttpExtension", "Etag_2", "XX", "ABC"]);
  });
});
