/**
 * Every invalid annotation stops generation with the proto file and line in
 * the message. Each case is a small proto with the offending line marked
 * "// <- here"; the error must name that line. All cases are compiled at once
 * (one file and package per case) and the model is built for each file alone.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { FileRegistry } from "@bufbuild/protobuf";
import { beforeAll, describe, expect, it } from "vitest";
import { GenerationError } from "../../codegen/src/errors.js";
import { buildModel } from "../../codegen/src/model/build-model.js";
import { compileProtos, protoHeader, protoWorkspace } from "../../codegen/src/testing/proto-workspace.js";
import { lineOf } from "./shop-api.js";

const marker = "// <- here";
const root = fileURLToPath(new URL("../../", import.meta.url));

/** A proto with common messages; `body` holds the service and anything else the case needs. */
function badProto(body: string, pkg = "bad.v1"): string {
  return (
    protoHeader(pkg, "google/protobuf/empty.proto", "google/protobuf/timestamp.proto", "google/protobuf/wrappers.proto") +
    `
message Req {
  string name = 1;
  int32 count = 2;
  repeated string tags = 3;
  Inner inner = 4;
  map<string, string> metadata = 5;
  bytes data = 6;
  map<string, int32> counts = 7;
}
message Inner { string value = 1; }
message Res {
  bytes data = 1;
  string etag = 2;
}
${body}
`
  );
}

const rpc = (options: string, sig = "rpc Do(Req) returns (Res)") => `service Svc {\n  ${sig} { ${marker}\n${options}\n  }\n}`;
const http = (rule: string) => `    option (google.api.http) = {${rule}};`;
const rest = (rule: string) => `    option (pillion.api.v1.rest) = {${rule}};`;

interface Case {
  readonly name: string;
  readonly proto: string;
  readonly error: RegExp;
}

const cases: Case[] = [
  { name: "an unknown field in a path variable", proto: badProto(rpc(http('get: "/v1/things/{nope}"'))), error: /^Do: path variable "nope" is not a field of bad\.v1\.Req$/ },
  { name: "a path variable through a scalar", proto: badProto(rpc(http('get: "/v1/things/{name.x}"'))), error: /goes through a non-message field/ },
  { name: "a path variable binding a repeated field", proto: badProto(rpc(http('get: "/v1/things/{tags}"'))), error: /must bind a scalar or enum field/ },
  { name: "a path variable binding a message", proto: badProto(rpc(http('get: "/v1/things/{inner}"'))), error: /must bind a scalar or enum field/ },
  { name: "a body on GET", proto: badProto(rpc(http('get: "/v1/things/{name}" body: "*"'))), error: /a GET route cannot take a body/ },
  { name: "a body on DELETE", proto: badProto(rpc(http('delete: "/v1/things/{name}" body: "tags"'))), error: /a DELETE route cannot take a body/ },
  { name: "a template without a leading slash", proto: badProto(rpc(http('get: "v1/things"'))), error: /invalid path template "v1\/things" at 0: a template starts with "\/"/ },
  { name: "a template with ** before the end", proto: badProto(rpc(http('get: "/v1/{name=**}/x"'))), error: /"\*\*" must be the last segment/ },
  { name: "a template with an unterminated variable", proto: badProto(rpc(http('get: "/v1/{name"'))), error: /unterminated variable/ },
  { name: "a field bound twice in a template", proto: badProto(rpc(http('get: "/v1/{name}/{name}"'))), error: /field "name" is bound twice/ },
  { name: "a rule without a verb", proto: badProto(rpc(http('body: "*"'))), error: /needs a verb and a path/ },
  { name: "a body naming no field", proto: badProto(rpc(http('post: "/v1/things" body: "nope"'))), error: /body "nope" is not a field/ },
  { name: "a nested body field", proto: badProto(rpc(http('post: "/v1/things" body: "inner.value"'))), error: /body must name a top-level field/ },
  { name: "a response_body naming no field", proto: badProto(rpc(http('get: "/v1/things" response_body: "nope"'))), error: /response_body "nope" is not a field of bad\.v1\.Res/ },
  {
    name: "a raw_body that is neither bytes nor string",
    proto: badProto(rpc(http('post: "/v1/things/{name}"') + "\n" + rest('raw_body: "count"'))),
    error: /raw_body "count" must be a bytes or string field/,
  },
  {
    name: "a raw_body next to a JSON body",
    proto: badProto(rpc(http('post: "/v1/things/{name}" body: "*"') + "\n" + rest('raw_body: "data"'))),
    error: /has both a body \("\*"\) and raw_body "data"/,
  },
  {
    name: "a raw_response that is not bytes",
    proto: badProto(rpc(http('get: "/v1/things/{name}"') + "\n" + rest('raw_response: "etag"'))),
    error: /raw_response "etag" must be a bytes field/,
  },
  {
    name: "a field bound by the path and by a header",
    proto: badProto(rpc(http('get: "/v1/things/{name}"') + "\n" + rest('request_headers: {header: "x-name" field: "name"}'))),
    error: /binds request field "name" twice \(path variable \{name\} and header x-name\)/,
  },
  {
    name: "a header into an int field",
    proto: badProto(rpc(http('get: "/v1/things/{name}"') + "\n" + rest('request_headers: {header: "x-count" field: "count"}'))),
    error: /request_headers field "count" must be a string or bool field/,
  },
  {
    name: "a header name with a space",
    proto: badProto(rpc(http('get: "/v1/things/{name}"') + "\n" + rest('request_headers: {header: "x count" field: "inner.value"}'))),
    error: /header "x count" is not a header name/,
  },
  {
    name: "a metadata_query that is not a map of strings",
    proto: badProto(rpc(http('get: "/v1/things/{name}"') + "\n" + rest('metadata_query: "counts"'))),
    error: /metadata_query "counts" must be a map<string, string>/,
  },
  {
    name: "a default_content_type without raw_response",
    proto: badProto(rpc(http('get: "/v1/things/{name}"') + "\n" + rest('default_content_type: "application/octet-stream"'))),
    error: /default_content_type needs raw_response/,
  },
  {
    name: "a default_content_type that is not a media type",
    proto: badProto(rpc(http('get: "/v1/things/{name}"') + "\n" + rest('raw_response: "data" default_content_type: "binary"'))),
    error: /default_content_type "binary" is not a media type/,
  },
  {
    name: "a success_status that is not 2xx",
    proto: badProto(rpc(http('get: "/v1/things/{name}"') + "\n" + rest("success_status: 302"))),
    error: /success_status 302 is not a 2xx status/,
  },
  { name: "a method without route and without grpc_only", proto: badProto(rpc("")), error: /Do has no google\.api\.http route; add one, or say why/ },
  {
    name: "a method with a route and grpc_only",
    proto: badProto(rpc(http('get: "/v1/things/{name}"') + "\n" + rest('grpc_only: "no reason"'))),
    error: /has google\.api\.http routes but also says grpc_only/,
  },
  {
    name: "a client stream without raw_body",
    proto: badProto(rpc(http('post: "/v1/things/{name}" body: "*"'), "rpc Do(stream Req) returns (Res)")),
    error: /streams its requests; its REST route must take the body with raw_body/,
  },
  {
    name: "conflicting routes",
    proto: badProto(
      `service Svc {\n  rpc A(Req) returns (Res) {\n${http('get: "/v1/things/{name}"')}\n  }\n  rpc B(Req) returns (Res) { ${marker}\n${http('get: "/v1/things/{data}"')}\n  }\n}`.replace(
        'get: "/v1/things/{data}"',
        'get: "/v1/things/{inner.value}"',
      ),
    ),
    error: /route GET \/v1\/things\/\{inner\.value\} of B collides with a route of bad\.v1\.Svc\.A \(bad\/v1\/bad\.proto:\d+\)/,
  },
  // rest_field and rest_value options, reported at the field or value
  ...fieldCases(),
];

