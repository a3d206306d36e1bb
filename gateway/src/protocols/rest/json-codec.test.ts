import { create, toJson, type DescMessage, type FileRegistry, type Message } from "@bufbuild/protobuf";
import { anyUnpack, ValueSchema, type Any } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, it } from "vitest";
import { compileProtos, protoHeader } from "../../../../codegen/src/testing/proto-workspace.js";
import { RestJsonCodec, RestJsonError } from "./json-codec.js";

const proto =
  protoHeader("codec.v1", "google/protobuf/timestamp.proto", "google/protobuf/struct.proto", "google/protobuf/any.proto") +
  `
enum Color {
  COLOR_UNSPECIFIED = 0;
  COLOR_RED = 1 [(pillion.api.v1.rest_value) = "red"];
  COLOR_GREEN = 2;
}

message Tag { string value = 1; }
message Rule { string match = 1; string path = 2; }
message Rules { repeated Rule rules = 1; }
message Secrets { map<string, string> secrets = 1; }
message Counts { repeated int64 counts = 1; }

message Options {
  Color shade = 1;
  string mode = 2 [(pillion.api.v1.rest_field).emit_unpopulated = true];
}

message Status {
  Color runtime_status = 1 [(pillion.api.v1.rest_field).emit_unpopulated = true];
  bool ready = 2 [(pillion.api.v1.rest_field).emit_unpopulated = true];
  string placement = 3;
}

message Item {
  string key = 1 [(pillion.api.v1.rest_field).emit_unpopulated = true];
  bytes value = 2 [(pillion.api.v1.rest_field).raw_json = true];
  Tag etag = 3 [(pillion.api.v1.rest_field).unwrap = true];
  repeated Tag tags = 4 [(pillion.api.v1.rest_field).unwrap = true];
  map<string, Secrets> secrets = 5 [(pillion.api.v1.rest_field).unwrap = true];
  Rules rules = 6 [(pillion.api.v1.rest_field).unwrap = true];
  Color color = 7 [(pillion.api.v1.rest_field).enum_number = true, (pillion.api.v1.rest_field).emit_unpopulated = true];
  Options options = 8 [(pillion.api.v1.rest_field).inline = true];
  string operation_type = 9 [(pillion.api.v1.rest_field).name = "operation"];
  string internal = 10 [(pillion.api.v1.rest_field).omit = true];
  int64 big = 11;
  Status status = 12 [(pillion.api.v1.rest_field).emit_unpopulated = true];
  repeated Color colors = 13 [(pillion.api.v1.rest_field).enum_number = true];
  google.protobuf.Timestamp at = 14;
  oneof choice {
    string name = 15;
    Tag tag = 16;
  }
  optional int32 count = 17 [(pillion.api.v1.rest_field).emit_unpopulated = true];
  repeated string list = 18 [(pillion.api.v1.rest_field).emit_unpopulated = true];
  google.protobuf.Value any = 19;
  repeated bytes docs = 20 [(pillion.api.v1.rest_field).raw_json = true];
  map<string, Color> palette = 21 [(pillion.api.v1.rest_field).enum_number = true];
  Counts counts = 22 [(pillion.api.v1.rest_field).unwrap = true];
  map<int32, string> numbered = 23;
  bytes blob = 24;
  double ratio = 25;
  google.protobuf.Any payload = 26 [(pillion.api.v1.rest_field).value_as_any = true];
  google.protobuf.Any packed = 27;
}
`;

let registry: FileRegistry;
let Item: DescMessage;
const codec = new RestJsonCodec();
const enc = new TextEncoder();
const dec = new TextDecoder();

beforeAll(() => {
  registry = compileProtos({ "codec/v1/codec.proto": proto });
  Item = registry.getMessage("codec.v1.Item")!;
});

type Obj = Record<string, unknown>;
const item = (init: Obj = {}) => create(Item, init as never) as unknown as Message & Obj;
const out = (msg: Message) => JSON.parse(codec.stringifyMessage(Item, msg)) as Obj;
const decode = (json: unknown) => codec.decodeMessage(Item, json) as unknown as Obj;
const msgOf = (typeName: string, init: Obj) => create(registry.getMessage(typeName)!, init as never);

