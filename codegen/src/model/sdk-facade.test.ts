/**
 * The SDK facade model from inline protos: what a valid pillion.api.v1.sdk
 * option becomes, and every invalid one stopping generation with the proto
 * file and line (each bad proto marks the line the error must name).
 */
import { describe, expect, it } from "vitest";
import { GenerationError } from "../errors.js";
import { compileProtos, protoHeader } from "../testing/proto-workspace.js";
import { buildModel } from "./build-model.js";
import { buildSdkFacade } from "./sdk-facade.js";

const marker = "// <- here";

/** A proto with a KV service; `body` holds the service's groups and RPCs. */
function kvProto(serviceBody: string, pkg = "kv.v1"): string {
  return (
    protoHeader(pkg, "pillion/api/v1/sdk.proto", "google/protobuf/any.proto", "google/protobuf/empty.proto") +
    `
message Etag { string value = 1; }
message Options { int32 retries = 1; string note = 2; }
message Item {
  string key = 1;
  bytes value = 2;
  Etag etag = 3;
  string content_type = 4;
}
message GetRequest {
  string store = 1;
  string key = 2;
  Options options = 3;
  map<string, string> metadata = 4;
}
message GetResponse {
  bytes data = 1;
  string etag = 2;
  string content_type = 3;
}
message PutRequest {
  string store = 1;
  repeated Item items = 2;
  Verb verb = 3;
}
enum Verb {
  VERB_UNSPECIFIED = 0;
  VERB_POST = 1;
}
message BulkResponse { repeated Item items = 1; }
message PutOneRequest {
  string key = 1;
  Item item = 2;
}
message CallRequest {
  string id = 1;
  Call call = 2;
}
message Call {
  string method = 1;
  google.protobuf.Any data = 2;
  string content_type = 3;
  int64 attempt = 4;
  bool flag = 5;
}
service Kv {
${serviceBody}
}
`
  );
}

const group = (name: string) => `  option (pillion.api.v1.sdk_group) = {name: "${name}" doc: "The ${name} group."};`;
const rpc = (sig: string, sdk: string, extra = "") => `  rpc ${sig} { ${marker}\n    option (pillion.api.v1.rest) = {grpc_only: "test"};\n    option (pillion.api.v1.sdk) = {${sdk}};${extra}\n  }`;

function facadeOf(proto: string) {
  const registry = compileProtos({ "kv/v1/kv.proto": proto });
  return buildSdkFacade(buildModel(registry, { include: ["kv/"] }));
}

function errorOf(proto: string): GenerationError {
  try {
    facadeOf(proto);
  } catch (e) {
    if (e instanceof GenerationError) return e;
    throw e;
  }
  throw new Error("expected generation to fail");
}

const markedLine = (proto: string) => proto.split("\n").findIndex((l) => l.includes(marker)) + 1;