function fieldCases(): Case[] {
  const svc = rpc(http('get: "/v1/things/{name}"'), "rpc Do(Req) returns (Msg)").replace(marker, "");
  const msg = (fields: string, extra = "") => badProto(`${svc}\nmessage Msg {\n${fields}\n}\n${extra}`);
  const f = (opt: string, decl: string) => `  ${decl} [(pillion.api.v1.rest_field).${opt}]; ${marker}`;
  return [
    { name: "inline on a repeated field", proto: msg(f("inline = true", "repeated Inner items = 1")), error: /rest_field\.inline is only for singular message fields/ },
    { name: "inline on a scalar", proto: msg(f("inline = true", "string name = 1")), error: /rest_field\.inline is only for singular message fields/ },
    { name: "inline on a well-known type", proto: msg(f("inline = true", "google.protobuf.Timestamp at = 1")), error: /cannot apply to google\.protobuf\.Timestamp, which has its own JSON mapping/ },
    {
      name: "inline with a name clash",
      proto: msg(`  string value = 1;\n${f("inline = true", "Inner inner = 2")}`),
      error: /REST JSON name "value" of bad\.v1\.Inner\.value \(inlined through inner\) is also a name of bad\.v1\.Msg\.value/,
    },
    {
      name: "inline in a oneof",
      proto: msg(`  oneof choice {\n  ${f("inline = true", "Inner inner = 1")}\n    string other = 2;\n  }`),
      error: /rest_field\.inline cannot apply to a oneof member/,
    },
    {
      name: "inline in a cycle",
      proto: msg("  Loop loop = 1 [(pillion.api.v1.rest_field).inline = true];", `message Loop {\n  Msg back = 1 [(pillion.api.v1.rest_field).inline = true]; ${marker}\n  string x = 2;\n}`),
      error: /rest_field\.inline makes bad\.v1\.Msg contain its own fields \(Msg → Loop → Msg\)/,
    },
    { name: "inline with a name", proto: msg(`  ${"Inner inner = 1"} [(pillion.api.v1.rest_field).inline = true, (pillion.api.v1.rest_field).name = "x"]; ${marker}`), error: /name, unwrap and raw_json cannot apply/ },
    { name: "enum_number on a string", proto: msg(f("enum_number = true", "string name = 1")), error: /rest_field\.enum_number is only for enum fields/ },
    { name: "unwrap on a scalar", proto: msg(f("unwrap = true", "string name = 1")), error: /rest_field\.unwrap is only for message fields/ },
    { name: "unwrap on a two-field message", proto: msg(f("unwrap = true", "Res res = 1")), error: /rest_field\.unwrap needs a message with exactly one field; bad\.v1\.Res has 2/ },
    { name: "unwrap on a well-known type", proto: msg(f("unwrap = true", "google.protobuf.StringValue s = 1")), error: /rest_field\.unwrap cannot apply to google\.protobuf\.StringValue/ },
    { name: "unwrap on an empty message", proto: msg(f("unwrap = true", "google.protobuf.Empty e = 1")), error: /rest_field\.unwrap needs a message with exactly one field; google\.protobuf\.Empty has 0/ },
    { name: "raw_json on a string", proto: msg(f("raw_json = true", "string name = 1")), error: /rest_field\.raw_json is only for bytes fields/ },
    { name: "value_as_any on a Timestamp", proto: msg(f("value_as_any = true", "google.protobuf.Timestamp at = 1")), error: /rest_field\.value_as_any is only for singular google\.protobuf\.Any fields/ },
    {
      name: "emit_unpopulated on a oneof member",
      proto: msg(`  oneof choice {\n  ${f("emit_unpopulated = true", "string a = 1")}\n    string b = 2;\n  }`),
      error: /emit_unpopulated cannot apply to a oneof member/,
    },
    { name: "omit with other options", proto: msg(`  string name = 1 [(pillion.api.v1.rest_field).omit = true, (pillion.api.v1.rest_field).name = "n"]; ${marker}`), error: /rest_field\.omit leaves the field out/ },
    { name: "a name that is no property name", proto: msg(f('name = "a.b"', "string name = 1")), error: /rest_field\.name "a\.b" is not a usable property name/ },
    { name: "a name used by another field", proto: msg(`  string operation = 1;\n${f('name = "operation"', "string operation_type = 2")}`), error: /REST JSON name "operation" of bad\.v1\.Msg\.operation_type is also a name of bad\.v1\.Msg\.operation/ },
    {
      name: "a rest_value that is another value's name",
      proto: msg("  Mode mode = 1;", `enum Mode {\n  MODE_UNSPECIFIED = 0;\n  MODE_A = 1 [(pillion.api.v1.rest_value) = "MODE_B"]; ${marker}\n  MODE_B = 2;\n}`),
      error: /rest_value "MODE_B" is already the name of value 2/,
    },
  ];
}

