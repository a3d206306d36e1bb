import { beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../../codegen/src/model/build-model.js";
import type { ApiModel, MethodModel } from "../../codegen/src/model/types.js";
import { compileShop, lineOf, shopProto, shopProtoPath } from "./shop-api.js";

let model: ApiModel;
const method = (name: string): MethodModel => model.services[0]!.methods.find((m) => m.name === name)!;

beforeAll(() => {
  model = buildModel(compileShop(), { include: ["shop/"] });
});

describe("the codegen model", () => {
  it("has the included services only, with doc comments and source lines", () => {
    expect(model.services.map((s) => s.typeName)).toEqual(["shop.v1.ShopService"]);
    const s = model.services[0]!;
    expect(s).toMatchObject({ name: "ShopService", packageName: "shop.v1", file: shopProtoPath, deprecated: false });
    expect(s.doc).toBe("Sells items.\n\nSecond paragraph of the service doc.");
    expect(s.location).toEqual({ file: shopProtoPath, line: lineOf(shopProto, "service ShopService") });
    expect(s.appRoute).toBeUndefined();
  });

  it("has every method in declaration order, with kind, local name, types, doc and line", () => {
    expect(model.services[0]!.methods.map((m) => m.name)).toEqual(["GetItem", "SaveItems", "DeleteItem", "Upload", "Download", "ArchiveShop", "WatchItems"]);
    const get = method("GetItem");
    expect(get).toMatchObject({ localName: "getItem", kind: "unary", serviceTypeName: "shop.v1.ShopService", doc: "Read one item.", deprecated: false });
    expect(get.input.typeName).toBe("shop.v1.GetItemRequest");
    expect(get.output.typeName).toBe("shop.v1.Item");
    expect(get.location.line).toBe(lineOf(shopProto, "rpc GetItem"));
    expect(method("WatchItems").kind).toBe("server_streaming");
    expect(method("ArchiveShop").deprecated).toBe(true);
  });

  it("parses bindings: verb, compiled template, path fields, body, additional bindings", () => {
    const [get] = method("GetItem").http;
    expect(get!.verb).toBe("GET");
    expect(get!.template.source).toBe("/v1/shops/{shop}/items/{item_id}");
    expect(get!.template.segments.map((s) => (s.kind === "literal" ? s.value : s.kind))).toEqual(["v1", "shops", "wildcard", "items", "wildcard"]);
    expect(get!.template.variables).toEqual([
      { fieldPath: ["shop"], start: 2, end: 3 },
      { fieldPath: ["item_id"], start: 4, end: 5 },
    ]);
    expect(get!.pathFields.map((f) => f.path.join("."))).toEqual(["shop", "item_id"]);
    expect(get!.pathFields[1]!.fields.map((f) => f.name)).toEqual(["item_id"]);
    expect(get!.body).toEqual({ kind: "none" });

    const save = method("SaveItems").http;
    expect(save.map((b) => `${b.verb} ${b.template.source}`)).toEqual(["POST /v1/shops/{shop}/items", "PUT /v1/shops/{shop}/items"]);
    for (const b of save) expect(b.body.kind === "field" && b.body.field.path).toEqual(["items"]);

    const archive = method("ArchiveShop").http[0]!;
    expect(archive.template.verb).toBe("archive");
    expect(archive.body).toEqual({ kind: "all" });

    const upload = method("Upload").http[0]!;
    expect(upload.template.segments.at(-1)).toEqual({ kind: "deep-wildcard" });
    expect(upload.template.variables).toEqual([{ fieldPath: ["path"], start: 2, end: 3 }]);
    expect(method("WatchItems").http).toEqual([]);
  });

  it("resolves pillion.api.v1.rest options to fields", () => {
    const path = (r: { path: readonly string[] } | undefined) => r?.path.join(".");
    expect(method("GetItem").rest).toEqual({ handler: "transcode", requestHeaders: [], responseHeaders: [], successStatus: 200 });
    expect(path(method("SaveItems").rest.metadataQuery)).toBe("metadata");
    expect(method("SaveItems").rest.successStatus).toBe(204);
    const del = method("DeleteItem").rest;
    expect(del.requestHeaders.map((h) => [h.header, path(h.field)])).toEqual([["If-Match", "etag"]]);
    const upload = method("Upload").rest;
    expect([path(upload.rawBody), path(upload.contentTypeField), upload.successStatus]).toEqual(["data", "content_type", 201]);
    const download = method("Download").rest;
    expect(path(download.rawResponse)).toBe("data");
    expect(download.responseHeaders.map((h) => [h.header, path(h.field)])).toEqual([["ETag", "etag"]]);
    expect(download.noContentWhenEmpty !== "*" && path(download.noContentWhenEmpty)).toBe("data");
    expect(download.defaultContentType).toBe("application/octet-stream");
    expect(method("WatchItems").rest.grpcOnly).toBe("a server stream; HTTP clients poll GetItem");
  });

  it("reads rest_field and rest_value options through the option reader", () => {
    const item = model.registry.getMessage("shop.v1.Item")!;
    const opt = (name: string) => model.options.restField(item.fields.find((f) => f.name === name)!);
    expect(opt("id")).toMatchObject({ emitUnpopulated: true, inline: false });
    expect(opt("details").rawJson).toBe(true);
    expect(opt("labels").unwrap).toBe(true);
    expect(opt("stock")).toMatchObject({ enumNumber: true, emitUnpopulated: true });
    expect(opt("item_type").name).toBe("type");
    expect(opt("ledger").omit).toBe(true);
    expect(opt("price")).toEqual({ name: "", rawJson: false, unwrap: false, omit: false, emitUnpopulated: false, enumNumber: false, inline: false, valueAsAny: false });
    const del = model.registry.getMessage("shop.v1.DeleteItemRequest")!;
    expect(model.options.restField(del.fields.find((f) => f.name === "options")!).inline).toBe(true);
    const freshness = model.registry.getEnum("shop.v1.Freshness")!;
    expect(freshness.values.map((v) => model.options.restValue(v))).toEqual([undefined, "cached", "latest"]);
  });
});
