/**
 * The committed OpenAPI document: it passes `redocly lint` (recommended
 * rules, OpenAPI 3.1), it has an operation for every route of the gateway's
 * route table and nothing else, and the routes whose JSON Dapr fixes look as
 * in Dapr's HTTP API (docs/reference/dapr-http-api.md).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { restRoutes } from "../../gateway/src/gen/rest-routes.js";
import type { RestRoute } from "../../gateway/src/protocols/rest/route.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const specPath = "sdks/openapi/openapi.json";
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const spec = JSON.parse(readFileSync(root + specPath, "utf8")) as Json;
const verbs = ["get", "put", "post", "delete", "patch"];

function redoclyLint(file: string): Json {
  const require = createRequire(import.meta.url);
  const cli = require.resolve("@redocly/cli/bin/cli.js");
  const r = spawnSync(process.execPath, [cli, "lint", "--config", "redocly.yaml", "--format", "json", file], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
  });
  const start = r.stdout.indexOf("{");
  if (start < 0) throw new Error(`redocly printed no report (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(r.stdout.slice(start)) as Json;
}

const problems = (report: Json) =>
  (report["problems"] as Json[]).map((p) => `${p["severity"]} ${p["ruleId"]}: ${p["message"]} at ${p["location"]?.[0]?.pointer ?? "?"}`);

/** The spec path of a route with every variable as "{}", e.g. "/v1.0/state/{}/{}". */
function routeShape(r: RestRoute): string {
  const parts: string[] = [];
  for (let i = 0; i < r.segments.length; i++) {
    const v = r.vars.find((x) => x.start === i);
    if (v) {
      parts.push("{}");
      i = v.end - 1;
      continue;
    }
    const s = r.segments[i]!;
    parts.push(s === 0 ? "*" : s === 1 ? "**" : s);
  }
  return "/" + parts.join("/") + (r.customVerb ? `:${r.customVerb}` : "");
}

const specShape = (path: string) => path.replace(/\{[^}]+\}/g, "{}");

function deref(schema: Json): Json {
  const ref = schema["$ref"] as string | undefined;
  if (!ref) return schema;
  return spec["components"]["schemas"][ref.replace("#/components/schemas/", "")] as Json;
}

function operationOf(method: string, path: string): Json {
  const op = spec["paths"][path]?.[method];
  if (!op) throw new Error(`no ${method.toUpperCase()} ${path} in the spec`);
  return op as Json;
}