describe("the SDK facade model", () => {
  it("groups the methods and shapes parameters, options, payloads, defaults, returns and decodes", () => {
    const f = facadeOf(
      kvProto(
        [
          group("kv"),
          rpc("Get(GetRequest) returns (GetResponse)", 'group: "kv" name: "get" params: ["store", "key"] decode: {field: "data" as: "value" content_type: "content_type"}'),
          rpc("Put(PutRequest) returns (google.protobuf.Empty)", 'group: "kv" name: "put_many" params: ["store", "items"] payload: {field: "items.value" content_type: "items.content_type"} defaults: {field: "verb" value: "VERB_POST"}'),
          rpc("Bulk(GetRequest) returns (BulkResponse)", 'group: "kv" name: "bulk" params: ["store"] returns: "items" decode: {field: "items.value" as: "decoded"}'),
          rpc("Call(CallRequest) returns (GetResponse)", 'name: "call" params: ["id", "call.method", "call.data"] payload: {field: "call.data"} defaults: [{field: "call.attempt" value: "3"}, {field: "call.flag" value: "true"}] doc: "Calls."'),
          rpc("Watch(GetRequest) returns (stream GetResponse)", 'group: "kv" name: "watch" params: ["store"]'),
        ].join("\n"),
      ).replaceAll(` ${marker}`, ""),
    );
    expect(f.groups.map((g) => [g.name, g.doc, g.methods.map((m) => m.name)])).toEqual([
      ["", "", ["call"]],
      ["kv", "The kv group.", ["get", "put_many", "bulk", "watch"]],
    ]);
    const [call] = f.groups[0]!.methods;
    const [get, put, bulk, watch] = f.groups[1]!.methods;

    expect(get!.params.map((p) => p.name)).toEqual(["store", "key"]);
    expect(get!.options.map((o) => o.field.path.join("."))).toEqual(["options", "metadata"]);
    expect(get!.returns).toEqual({ kind: "message" });
    expect(get!.decodes.map((d) => [d.field.path.join("."), d.kind, d.as, d.contentType?.path.join(".")])).toEqual([["data", "bytes", "value", "content_type"]]);
    expect(get!.doc).toBe("");
    expect(get!.streaming).toBe(false);

    expect(put!.returns).toEqual({ kind: "none" });
    expect(put!.payloads.map((p) => [p.field.path.join("."), p.kind, p.contentType?.path.join(".")])).toEqual([["items.value", "bytes", "items.content_type"]]);
    expect(put!.defaults.map((d) => [d.field.path.join("."), d.value, d.text])).toEqual([["verb", 1, "VERB_POST"]]);
    expect(put!.options.map((o) => o.name)).toEqual(["verb"]);

    expect(bulk!.returns.kind === "field" && bulk!.returns.field.path).toEqual(["items"]);

    // A dotted parameter opens its message: the message's other fields become options.
    expect(call!.params.map((p) => [p.name, p.field.path.join("."), p.payload?.kind])).toEqual([
      ["id", "id", undefined],
      ["method", "call.method", undefined],
      ["data", "call.data", "any"],
    ]);
    expect(call!.options.map((o) => [o.name, o.field.path.join(".")])).toEqual([
      ["content_type", "call.content_type"],
      ["attempt", "call.attempt"],
      ["flag", "call.flag"],
    ]);
    expect(call!.request.fields.map((r) => [r.field.name, r.kind])).toEqual([
      ["id", "param"],
      ["call", "open"],
    ]);
    expect(call!.defaults.map((d) => d.value)).toEqual([3n, true]);
    expect(call!.doc).toBe("Calls.");

    expect(watch!.streaming).toBe(true);
    expect(watch!.returns).toEqual({ kind: "message" });
    expect(f.services.map((s) => s.typeName)).toEqual(["kv.v1.Kv"]);
  });

  const bad: { name: string; body: string; error: RegExp }[] = [
    { name: "an undeclared group", body: rpc("Get(GetRequest) returns (GetResponse)", 'group: "kvv" name: "get"'), error: /group "kvv" is not declared/ },
    { name: "a name that is not snake case", body: group("kv") + "\n" + rpc("Get(GetRequest) returns (GetResponse)", 'group: "kv" name: "getBulk"'), error: /name "getBulk" must be lower_snake_case/ },
    { name: "a missing name", body: rpc("Get(GetRequest) returns (GetResponse)", 'params: ["store"]'), error: /needs a name/ },
    { name: "a parameter that is not a field", body: rpc("Get(GetRequest) returns (GetResponse)", 'name: "get" params: ["nope"]'), error: /param "nope" is not a field of kv\.v1\.GetRequest/ },
    { name: "a parameter through a repeated field", body: rpc("Put(PutRequest) returns (GetResponse)", 'name: "put" params: ["items.key"]'), error: /goes through "items", which is not a singular message field/ },
    { name: "a parameter inside another", body: rpc("Get(GetRequest) returns (GetResponse)", 'name: "get" params: ["options", "options.note"]'), error: /param "options\.note" lies inside param "options"/ },
    { name: "a payload that is not bytes", body: rpc("Get(GetRequest) returns (GetResponse)", 'name: "get" payload: {field: "key"}'), error: /payload field "key" must be a bytes or google\.protobuf\.Any field/ },
    { name: "a payload content type in another message", body: rpc("Call(CallRequest) returns (GetResponse)", 'name: "call" params: ["id", "call.data"] payload: {field: "call.data" content_type: "id"}'), error: /content_type "id" must be in the same message as "call\.data"/ },
    { name: "returns naming a missing field", body: rpc("Get(GetRequest) returns (GetResponse)", 'name: "get" returns: "nope"'), error: /returns "nope" is not a field of kv\.v1\.GetResponse/ },
    { name: "returns on a stream", body: rpc("Watch(GetRequest) returns (stream GetResponse)", 'name: "watch" returns: "data"'), error: /a streaming method yields whole responses/ },
    { name: "a decode without as", body: rpc("Get(GetRequest) returns (GetResponse)", 'name: "get" decode: {field: "data"}'), error: /needs "as"/ },
    { name: "a decode named like a field", body: rpc("Get(GetRequest) returns (GetResponse)", 'name: "get" decode: {field: "data" as: "etag"}'), error: /already has a field of that name/ },
    { name: "a decode outside what is returned", body: rpc("Get(GetRequest) returns (GetResponse)", 'name: "get" returns: "etag" decode: {field: "data" as: "value"}'), error: /outside what the method returns/ },
    { name: "an enum default that is no value", body: rpc("Put(PutRequest) returns (GetResponse)", 'name: "put" defaults: {field: "verb" value: "VERB_GET"}'), error: /default "VERB_GET" is not a value of kv\.v1\.Verb/ },
    { name: "a default on a message", body: rpc("Get(GetRequest) returns (GetResponse)", 'name: "get" defaults: {field: "options" value: "x"}'), error: /must be a scalar or enum field/ },
    { name: "two options with one name", body: rpc("PutOne(PutOneRequest) returns (GetResponse)", 'name: "put_one" params: ["item.value"]'), error: /request field "item\.key" would be the option "key"/ },
    { name: "a bidirectional stream", body: rpc("Chat(stream GetRequest) returns (stream GetResponse)", 'name: "chat"'), error: /cannot put a client-streaming or bidirectional RPC in the facade/ },
    { name: "two methods with one name", body: rpc("Get(GetRequest) returns (GetResponse)", 'name: "get"').replace(` ${marker}`, "") + "\n" + rpc("Get2(GetRequest) returns (GetResponse)", 'name: "get"'), error: /sdk method get is declared twice/ },
  ];

  it.each(bad)("rejects $name, naming the file and line", ({ body, error }) => {
    const proto = kvProto(body);
    const e = errorOf(proto);
    expect(e.detail).toMatch(error);
    expect(e.file).toBe("kv/v1/kv.proto");
    expect(e.line).toBe(markedLine(proto));
  });

  it("rejects a group declared but unused, and one declared twice, at the service", () => {
    const unused = kvProto(group("kv") + "\n" + rpc("Get(GetRequest) returns (GetResponse)", 'name: "get"'));
    const e = errorOf(unused);
    expect(e.detail).toMatch(/sdk_group "kv" is declared but no method uses it/);
    expect(e.line).toBe(unused.split("\n").findIndex((l) => l.startsWith("service Kv")) + 1);
    expect(errorOf(kvProto(group("kv") + "\n" + group("kv") + "\n" + rpc("Get(GetRequest) returns (GetResponse)", 'group: "kv" name: "get"'))).detail).toMatch(/declared twice/);
  });
});
