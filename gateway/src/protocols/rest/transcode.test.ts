import { create, type Message } from "@bufbuild/protobuf";
import { beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../../../../codegen/src/model/build-model.js";
import { compileProtos, protoHeader } from "../../../../codegen/src/testing/proto-workspace.js";
import { routeTable } from "../../../../codegen/src/testing/route-table.js";
import { DaprError } from "../../errors/dapr-error.js";
import { compileRoute, type CompiledRoute } from "./compiled-route.js";
import { RestJsonCodec } from "./json-codec.js";
import type { RestRoute } from "./route.js";
import { decodeRequest, encodeResponse, type RestRequest } from "./transcode.js";

const proto =
  protoHeader("tc.v1", "google/protobuf/empty.proto") +
  `
service Things {
  rpc Get(GetRequest) returns (GetResponse) {
    option (google.api.http) = {get: "/v1/things/{store}/{key}"};
    option (pillion.api.v1.rest) = {
      metadata_query: "metadata"
      raw_response: "data"
      response_headers: {header: "ETag", field: "etag"}
      response_metadata_headers: "metadata"
      no_content_when_empty: "data"
    };
  }
  rpc Delete(DeleteRequest) returns (google.protobuf.Empty) {
    option (google.api.http) = {delete: "/v1/things/{store}/{key}"};
    option (pillion.api.v1.rest) = {
      request_headers: {header: "If-Match", field: "etag"}
      metadata_query: "metadata"
    };
  }
  rpc Save(SaveRequest) returns (google.protobuf.Empty) {
    option (google.api.http) = {post: "/v1/things/{store}" body: "items"};
  }
  rpc BulkGet(BulkGetRequest) returns (BulkGetResponse) {
    option (google.api.http) = {post: "/v1/things/{store}/bulk" body: "*" response_body: "items"};
    option (pillion.api.v1.rest) = {metadata_query: "metadata"};
  }
  rpc Query(QueryRequest) returns (QueryResponse) {
    option (google.api.http) = {post: "/v1/things/{store}/query"};
    option (pillion.api.v1.rest) = {raw_body: "query" no_content_when_empty: "results"};
  }
  rpc Publish(PublishRequest) returns (google.protobuf.Empty) {
    option (google.api.http) = {post: "/v1/publish/{pubsub}/{topic=**}"};
    option (pillion.api.v1.rest) = {raw_body: "data" content_type_field: "content_type" metadata_query: "metadata"};
  }
  rpc Encrypt(EncryptRequest) returns (EncryptResponse) {
    option (google.api.http) = {put: "/v1/crypto/{options.component}/encrypt"};
    option (pillion.api.v1.rest) = {
      raw_body: "payload.data"
      request_headers: {header: "x-key-name", field: "options.key_name"}
      request_headers: {header: "x-omit", field: "options.omit"}
      raw_response: "payload.data"
      response_content_type: "content_type"
      default_content_type: "application/octet-stream"
    };
  }
  rpc Schedule(ScheduleRequest) returns (google.protobuf.Empty) {
    option (google.api.http) = {post: "/v1/jobs/{job.name}" body: "*"};
  }
  rpc Unlock(UnlockRequest) returns (UnlockResponse) {
    option (google.api.http) = {post: "/v1/unlock/{store}" body: "*"};
  }
  rpc Search(SearchRequest) returns (SearchResponse) {
    option (google.api.http) = {get: "/v1/search/{scope}"};
    option (pillion.api.v1.rest) = {success_status: 202 no_content_when_empty: "*"};
  }
  rpc Ping(google.protobuf.Empty) returns (PingResponse) {
    option (google.api.http) = {get: "/v1/ping"};
    option (pillion.api.v1.rest) = {success_status: 204};
  }
}

enum Consistency {
  CONSISTENCY_UNSPECIFIED = 0;
  CONSISTENCY_EVENTUAL = 1 [(pillion.api.v1.rest_value) = "eventual"];
  CONSISTENCY_STRONG = 2 [(pillion.api.v1.rest_value) = "strong"];
}
message Etag { string value = 1; }
message Options {
  Consistency consistency = 1;
  string concurrency = 2;
}
message Item {
  string key = 1;
  bytes value = 2 [(pillion.api.v1.rest_field).raw_json = true];
  Etag etag = 3 [(pillion.api.v1.rest_field).unwrap = true];
}
message GetRequest {
  string store = 1;
  string key = 2;
  Consistency consistency = 3;
  map<string, string> metadata = 4;
}
message GetResponse {
  bytes data = 1;
  string etag = 2;
  map<string, string> metadata = 3;
}
message DeleteRequest {
  string store = 1;
  string key = 2;
  Etag etag = 3;
  Options options = 4 [(pillion.api.v1.rest_field).inline = true];
  map<string, string> metadata = 5;
}
message SaveRequest {
  string store = 1;
  repeated Item items = 2;
}
message BulkGetRequest {
  string store = 1;
  repeated string keys = 2;
  map<string, string> metadata = 3;
}
message BulkItem {
  string key = 1 [(pillion.api.v1.rest_field).emit_unpopulated = true];
  bytes data = 2 [(pillion.api.v1.rest_field).raw_json = true];
}
message BulkGetResponse { repeated BulkItem items = 1; }
message QueryRequest {
  string store = 1;
  string query = 2;
}
message QueryResponse { repeated BulkItem results = 1; }
message PublishRequest {
  string pubsub = 1;
  string topic = 2;
  bytes data = 3;
  string content_type = 4;
  map<string, string> metadata = 5;
}
message EncryptOptions {
  string component = 1;
  string key_name = 2;
  bool omit = 3;
}
message Payload { bytes data = 1; }
message EncryptRequest {
  EncryptOptions options = 1;
  Payload payload = 2;
}
message EncryptResponse {
  Payload payload = 1;
  string content_type = 2;
}
message Job {
  string name = 1;
  string schedule = 2;
  optional uint32 repeats = 3;
}
message ScheduleRequest {
  Job job = 1 [(pillion.api.v1.rest_field).inline = true];
  bool overwrite = 2;
}
message UnlockRequest {
  string store = 1;
  string owner = 2;
}
message UnlockResponse {
  enum Status {
    SUCCESS = 0;
    MISSING = 1;
  }
  Status status = 1 [(pillion.api.v1.rest_field).emit_unpopulated = true, (pillion.api.v1.rest_field).enum_number = true];
}
message Range {
  int32 from = 1;
  int32 to = 2;
}
message Filter {
  Range range = 1;
  repeated string tags = 2;
}
message SearchRequest {
  string scope = 1;
  string text = 2 [(pillion.api.v1.rest_field).name = "q"];
  Filter filter = 3;
  repeated Consistency levels = 4 [json_name = "level"];
  int64 limit = 5;
  bool exact = 6;
  Etag after = 7 [(pillion.api.v1.rest_field).unwrap = true];
  string hidden = 8 [(pillion.api.v1.rest_field).omit = true];
}
message SearchResponse { repeated string hits = 1; }
message PingResponse { string status = 1; }
`;

let routes: RestRoute[];
const codec = new RestJsonCodec();
const enc = new TextEncoder();
const dec = new TextDecoder();

beforeAll(() => {
  const model = buildModel(compileProtos({ "tc/v1/things.proto": proto }), { include: ["tc/"] });
  routes = routeTable(model) as unknown as RestRoute[];
});

type Obj = Record<string, unknown>;
const route = (method: string): CompiledRoute => compileRoute(routes.find((r) => r.method === method)!);
const request = (r: Partial<Omit<RestRequest, "query">> & { query?: string } = {}): RestRequest => ({
  values: r.values ?? [],
  query: new URLSearchParams(r.query ?? ""),
  headers: r.headers ?? {},
  body: r.body ?? new Uint8Array(0),
});
const decode = (method: string, r: Parameters<typeof request>[0]) => decodeRequest(codec, route(method), request(r)) as unknown as Obj;
const json = (v: unknown) => enc.encode(JSON.stringify(v));
const refused = (errorCode: string, f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DaprError);
    expect((e as DaprError).errorCode).toBe(errorCode);
    expect((e as DaprError).httpStatus).toBe(400);
    return (e as Error).message;
  }
  throw new Error("no error");
};
const malformed = (f: () => unknown) => refused("ERR_MALFORMED_REQUEST", f);
const badValue = (f: () => unknown) => refused("ERR_BAD_REQUEST", f);
const response = (method: string, typeName: string, init: Obj) => {
  const c = route(method);
  const schema = c.output.typeName === typeName ? c.output : c.output.file.messages.find((m) => m.typeName === typeName)!;
  return encodeResponse(codec, c, create(schema, init as never) as Message);
};