describe("the OpenAPI document", () => {
  it("passes redocly lint with the recommended rules and no problem at all", () => {
    const report = redoclyLint(specPath);
    expect(problems(report)).toEqual([]);
    expect(report["totals"]).toMatchObject({ errors: 0, warnings: 0 });
    expect(spec["openapi"]).toBe("3.1.0");
  });

  it("lints clean for the shop API too, which uses every REST option", () => {
    expect(problems(redoclyLint("test/codegen/golden/shop.openapi.json"))).toEqual([]);
  });

  it("has an operation for every route of the gateway's route table, and no other", () => {
    const shapes = new Map<string, string>();
    for (const path of Object.keys(spec["paths"])) shapes.set(specShape(path), path);
    const expected = new Set<string>();
    for (const r of restRoutes) {
      const path = shapes.get(routeShape(r));
      expect(path, `${r.verb} ${r.path} has no path in the spec`).toBeDefined();
      for (const verb of r.verb === "*" ? verbs : [r.verb.toLowerCase()]) {
        expect(spec["paths"][path!][verb], `${r.verb} ${r.path} has no ${verb} operation`).toBeDefined();
        expected.add(`${verb} ${path}`);
      }
    }
    const actual = Object.entries(spec["paths"] as Json).flatMap(([path, item]) => verbs.filter((v) => item[v]).map((v) => `${v} ${path}`));
    expect(actual.sort()).toEqual([...expected].sort());
  });

  it("describes GET /v1.0/metadata as Dapr's hand-built metadata JSON", () => {
    const ok = operationOf("get", "/v1.0/metadata")["responses"]["200"];
    const meta = deref(ok["content"]["application/json"]["schema"]);
    expect(Object.keys(meta["properties"])).toEqual(
      expect.arrayContaining(["id", "runtimeVersion", "enabledFeatures", "actors", "components", "extended", "subscriptions", "httpEndpoints", "appConnectionProperties", "actorRuntime", "scheduler", "workflows"]),
    );
    expect(meta["required"]).toEqual(["actorRuntime"]);
    const actorRuntime = deref(meta["properties"]["actorRuntime"]);
    expect(actorRuntime["required"]).toEqual(["runtimeStatus", "hostReady"]);
    expect(actorRuntime["properties"]["runtimeStatus"]["enum"]).toContain("INITIALIZING");
    const sub = deref(meta["properties"]["subscriptions"]["items"]);
    expect(sub["required"]).toEqual(["pubsubname", "topic", "deadLetterTopic", "type"]);
    expect(sub["properties"]["type"]["enum"]).toContain("UNKNOWN");
    expect(sub["properties"]["rules"]["type"]).toBe("array");
    expect(Object.keys(deref(sub["properties"]["rules"]["items"])["properties"])).toEqual(["match", "path"]);
    expect(Object.keys(deref(meta["properties"]["scheduler"])["properties"])).toEqual(["connected_addresses"]);
  });

  it("describes SaveState's body as Dapr's array of state items", () => {
    const op = operationOf("post", "/v1.0/state/{store_name}");
    expect(operationOf("put", "/v1.0/state/{store_name}")).toBeDefined();
    const body = op["requestBody"]["content"]["application/json"]["schema"];
    expect(body["type"]).toBe("array");
    const item = deref(body["items"]);
    expect(Object.keys(item["properties"])).toEqual(["key", "value", "etag", "metadata", "options"]);
    expect(item["properties"]["value"]["type"]).toBeUndefined(); // any JSON
    expect(item["properties"]["etag"]["type"]).toBe("string");
    const options = deref(item["properties"]["options"]);
    expect(options["properties"]["concurrency"]["enum"]).toEqual(expect.arrayContaining(["first-write", "last-write"]));
    expect(options["properties"]["consistency"]["enum"]).toEqual(expect.arrayContaining(["eventual", "strong"]));
    expect(Object.keys(op["responses"])).toContain("204");
  });

  it("describes GetState and DeleteState with Dapr's parameters and answers", () => {
    const get = operationOf("get", "/v1.0/state/{store_name}/{key}");
    expect(get["parameters"].map((p: Json) => `${p["in"]}:${p["name"]}`)).toEqual(["path:store_name", "path:key", "query:metadata", "query:consistency"]);
    expect(Object.keys(get["responses"]["200"]["content"])).toEqual(["application/json"]);
    expect(Object.keys(get["responses"]["200"]["headers"])).toEqual(["ETag"]);
    expect(get["responses"]["204"]).toBeDefined();
    const del = operationOf("delete", "/v1.0/state/{store_name}/{key}");
    expect(del["parameters"].map((p: Json) => `${p["in"]}:${p["name"]}`)).toEqual(["path:store_name", "path:key", "header:If-Match", "query:metadata", "query:concurrency", "query:consistency"]);
  });

  it("describes bulk get's answer as Dapr's bare array of bulk state items", () => {
    const op = operationOf("post", "/v1.0/state/{store_name}/bulk");
    const schema = op["responses"]["200"]["content"]["application/json"]["schema"];
    expect(schema["type"]).toBe("array");
    const item = deref(schema["items"]);
    expect(Object.keys(item["properties"])).toEqual(["key", "data", "etag", "error", "metadata"]);
    expect(item["required"]).toEqual(["key"]);
    expect(item["properties"]["data"]["type"]).toBeUndefined(); // embedded JSON
    expect(Object.keys(deref(op["requestBody"]["content"]["application/json"]["schema"])["properties"])).toEqual(["keys", "parallelism", "metadata"]);
  });

  it("describes publish as a raw body to a topic that may contain slashes, with metadata.* query parameters", () => {
    for (const verb of ["post", "put"]) {
      const op = operationOf(verb, "/v1.0/publish/{pubsub_name}/{topic}");
      expect(Object.keys(op["requestBody"]["content"])).toEqual(["*/*"]);
      expect(op["requestBody"]["description"]).toMatch(/Content-Type is passed on as `data_content_type`/);
      const params = op["parameters"] as Json[];
      expect(params.map((p) => `${p["in"]}:${p["name"]}`)).toEqual(["path:pubsub_name", "path:topic", "query:metadata"]);
      expect(params[1]!["description"]).toMatch(/may contain "\/"/);
      expect(params[2]!["x-pillion-query-prefix"]).toBe("metadata.");
      expect(Object.keys(op["responses"])).toContain("204");
    }
  });

  it("describes the lock answers as Dapr writes them", () => {
    const unlock = deref(operationOf("post", "/v1.0-alpha1/unlock/{store_name}")["responses"]["200"]["content"]["application/json"]["schema"]);
    expect(unlock["required"]).toEqual(["status"]);
    expect(unlock["properties"]["status"]).toMatchObject({ type: "integer", enum: [0, 1, 2, 3] });
    const lock = deref(operationOf("post", "/v1.0-alpha1/lock/{store_name}")["responses"]["200"]["content"]["application/json"]["schema"]);
    expect(lock["required"]).toEqual(["success"]);
  });

  it("takes the job's fields at the top of ScheduleJob's body, the name from the path", () => {
    const op = operationOf("post", "/v1.0/jobs/{name}");
    const body = op["requestBody"]["content"]["application/json"]["schema"];
    expect(Object.keys(body["properties"])).toEqual(["schedule", "repeats", "dueTime", "ttl", "data", "failurePolicy", "overwrite"]);
    expect(operationOf("get", "/v1.0/jobs/{name}")).toBeDefined();
  });
});
