import { create } from "@bufbuild/protobuf";
import {
  FieldDescriptorProto_Label as Label,
  FieldDescriptorProto_Type as Type,
  FileDescriptorProtoSchema,
  type FileDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { defaultJsonName, diffElements, flattenFiles } from "./descriptor-diff.js";

/** A small file in the shape of Dapr's: a message with a scalar, an enum field, a map, a oneof and a proto3 optional; an enum; a service. */
function file(edit: (f: FileDescriptorProto) => void = () => {}): FileDescriptorProto {
  const f = create(FileDescriptorProtoSchema, {
    name: "dapr/proto/runtime/v1/x.proto",
    package: "dapr.proto.runtime.v1",
    syntax: "proto3",
    messageType: [
      {
        name: "GetThingRequest",
        field: [
          { name: "store_name", number: 1, type: Type.STRING, label: Label.OPTIONAL, jsonName: "storeName" },
          { name: "mode", number: 2, type: Type.ENUM, typeName: ".dapr.proto.runtime.v1.Mode", label: Label.OPTIONAL },
          { name: "metadata", number: 3, type: Type.MESSAGE, typeName: ".dapr.proto.runtime.v1.GetThingRequest.MetadataEntry", label: Label.REPEATED },
          { name: "text", number: 4, type: Type.STRING, label: Label.OPTIONAL, oneofIndex: 0 },
          { name: "data", number: 5, type: Type.BYTES, label: Label.OPTIONAL, oneofIndex: 0 },
          { name: "ttl", number: 6, type: Type.INT32, label: Label.OPTIONAL, oneofIndex: 1, proto3Optional: true },
        ],
        nestedType: [
          {
            name: "MetadataEntry",
            field: [
              { name: "key", number: 1, type: Type.STRING, label: Label.OPTIONAL },
              { name: "value", number: 2, type: Type.STRING, label: Label.OPTIONAL },
            ],
            options: { mapEntry: true },
          },
        ],
        oneofDecl: [{ name: "payload" }, { name: "_ttl" }],
      },
      { name: "Thing", field: [] },
    ],
    enumType: [{ name: "Mode", value: [{ name: "MODE_UNSPECIFIED", number: 0 }, { name: "MODE_FAST", number: 1 }] }],
    service: [
      {
        name: "Things",
        method: [
          { name: "GetThing", inputType: ".dapr.proto.runtime.v1.GetThingRequest", outputType: ".dapr.proto.runtime.v1.Thing" },
          { name: "WatchThings", inputType: ".dapr.proto.runtime.v1.GetThingRequest", outputType: ".dapr.proto.runtime.v1.Thing", serverStreaming: true },
        ],
      },
    ],
  });
  edit(f);
  return f;
}

const diff = (expected: FileDescriptorProto, actual: FileDescriptorProto, exceptions = [] as { key: string; reason: string }[]) =>
  diffElements(flattenFiles([expected]), flattenFiles([actual]), { expectedName: "dapr", actualName: "pillion", exceptions });

const message = (f: FileDescriptorProto) => f.messageType[0]!;
const field = (f: FileDescriptorProto, n: number) => message(f).field.find((x) => x.number === n)!;

describe("descriptor diff", () => {
  it("finds no difference between identical files", () => {
    expect(diff(file(), file()).differences).toEqual([]);
  });

  it("treats an explicit json_name equal to the default as no difference", () => {
    expect(diff(file(), file((f) => (field(f, 2).jsonName = "mode"))).differences).toEqual([]);
  });

  it.each([
    ["a renamed field", (f: FileDescriptorProto) => (field(f, 1).name = "store"), 'message .dapr.proto.runtime.v1.GetThingRequest field 1: name is "store_name" in dapr but "store" in pillion'],
    ["a custom JSON name", (f: FileDescriptorProto) => (field(f, 1).jsonName = "store"), 'field 1: jsonName is "storeName" in dapr but "store" in pillion'],
    ["a changed type", (f: FileDescriptorProto) => (field(f, 1).type = Type.BYTES), 'field 1: type is "STRING" in dapr but "BYTES" in pillion'],
    ["a changed type name", (f: FileDescriptorProto) => (field(f, 2).typeName = ".dapr.proto.runtime.v1.Other"), 'field 2: typeName is ".dapr.proto.runtime.v1.Mode" in dapr but ".dapr.proto.runtime.v1.Other" in pillion'],
    ["a changed label", (f: FileDescriptorProto) => (field(f, 1).label = Label.REPEATED), 'field 1: label is "OPTIONAL" in dapr but "REPEATED" in pillion'],
    ["a field taken out of its oneof", (f: FileDescriptorProto) => delete (field(f, 5) as { oneofIndex?: number }).oneofIndex, 'field 5: oneof is "payload" in dapr but "" in pillion'],
    ["a dropped proto3 optional", (f: FileDescriptorProto) => (field(f, 6).proto3Optional = false), 'field 6: proto3Optional is "true" in dapr but "false" in pillion'],
    ["a renumbered field", (f: FileDescriptorProto) => (field(f, 1).number = 9), "field 1: in dapr (name=store_name"],
    ["a map that became a message", (f: FileDescriptorProto) => (message(f).nestedType[0]!.options!.mapEntry = false), 'message .dapr.proto.runtime.v1.GetThingRequest.MetadataEntry: mapEntry is "true" in dapr but "false" in pillion'],
    ["a changed enum value", (f: FileDescriptorProto) => (f.enumType[0]!.value[1]!.number = 2), 'enum .dapr.proto.runtime.v1.Mode value MODE_FAST: number is "1" in dapr but "2" in pillion'],
    ["an extra enum value", (f: FileDescriptorProto) => f.enumType[0]!.value.push({ ...f.enumType[0]!.value[1]!, name: "MODE_SLOW", number: 2 }), "enum .dapr.proto.runtime.v1.Mode value MODE_SLOW: in pillion (number=2) but not in dapr"],
    ["a missing method", (f: FileDescriptorProto) => f.service[0]!.method.pop(), "service .dapr.proto.runtime.v1.Things method WatchThings: in dapr"],
    ["a lost server stream", (f: FileDescriptorProto) => (f.service[0]!.method[1]!.serverStreaming = false), 'method WatchThings: serverStreaming is "true" in dapr but "false" in pillion'],
    ["a changed output type", (f: FileDescriptorProto) => (f.service[0]!.method[0]!.outputType = ".dapr.proto.runtime.v1.GetThingRequest"), 'method GetThing: output is ".dapr.proto.runtime.v1.Thing"'],
    ["a changed package", (f: FileDescriptorProto) => (f.package = "dapr.proto.runtime.v2"), 'file dapr/proto/runtime/v1/x.proto: package is "dapr.proto.runtime.v1" in dapr but "dapr.proto.runtime.v2" in pillion'],
  ])("reports %s", (_name, edit, expected) => {
    const { differences } = diff(file(), file(edit));
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.join("\n")).toContain(expected);
  });

  it("reports a message that moved to another file", () => {
    const moved = file((f) => f.messageType.pop());
    const other = create(FileDescriptorProtoSchema, { name: "dapr/proto/runtime/v1/y.proto", package: "dapr.proto.runtime.v1", syntax: "proto3", messageType: [{ name: "Thing" }] });
    const { differences } = diffElements(flattenFiles([file()]), flattenFiles([moved, other]), { expectedName: "dapr", actualName: "pillion" });
    expect(differences).toContain('message .dapr.proto.runtime.v1.Thing: file is "dapr/proto/runtime/v1/x.proto" in dapr but "dapr/proto/runtime/v1/y.proto" in pillion');
  });

  it("excuses differences under an exception's key and reports unused exceptions", () => {
    const r = diff(file(), file((f) => (field(f, 6).proto3Optional = false)), [
      { key: "message .dapr.proto.runtime.v1.GetThingRequest field 6", reason: "known" },
      { key: "message .dapr.proto.runtime.v1.Gone", reason: "stale" },
    ]);
    expect(r.differences).toEqual([]);
    expect(r.excused).toHaveLength(1);
    expect(r.unusedExceptions.map((x) => x.key)).toEqual(["message .dapr.proto.runtime.v1.Gone"]);
  });

  it("does not let an exception for one message cover a nested or similarly named one", () => {
    const r = diff(file(), file((f) => (message(f).nestedType[0]!.field[0]!.name = "k")), [{ key: "message .dapr.proto.runtime.v1.GetThingRequest", reason: "only the outer message" }]);
    expect(r.differences.join("\n")).toContain("GetThingRequest.MetadataEntry field 1");
  });

  it("computes protoc's default JSON names", () => {
    expect(defaultJsonName("store_name")).toBe("storeName");
    expect(defaultJsonName("etag")).toBe("etag");
    expect(defaultJsonName("data_content_type")).toBe("dataContentType");
    expect(defaultJsonName("appID")).toBe("appID");
  });
});