describe("decodeRequest", () => {
  it("binds path variables, enum query parameters by rest_value, and metadata.* parameters (the first of repeated ones)", () => {
    const m = decode("get", { values: ["s1", "a key"], query: "consistency=strong&metadata.ttl=5&metadata.ttl=9&metadata.x=&other=1" });
    expect(m["store"]).toBe("s1");
    expect(m["key"]).toBe("a key");
    expect(m["consistency"]).toBe(2);
    expect(m["metadata"]).toEqual({ ttl: "5", x: "" });
  });

  it("reads the fields of an inline message as top-level query parameters", () => {
    const m = decode("delete", { values: ["s", "k"], query: "consistency=eventual&concurrency=first-write" });
    expect(m["options"]).toMatchObject({ consistency: 1, concurrency: "first-write" });
    expect(decode("delete", { values: ["s", "k"], query: "options.consistency=strong" })["options"]).toBeUndefined();
  });

  it("copies a header into a single-string-field message; present but empty sets it empty, absent leaves it unset", () => {
    expect((decode("delete", { values: ["s", "k"], headers: { "if-match": "e1" } })["etag"] as Obj)["value"]).toBe("e1");
    expect((decode("delete", { values: ["s", "k"], headers: { "if-match": "" } })["etag"] as Obj)["value"]).toBe("");
    expect(decode("delete", { values: ["s", "k"] })["etag"]).toBeUndefined();
  });

  it("decodes a body field (a JSON array) with the REST JSON rules of its elements", () => {
    const m = decode("save", { values: ["s"], body: json([{ key: "a", value: { n: 1 }, etag: "e" }]) });
    const items = m["items"] as Obj[];
    expect(items[0]!["key"]).toBe("a");
    expect(dec.decode(items[0]!["value"] as Uint8Array)).toBe('{"n":1}');
    expect((items[0]!["etag"] as Obj)["value"]).toBe("e");
  });

  it("refuses an empty or malformed body field, naming the property", () => {
    expect(malformed(() => decode("save", { values: ["s"] }))).toMatch(/body is empty/);
    expect(malformed(() => decode("save", { values: ["s"], body: enc.encode("[{") }))).toMatch(/failed deserializing HTTP body/);
    expect(malformed(() => decode("save", { values: ["s"], body: json([{ key: "a" }, { key: 7 }]) }))).toMatch(/items\[1\]\.key: expected a string/);
    expect(malformed(() => decode("save", { values: ["s"], body: json({ key: "a" }) }))).toMatch(/items: expected an array/);
  });

  it("merges metadata.* query parameters over the body's metadata on body \"*\" routes", () => {
    const m = decode("bulkGet", { values: ["s"], query: "metadata.a=q&keys=ignored", body: json({ keys: ["k"], metadata: { a: "b", c: "d" } }) });
    expect(m["keys"]).toEqual(["k"]);
    expect(m["metadata"]).toEqual({ a: "q", c: "d" });
  });

  it("puts a raw body into a string field as UTF-8 text, and refuses invalid UTF-8", () => {
    expect(decode("query", { values: ["s"], body: enc.encode('{"filter":{}} é') })["query"]).toBe('{"filter":{}} é');
    expect(malformed(() => decode("query", { values: ["s"], body: new Uint8Array([0x7b, 0xff]) }))).toMatch(/not valid UTF-8/);
  });

  it("puts a raw body into a bytes field unchanged, with the Content-Type and a deep path variable", () => {
    const body = new Uint8Array([0, 0xff, 1]);
    const m = decode("publish", { values: ["ps", "a/b"], body, headers: { "content-type": "text/plain" }, query: "metadata.rawPayload=true" });
    expect(m["data"]).toEqual(body);
    expect(m["contentType"]).toBe("text/plain");
    expect(m["topic"]).toBe("a/b");
    expect(m["metadata"]).toEqual({ rawPayload: "true" });
  });

  it("sets bool fields from headers by Dapr's truthy values, and nested fields through path variables", () => {
    const omit = (v: string) => ((decode("encrypt", { values: ["c"], headers: { "x-omit": v } })["options"] as Obj)["omit"]);
    for (const v of ["1", "t", "TRUE", "y", "Yes", "on", " true "]) expect(omit(v)).toBe(true);
    for (const v of ["0", "false", "no", "", "2"]) expect(omit(v)).toBe(false);
    const m = decode("encrypt", { values: ["comp"], headers: { "x-key-name": "k1" }, body: new Uint8Array([9]) });
    expect(m["options"]).toMatchObject({ component: "comp", keyName: "k1", omit: false });
    expect((m["payload"] as Obj)["data"]).toEqual(new Uint8Array([9]));
  });

  it("reads an inline message's fields from the top of the body, and lets the path reach them by their full path", () => {
    const m = decode("schedule", { values: ["job1"], body: json({ schedule: "@daily", repeats: 3, overwrite: true, job: { schedule: "ignored" } }) });
    expect(m["job"]).toMatchObject({ name: "job1", schedule: "@daily", repeats: 3 });
    expect(m["overwrite"]).toBe(true);
  });

  it("takes query parameters by REST, JSON and proto names, dotted into nested messages, lists repeated, unwrapped messages by their own name", () => {
    const m = decode("search", {
      values: ["all"],
      query: "q=hello&text=second&filter.range.from=2&filter.range.to=5&filter.tags=a&filter.tags=b&level=strong&levels=1&limit=9007199254740993&exact=true&after=cursor&hidden=x&scope=other",
    });
    expect(m["scope"]).toBe("all");
    expect(m["text"]).toBe("hello");
    expect(m["filter"]).toMatchObject({ range: { from: 2, to: 5 }, tags: ["a", "b"] });
    expect(m["levels"]).toEqual([2, 1]);
    expect(m["limit"]).toBe(9007199254740993n);
    expect(m["exact"]).toBe(true);
    expect((m["after"] as Obj)["value"]).toBe("cursor");
    expect(m["hidden"]).toBe("");
  });

  it("refuses query values that do not fit their field, naming the parameter", () => {
    expect(badValue(() => decode("search", { values: ["s"], query: "filter.range.from=x" }))).toMatch(/filter\.range\.from: expected an integer/);
    expect(badValue(() => decode("search", { values: ["s"], query: "exact=maybe" }))).toMatch(/exact: "maybe" is not a boolean/);
    expect(badValue(() => decode("get", { values: ["s", "k"], query: "consistency=sometimes" }))).toMatch(/consistency: "sometimes" is not one of/);
    expect(badValue(() => decode("search", { values: ["s"], query: "limit=1e3" }))).toMatch(/limit: expected a 64-bit integer/);
  });

  it("takes no query parameters but metadata on body \"*\" routes", () => {
    expect(route("schedule").query.size).toBe(0);
    expect(route("bulkGet").query.size).toBe(0);
  });
});

