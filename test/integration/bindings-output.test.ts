/**
 * Output bindings end to end: the real pillion binary with bindings.http
 * (calling a real HTTP server), bindings.localstorage (a real folder) and an
 * input-only bindings.cron, called over REST, gRPC and Connect.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Code, createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { startRecordingHttpServer, type RecordingHttpServer } from "../apps/bindings-http-app.js";
import { rpcError } from "../harness/rpc-error.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

let ext: RecordingHttpServer;
let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;
let root: string;
let outside: string;
let grpc: Client<typeof Dapr>;
let connect: Client<typeof Dapr>;

beforeAll(async () => {
  ext = await startRecordingHttpServer();
  ext.on("POST", "/items", (r) => ({ status: 201, body: JSON.stringify({ got: r.body.toString() }), headers: { "x-reply": "yes" } }));
  ext.on("GET", "/items/7", () => ({ status: 200, body: '{"id":7}' }));
  ext.on("GET", "/missing", () => ({ status: 404, body: "not here" }));
  ext.on("DELETE", "/items/7", () => ({ status: 204 }));
  dir = tempDir();
  root = join(dir.path, "files-root");
  outside = join(dir.path, "outside");
  mkdirSync(outside);
  writeFileSync(join(outside, "secret.txt"), "top secret");
  dir.file(
    "bindings.yaml",
    `apiVersion: dapr.io/v1alpha1
kind: Component
metadata: { name: api }
spec:
  type: bindings.http
  version: v1
  metadata:
    - { name: url, value: "${ext.url}" }
---
apiVersion: dapr.io/v1alpha1
kind: Component
metadata: { name: files }
spec:
  type: bindings.localstorage
  version: v1
  metadata:
    - { name: rootPath, value: "${root}" }
---
apiVersion: dapr.io/v1alpha1
kind: Component
metadata: { name: tick }
spec:
  type: bindings.cron
  version: v1
  metadata:
    - { name: schedule, value: "@every 1h" }
`,
  );
  sc = await startSidecar({ appId: "bindings-out", resourcesPaths: [dir.path] });
  grpc = createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
  connect = createClient(Dapr, createConnectTransport({ baseUrl: sc.httpUrl, httpVersion: "1.1" }));
});

afterAll(async () => {
  await sc?.stop();
  await ext?.close();
  dir?.remove();
});

const invoke = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${sc.httpUrl}/v1.0/bindings/${name}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("bindings.http over REST", () => {
  it("makes the call the operation names and answers the body raw with the status and headers as metadata", async () => {
    const parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const before = ext.requests.length;
    const res = await invoke("api", { operation: "post", data: { b: 2, a: [1, "x"] }, metadata: { path: "/items", "X-Custom": "v", lower: "not a header" } }, { traceparent: parent, baggage: "k=v" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("metadata.statuscode")).toBe("201");
    expect(res.headers.get("metadata.status")).toBe("201 Created");
    expect(res.headers.get("metadata.x-reply")).toBe("yes");
    const sent = ext.requests[before]!;
    expect(await res.json()).toEqual({ got: sent.body.toString() });
    expect(sent.method).toBe("POST");
    expect(sent.path).toBe("/items");
    expect(JSON.parse(sent.body.toString())).toEqual({ b: 2, a: [1, "x"] });
    expect(sent.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(sent.headers["accept"]).toBe("application/json; charset=utf-8");
    expect(sent.headers["x-custom"]).toBe("v");
    expect(sent.headers["lower"]).toBeUndefined();
    expect(sent.headers["baggage"]).toBe("k=v");
    // The binding call runs in a child span of the caller's trace.
    expect(sent.headers["traceparent"]).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(sent.headers["traceparent"]).not.toBe(parent);
  });

  it("takes PUT as well, and create as POST; get and delete send no body", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/bindings/api`, { method: "PUT", body: JSON.stringify({ operation: "get", metadata: { path: "items/7" } }) });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"id":7}');
    const created = await invoke("api", { operation: "create", data: "text", metadata: { path: "/items" } });
    expect(created.status).toBe(200);
    expect(ext.at("POST", "/items").at(-1)!.body.toString()).toBe('"text"');
    const del = await invoke("api", { operation: "delete", metadata: { path: "/items/7" } });
    // An empty answer with metadata: 200 with no body.
    expect(del.status).toBe(200);
    expect(del.headers.get("metadata.statuscode")).toBe("204");
    expect(ext.at("DELETE", "/items/7").at(-1)!.body.length).toBe(0);
  });

  it("fails on a status outside 2xx with ERR_INVOKE_OUTPUT_BINDING, keeping the metadata headers; errorIfNot2XX=false lets it through", async () => {
    const res = await invoke("api", { operation: "get", metadata: { path: "/missing" } });
    expect(res.status).toBe(500);
    expect(res.headers.get("metadata.statuscode")).toBe("404");
    const body = (await res.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("ERR_INVOKE_OUTPUT_BINDING");
    expect(body.message).toBe("error invoking output binding api: received status code 404");
    const lenient = await invoke("api", { operation: "get", metadata: { path: "/missing", errorIfNot2XX: "false" } });
    expect(lenient.status).toBe(200);
    expect(lenient.headers.get("metadata.statuscode")).toBe("404");
    expect(await lenient.text()).toBe("not here");
  });

  it("answers a failed connection with ERR_INVOKE_OUTPUT_BINDING", async () => {
    const d = tempDir();
    // A port nothing listens on: the ephemeral range start is unlikely, so use a closed server's port.
    const gone = await startRecordingHttpServer();
    await gone.close();
    d.file("b.yaml", `apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata: { name: down }\nspec:\n  type: bindings.http\n  version: v1\n  metadata:\n    - { name: url, value: "${gone.url}" }\n`);
    const other = await startSidecar({ appId: "bindings-down", resourcesPaths: [d.path] });
    try {
      const res = await fetch(`${other.httpUrl}/v1.0/bindings/down`, { method: "POST", body: JSON.stringify({ operation: "get" }) });
      expect(res.status).toBe(500);
      const body = (await res.json()) as { errorCode: string; message: string };
      expect(body.errorCode).toBe("ERR_INVOKE_OUTPUT_BINDING");
      expect(body.message).toContain(`error invoking output binding down: Get "${gone.url}": connect: connection refused`);
    } finally {
      await other.stop();
      d.remove();
    }
  });
});

describe("errors every binding shares", () => {
  it("an unknown binding, a missing operation and an unsupported one (listing the supported operations)", async () => {
    const cases: [string, unknown, string][] = [
      ["nope", { operation: "create" }, "error invoking output binding nope: couldn't find output binding nope"],
      ["files", { data: 1 }, "error invoking output binding files: operation field is missing from request"],
      ["files", { operation: "upsert" }, "error invoking output binding files: binding files does not support operation upsert. supported operations:create get list delete"],
      ["api", { operation: "connect" }, "error invoking output binding api: binding api does not support operation connect. supported operations:create get head post put patch delete options trace"],
      // An input-only binding is no output binding.
      ["tick", { operation: "delete" }, "error invoking output binding tick: couldn't find output binding tick"],
    ];
    for (const [name, body, message] of cases) {
      const res = await invoke(name, body);
      expect(res.status, message).toBe(500);
      expect(await res.json()).toMatchObject({ errorCode: "ERR_INVOKE_OUTPUT_BINDING", message });
    }
  });

  it("a malformed baggage header is 400 ERR_MALFORMED_REQUEST and nothing is called", async () => {
    const before = ext.requests.length;
    const res = await invoke("api", { operation: "post", metadata: { path: "/items" } }, { baggage: "no-equals-sign" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errorCode: "ERR_MALFORMED_REQUEST", message: expect.stringMatching(/^invalid baggage header: /) });
    expect(ext.requests.length).toBe(before);
  });

  it("a body that is not JSON is ERR_MALFORMED_REQUEST, and the sidecar keeps serving", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/bindings/api`, { method: "POST", body: "{nope" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errorCode: string }).errorCode).toBe("ERR_MALFORMED_REQUEST");
    expect((await invoke("api", { operation: "get", metadata: { path: "/items/7" } })).status).toBe(200);
  });
});

describe("over gRPC and Connect", () => {
  for (const [label, client] of [
    ["gRPC", () => grpc],
    ["Connect", () => connect],
  ] as const) {
    it(`${label}: answers data and metadata, with metadata.* response headers`, async () => {
      let headers: Headers | undefined;
      const res = await client().invokeBinding(
        { name: "api", operation: "get", metadata: { path: "/items/7" } },
        { onHeader: (h) => (headers = h) },
      );
      expect(Buffer.from(res.data).toString()).toBe('{"id":7}');
      expect(res.metadata["statusCode"]).toBe("200");
      expect(headers?.get("metadata.statuscode")).toBe("200");
    });

    it(`${label}: a failure is Internal with ErrorInfo ERR_INVOKE_OUTPUT_BINDING and the binding's metadata`, async () => {
      let trailers: Headers | undefined;
      const err = await rpcError(client().invokeBinding({ name: "api", operation: "get", metadata: { path: "/missing" } }, { onTrailer: (t) => (trailers = t) }));
      expect(err.code).toBe(Code.Internal);
      expect(err.rawMessage).toBe("error invoking output binding api: received status code 404");
      expect(err.findDetails(ErrorInfoSchema)[0]?.reason).toBe("ERR_INVOKE_OUTPUT_BINDING");
      expect(err.metadata.get("metadata.statuscode") ?? trailers?.get("metadata.statuscode")).toBe("404");
    });
  }

  it("gRPC passes the caller's metadata on to the binding (traceparent as sent)", async () => {
    const parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    const before = ext.requests.length;
    await grpc.invokeBinding({ name: "api", operation: "post", data: Buffer.from('{"n":1}'), metadata: { path: "/items" } }, { headers: { traceparent: parent } });
    const sent = ext.requests[before]!;
    expect(sent.headers["traceparent"]).toBe(parent);
    expect(sent.body.toString()).toBe('{"n":1}');
  });
});

describe("bindings.localstorage", () => {
  it("creates, reads, lists and deletes files under the root", async () => {
    // A JSON string is unquoted, then base64 is decoded, as Dapr does.
    const c1 = await invoke("files", { operation: "create", data: "aGVsbG8=", metadata: { fileName: "a/one.txt" } });
    expect(c1.status).toBe(200);
    expect(await c1.json()).toEqual({ fileName: "a/one.txt" });
    expect(readFileSync(join(root, "a/one.txt"), "utf8")).toBe("hello");
    await invoke("files", { operation: "create", data: { plain: "json" }, metadata: { fileName: "two.json" } });
    expect(readFileSync(join(root, "two.json"), "utf8")).toBe('{"plain":"json"}');
    const generated = (await (await invoke("files", { operation: "create", data: "not base64!" })).json()) as { fileName: string };
    expect(generated.fileName).toMatch(/^[0-9a-f-]{36}$/);
    expect(readFileSync(join(root, generated.fileName), "utf8")).toBe("not base64!");

    const got = await invoke("files", { operation: "get", metadata: { fileName: "a/one.txt" } });
    expect(got.status).toBe(200);
    expect(await got.text()).toBe("hello");

    const listed = (await (await invoke("files", { operation: "list" })).json()) as string[];
    expect(listed).toEqual([join(root, "a/one.txt"), join(root, generated.fileName), join(root, "two.json")].sort());
    expect(await (await invoke("files", { operation: "list", metadata: { fileName: "a" } })).json()).toEqual([join(root, "a/one.txt")]);

    const del = await invoke("files", { operation: "delete", metadata: { fileName: "a/one.txt" } });
    expect(del.status).toBe(204);
    expect(existsSync(join(root, "a/one.txt"))).toBe(false);
    const missing = await invoke("files", { operation: "get", metadata: { fileName: "a/one.txt" } });
    expect(missing.status).toBe(500);
    expect(await missing.json()).toMatchObject({ errorCode: "ERR_INVOKE_OUTPUT_BINDING", message: `error invoking output binding files: file not found: ${join(root, "a/one.txt")}` });
  });

  it("refuses every file name that leaves the root, and touches nothing", async () => {
    symlinkSync(outside, join(root, "link-out"));
    const attempts: [string, string, string][] = [
      ["create", "../outside/evil.txt", '".." climbs out of it'],
      ["create", "a/../../escaped.txt", '".." climbs out of it'],
      ["create", "/tmp/absolute.txt", "absolute paths are not allowed"],
      ["get", "../outside/secret.txt", '".." climbs out of it'],
      ["get", "link-out/secret.txt", "a symbolic link on the way leads outside it"],
      ["create", "link-out/planted.txt", "a symbolic link on the way leads outside it"],
      ["delete", "link-out/secret.txt", "a symbolic link on the way leads outside it"],
      ["list", "link-out", "a symbolic link on the way leads outside it"],
      ["list", "..", '".." climbs out of it'],
    ];
    for (const [operation, fileName, why] of attempts) {
      const res = await invoke("files", { operation, data: "x", metadata: { fileName } });
      expect(res.status, `${operation} ${fileName}`).toBe(500);
      const body = (await res.json()) as { errorCode: string; message: string };
      expect(body.errorCode).toBe("ERR_INVOKE_OUTPUT_BINDING");
      expect(body.message).toBe(`error invoking output binding files: file name ${JSON.stringify(fileName)} is outside the binding's rootPath: ${why}`);
    }
    expect(readFileSync(join(outside, "secret.txt"), "utf8")).toBe("top secret");
    expect(existsSync(join(outside, "evil.txt"))).toBe(false);
    expect(existsSync(join(outside, "planted.txt"))).toBe(false);
    expect(existsSync(join(dir.path, "escaped.txt"))).toBe(false);
    // A name that wanders but stays inside is fine.
    const ok = await invoke("files", { operation: "create", data: "fine", metadata: { fileName: "a/../inside.txt" } });
    expect(await ok.json()).toEqual({ fileName: "inside.txt" });
  });
});

describe("the metadata API", () => {
  it("lists the bindings with their capabilities", async () => {
    const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { components: { name: string; type: string; capabilities?: string[] }[] };
    const byName = Object.fromEntries(md.components.map((c) => [c.name, c]));
    expect(byName["api"]).toMatchObject({ type: "bindings.http", capabilities: ["OUTPUT_BINDING"] });
    expect(byName["files"]).toMatchObject({ type: "bindings.localstorage", capabilities: ["OUTPUT_BINDING"] });
    expect(byName["tick"]).toMatchObject({ type: "bindings.cron", capabilities: ["INPUT_BINDING"] });
  });
});