/** Case i lives in its own file and package: bad/c<i>/bad.proto, package bad.c<i>. */
const caseFile = (i: number) => `bad/c${i}/bad.proto`;
const inPackage = (proto: string, i: number) => proto.replaceAll("bad.v1", `bad.c${i}`);
let registry: FileRegistry;

beforeAll(() => {
  const files: Record<string, string> = { "ok/v1/ok.proto": badProto(rpc(http('get: "/v1/things/{name}"')), "ok.v1") };
  cases.forEach((c, i) => (files[caseFile(i)] = inPackage(c.proto, i)));
  registry = compileProtos(files);
});

function generationError(i: number): GenerationError {
  try {
    buildModel(registry, { include: [caseFile(i)] });
  } catch (e) {
    if (e instanceof GenerationError) return e;
    throw e;
  }
  throw new Error("generation did not fail");
}

describe("invalid annotations fail generation with file and line", () => {
  it.each(cases.map((c, i) => ({ ...c, i })))("$name", ({ proto, error, i }) => {
    const e = generationError(i);
    expect(e.detail.replaceAll(`bad.c${i}`, "bad.v1").replaceAll(`bad/c${i}/`, "bad/v1/")).toMatch(error);
    expect(e.file).toBe(caseFile(i));
    expect(e.line).toBe(lineOf(proto, marker));
    expect(e.message.startsWith(`${caseFile(i)}:${e.line}: `)).toBe(true);
  });

  it("accepts the valid base of these cases", () => {
    expect(buildModel(registry, { include: ["ok/"] }).services).toHaveLength(1);
  });

  it("makes npm run generate exit non-zero with file:line, writing nothing", () => {
    const proto = cases[0]!.proto;
    const ws = protoWorkspace({ "pillion/bad/v1/bad.proto": proto });
    try {
      const r = spawnSync("npm", ["run", "--silent", "generate", "--", "--root", ws.dir], { cwd: root, encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`error: pillion/bad/v1/bad.proto:${lineOf(proto, marker)}: Do: path variable "nope" is not a field of bad.v1.Req`);
    } finally {
      ws.remove();
    }
  });

  it("refuses an unknown argument", () => {
    const require = createRequire(import.meta.url);
    const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), "codegen/src/cli.ts", "--nope"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown argument "--nope"');
  });
});