describe("encodeResponse", () => {
  it("answers a raw response with its ETag and metadata headers, 204 when it is empty", () => {
    const r = response("get", "tc.v1.GetResponse", { data: enc.encode('{"a":1}'), etag: "7", metadata: { ttl: "5" } });
    expect(r.status).toBe(200);
    expect(r.headers).toEqual({ ETag: "7", "metadata.ttl": "5", "content-type": "application/json" });
    expect(dec.decode(r.body as Uint8Array)).toBe('{"a":1}');
    expect(response("get", "tc.v1.GetResponse", { etag: "7" })).toEqual({ status: 204, headers: {} });
  });

  it("uses default_content_type for a raw response unless a field names the type", () => {
    const payload = (data: Uint8Array) => create(route("encrypt").output.file.messages.find((m) => m.name === "Payload")!, { data } as never);
    const r1 = response("encrypt", "tc.v1.EncryptResponse", { payload: payload(new Uint8Array([1])) });
    expect(r1.headers["content-type"]).toBe("application/octet-stream");
    const r2 = response("encrypt", "tc.v1.EncryptResponse", { payload: payload(new Uint8Array([1])), contentType: "text/plain" });
    expect(r2.headers["content-type"]).toBe("text/plain");
  });

  it("writes a response_body field as the whole body, with emit_unpopulated and raw_json elements", () => {
    const item = (init: Obj) => create(route("bulkGet").output.file.messages.find((m) => m.name === "BulkItem")!, init as never);
    const r = response("bulkGet", "tc.v1.BulkGetResponse", { items: [item({ key: "a", data: enc.encode("[1, 2]") }), item({})] });
    expect(r.body).toBe('[{"key":"a","data":[1, 2]},{"key":""}]');
    expect(response("bulkGet", "tc.v1.BulkGetResponse", {}).body).toBe("[]");
  });

  it("writes emit_unpopulated enum_number fields as numbers even at zero", () => {
    expect(response("unlock", "tc.v1.UnlockResponse", {}).body).toBe('{"status":0}');
    expect(response("unlock", "tc.v1.UnlockResponse", { status: 1 }).body).toBe('{"status":1}');
  });

  it("answers 204 when a no_content_when_empty field or the whole response is empty, else the success status", () => {
    expect(response("query", "tc.v1.QueryResponse", {}).status).toBe(204);
    expect(response("search", "tc.v1.SearchResponse", {}).status).toBe(204);
    const r = response("search", "tc.v1.SearchResponse", { hits: ["x"] });
    expect(r.status).toBe(202);
    expect(r.body).toBe('{"hits":["x"]}');
    expect(response("ping", "tc.v1.PingResponse", { status: "ok" })).toEqual({ status: 204, headers: {} });
  });
});