describe("REST JSON encoding", () => {
  it("writes emit_unpopulated fields with their defaults, and an unset message as an object of its own emitted fields", () => {
    expect(out(item())).toEqual({
      key: "",
      color: 0,
      status: { runtimeStatus: "COLOR_UNSPECIFIED", ready: false },
      count: 0,
      list: [],
    });
  });

  it("leaves other default values out", () => {
    const json = out(item({ key: "k", big: 0n, ratio: 0, blob: new Uint8Array(0), operationType: "" }));
    expect(Object.keys(json)).toEqual(["key", "color", "status", "count", "list"]);
  });

  it("writes enum_number enums as numbers, other enums by rest_value or name", () => {
    const json = out(
      item({
        color: 1,
        colors: [1, 2],
        palette: { a: 2 },
        options: msgOf("codec.v1.Options", { shade: 1 }),
        status: msgOf("codec.v1.Status", { runtimeStatus: 2 }),
      }),
    );
    expect(json["color"]).toBe(1);
    expect(json["colors"]).toEqual([1, 2]);
    expect(json["palette"]).toEqual({ a: 2 });
    expect(json["shade"]).toBe("red");
    expect(json["status"]).toEqual({ runtimeStatus: "COLOR_GREEN", ready: false });
  });

  it("writes the fields of an inline message in the parent object, at the field's place", () => {
    const text = codec.stringifyMessage(Item, item({ key: "k", options: msgOf("codec.v1.Options", { shade: 1 }), operationType: "upsert" }));
    expect(text).toBe('{"key":"k","color":0,"shade":"red","mode":"","operation":"upsert","status":{"runtimeStatus":"COLOR_UNSPECIFIED","ready":false},"count":0,"list":[]}');
  });

  it("unwraps single-field messages, also per list element and map value", () => {
    const json = out(
      item({
        etag: msgOf("codec.v1.Tag", { value: "e1" }),
        tags: [msgOf("codec.v1.Tag", { value: "a" }), msgOf("codec.v1.Tag", { value: "" })],
        secrets: { db: msgOf("codec.v1.Secrets", { secrets: { user: "u", pass: "p" } }) },
        rules: msgOf("codec.v1.Rules", { rules: [msgOf("codec.v1.Rule", { match: "m", path: "/p" })] }),
        counts: msgOf("codec.v1.Counts", { counts: [1n, 2n] }),
      }),
    );
    expect(json["etag"]).toBe("e1");
    expect(json["tags"]).toEqual(["a", ""]);
    expect(json["secrets"]).toEqual({ db: { user: "u", pass: "p" } });
    expect(json["rules"]).toEqual([{ match: "m", path: "/p" }]);
    expect(json["counts"]).toEqual(["1", "2"]);
  });

  it("embeds raw_json bytes that are JSON verbatim, other text as a string, other bytes as base64", () => {
    const text = codec.stringifyMessage(Item, item({ value: enc.encode('{"b": 1.50, "a": [1]}'), docs: [enc.encode("plain"), new Uint8Array([0xff, 0xfe]), enc.encode("2")] }));
    expect(text).toContain('"value":{"b": 1.50, "a": [1]}');
    expect(JSON.parse(text)["docs"]).toEqual(["plain", "//4=", 2]);
  });

  it("renames (name) and leaves out (omit) fields", () => {
    const json = out(item({ operationType: "delete", internal: "secret" }));
    expect(json["operation"]).toBe("delete");
    expect(json).not.toHaveProperty("internal");
    expect(json).not.toHaveProperty("operationType");
  });

  it("follows protobuf JSON for 64-bit integers, bytes, doubles, oneofs, maps and well-known types", () => {
    const json = out(
      item({
        big: -9007199254740993n,
        blob: new Uint8Array([1, 2, 3]),
        ratio: Number.NaN,
        choice: { case: "tag", value: msgOf("codec.v1.Tag", { value: "t" }) },
        numbered: { 7: "seven" },
        at: msgOf("google.protobuf.Timestamp", { seconds: 1n, nanos: 0 }),
      }),
    );
    expect(json["big"]).toBe("-9007199254740993");
    expect(json["blob"]).toBe("AQID");
    expect(json["ratio"]).toBe("NaN");
    expect(json["tag"]).toEqual({ value: "t" });
    expect(json).not.toHaveProperty("name");
    expect(json["numbered"]).toEqual({ "7": "seven" });
    expect(json["at"]).toBe("1970-01-01T00:00:01Z");
  });

  it("writes a field value on its own even when it holds its default (response_body)", () => {
    const plan = codec.plan(Item);
    const list = plan.fields.find((f) => f.field.name === "tags")!;
    const secrets = plan.fields.find((f) => f.field.name === "secrets")!;
    expect(codec.stringifyField(list, [])).toBe("[]");
    expect(codec.stringifyField(secrets, { x: msgOf("codec.v1.Secrets", { secrets: { k: "v" } }) })).toBe('{"x":{"k":"v"}}');
  });
});

describe("REST JSON decoding", () => {
  it("reads any JSON value of a value_as_any field as an Any holding that Value, and writes it back as the Any's protobuf JSON", () => {
    const valueUrl = "type.googleapis.com/google.protobuf.Value";
    for (const v of [{ b: [1, "x"], a: null }, "text", 12.5, true, null, [1, 2]]) {
      const any = decode({ payload: v })["payload"] as Any;
      expect(any.typeUrl).toBe(valueUrl);
      expect(toJson(ValueSchema, anyUnpack(any, ValueSchema)!)).toEqual(v);
      expect(out(item({ payload: any }))["payload"]).toEqual({ "@type": valueUrl, value: v });
    }
    // An object that looks like an Any is a JSON value like any other there; a plain Any field still reads protobuf JSON.
    const lookalike = { "@type": "type.googleapis.com/google.protobuf.StringValue", value: "s" };
    expect(toJson(ValueSchema, anyUnpack(decode({ payload: lookalike })["payload"] as Any, ValueSchema)!)).toEqual(lookalike);
    expect((decode({ packed: { "@type": valueUrl, value: 3 } })["packed"] as Any).typeUrl).toBe(valueUrl);
    expect(() => decode({ packed: 3 })).toThrow(RestJsonError);
  });

  it("reads inline fields from the parent object and unwrapped values into their messages", () => {
    const m = decode({ key: "k", shade: "red", mode: "m", etag: "e", tags: ["a", "b"], secrets: { db: { u: "x" } }, rules: [{ match: "m" }], counts: ["3", 4] });
    expect((m["options"] as Obj)["shade"]).toBe(1);
    expect((m["options"] as Obj)["mode"]).toBe("m");
    expect((m["etag"] as Obj)["value"]).toBe("e");
    expect((m["tags"] as Obj[]).map((t) => t["value"])).toEqual(["a", "b"]);
    expect(((m["secrets"] as Record<string, Obj>)["db"]!)["secrets"]).toEqual({ u: "x" });
    expect((((m["rules"] as Obj)["rules"] as Obj[])[0]!)["match"]).toBe("m");
    expect((m["counts"] as Obj)["counts"]).toEqual([3n, 4n]);
  });

  it("accepts enum names, rest_value spellings and numbers, also for enum_number fields", () => {
    expect(decode({ color: "red" })["color"]).toBe(1);
    expect(decode({ color: "COLOR_GREEN" })["color"]).toBe(2);
    expect(decode({ color: 2 })["color"]).toBe(2);
    expect(decode({ colors: [1, "red", "color_green"] })["colors"]).toEqual([1, 1, 2]);
    expect(decode({ palette: { a: "red" } })["palette"]).toEqual({ a: 1 });
  });

  it("accepts the REST, JSON and proto names; ignores omitted and unknown properties", () => {
    expect(decode({ operation: "a" })["operationType"]).toBe("a");
    expect(decode({ operationType: "b" })["operationType"]).toBe("b");
    expect(decode({ operation_type: "c" })["operationType"]).toBe("c");
    expect(decode({ internal: "x", nope: 1 })["internal"]).toBe("");
  });

  it("turns raw_json values into their JSON text", () => {
    const m = decode({ value: { a: [1, "x"] }, docs: ["s", 2, null] });
    expect(dec.decode(m["value"] as Uint8Array)).toBe('{"a":[1,"x"]}');
    expect((m["docs"] as Uint8Array[]).map((d) => dec.decode(d))).toEqual(['"s"', "2", "null"]);
  });

  it("reads 64-bit integers, oneofs, optional fields, null and google.protobuf.Value", () => {
    const m = decode({ big: "-9007199254740993", name: "n", count: 0, any: null, at: "1970-01-01T00:00:02Z", etag: null });
    expect(m["big"]).toBe(-9007199254740993n);
    expect(m["choice"]).toEqual({ case: "name", value: "n" });
    expect(m["count"]).toBe(0);
    expect((m["any"] as Obj)["kind"]).toEqual({ case: "nullValue", value: 0 });
    expect((m["at"] as Obj)["seconds"]).toBe(2n);
    expect(m["etag"]).toBeUndefined();
  });

  it("round-trips a message through encode and decode", () => {
    const original = item({
      key: "k",
      value: enc.encode('{"x":1}'),
      etag: msgOf("codec.v1.Tag", { value: "e" }),
      color: 2,
      options: msgOf("codec.v1.Options", { shade: 2, mode: "m" }),
      operationType: "upsert",
      big: 5n,
      status: msgOf("codec.v1.Status", { runtimeStatus: 1, ready: true, placement: "p" }),
      count: 3,
      list: ["a"],
      palette: { p: 1 },
    });
    const back = codec.decodeMessage(Item, JSON.parse(codec.stringifyMessage(Item, original)));
    expect(back).toEqual(original);
  });

  it("names the property path of a value that does not fit", () => {
    const err = (json: unknown) => {
      try {
        decode(json);
      } catch (e) {
        expect(e).toBeInstanceOf(RestJsonError);
        return (e as Error).message;
      }
      throw new Error("no error");
    };
    expect(err({ tags: ["a", 2] })).toBe("tags[1]: expected a string");
    expect(err({ secrets: { db: { u: [] } } })).toBe("secrets.db.u: expected a string");
    expect(err({ color: "blue" })).toMatch(/^color: "blue" is not one of COLOR_UNSPECIFIED, red, COLOR_GREEN$/);
    expect(err({ big: "1.5" })).toBe("big: expected a 64-bit integer");
    expect(err({ numbered: { x: "y" } })).toBe('numbered.x: map key "x" is not an integer');
    expect(err({ shade: 3.5 })).toMatch(/^shade: /);
    expect(err([])).toMatch(/expected an object/);
  });

  it("keeps a __proto__ map key as an ordinary key", () => {
    const m = decode(JSON.parse('{"palette":{"__proto__":"red"}}'));
    const palette = m["palette"] as Obj;
    expect(Object.getPrototypeOf(palette)).toBe(Object.prototype);
    expect(Object.keys(palette)).toEqual(["__proto__"]);
  });
});
