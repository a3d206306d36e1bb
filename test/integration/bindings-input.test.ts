/**
 * Input bindings end to end: the real pillion binary with bindings.cron
 * components, delivering to a real HTTP app (asked first with OPTIONS) and a
 * real gRPC app (asked with ListInputBindings, whose answers are chained to
 * an output binding); and a malformed schedule refusing start-up.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BindingEventResponse_BindingEventConcurrency } from "../../gateway/src/gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { startBindingsGrpcApp, type BindingsGrpcApp } from "../apps/bindings-grpc-app.js";
import { startRecordingHttpServer, type RecordingHttpServer } from "../apps/bindings-http-app.js";
import { runPillion, startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const cron = (name: string, schedule: string, extra = "") => `apiVersion: dapr.io/v1alpha1
kind: Component
metadata: { name: ${name} }
spec:
  type: bindings.cron
  version: v1
  metadata:
    - { name: schedule, value: "${schedule}" }
${extra}---
`;

describe("an HTTP app", () => {
  let app: RecordingHttpServer;
  let sc: SidecarProcess;
  let dir: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    app = await startRecordingHttpServer();
    app.on("OPTIONS", "/ticker", () => ({ status: 200 }));
    app.on("POST", "/ticker", () => ({ status: 200, body: "ok" }));
    // 405 to OPTIONS also means the app takes the binding, as in Dapr.
    app.on("OPTIONS", "/only-post", () => ({ status: 405 }));
    app.on("POST", "/only-post", () => ({ status: 204 }));
    // Not subscribed: OPTIONS is 404.
    app.on("POST", "/unwanted", () => ({ status: 200 }));
    app.on("POST", "/custom/path", () => ({ status: 200 }));
    app.on("OPTIONS", "/failing", () => ({ status: 200 }));
    app.on("POST", "/failing", () => ({ status: 500, body: "boom" }));
    dir = tempDir({
      "cron.yaml":
        cron("ticker", "@every 1s") +
        cron("only-post", "* * * * * *") +
        cron("unwanted", "@every 1s") +
        // An explicit direction skips the OPTIONS question; route changes the path.
        cron("routed", "*/1 * * * * *", "    - { name: route, value: /custom/path }\n    - { name: direction, value: input }\n") +
        cron("failing", "@every 1s"),
    });
    sc = await startSidecar({ appId: "bindings-in", appPort: app.port, resourcesPaths: [dir.path] });
  });

  afterAll(async () => {
    await sc?.stop();
    await app?.close();
    dir?.remove();
  });

  it("asks with OPTIONS, then posts each event to /<name> with the metadata as headers", async () => {
    const [ev] = await app.waitFor("POST", "/ticker", 1);
    expect(app.at("OPTIONS", "/ticker").length).toBe(1);
    expect(ev!.body.length).toBe(0);
    expect(ev!.headers["content-type"]).toBe("application/json");
    expect(ev!.headers["timezone"]).toBe("Local");
    expect(ev!.headers["readtimeutc"]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC$/);
    expect(ev!.headers["traceparent"]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/);
    // It keeps firing.
    await app.waitFor("POST", "/ticker", 2);
  });

  it("takes 405 to OPTIONS as a yes, and leaves a binding the app does not want alone", async () => {
    await app.waitFor("POST", "/only-post", 2);
    expect(app.at("OPTIONS", "/unwanted").length).toBe(1);
    expect(app.at("POST", "/unwanted").length).toBe(0);
  });

  it("posts to the route without asking when the direction is given", async () => {
    await app.waitFor("POST", "/custom/path", 1);
    expect(app.at("OPTIONS", "/custom/path").length).toBe(0);
    expect(app.at("*", "/routed").length).toBe(0);
  });

  it("goes on firing when the app fails an event (cron does not retry) and the sidecar keeps serving", async () => {
    await app.waitFor("POST", "/failing", 2);
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz`)).status).toBe(204);
  });
});

describe("a gRPC app", () => {
  let app: BindingsGrpcApp;
  let ext: RecordingHttpServer;
  let sc: SidecarProcess;
  let dir: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    app = await startBindingsGrpcApp({ bindings: ["chain-seq", "chain-par", "plain"] });
    ext = await startRecordingHttpServer();
    for (const p of ["/a", "/b", "/c"]) ext.on("POST", p, () => ({ status: 200 }));
    app.onBinding("chain-seq", () => ({ to: ["out-a", "missing-binding", "out-b"], data: Buffer.from('{"z": 1, "a": [true, null]}') }));
    app.onBinding("chain-par", () => ({
      to: ["out-c", "missing-binding"],
      data: Buffer.from("not json"),
      concurrency: BindingEventResponse_BindingEventConcurrency.PARALLEL,
    }));
    app.onBinding("plain", () => new ConnectError("nope", Code.Internal));
    const http = (name: string, path: string) =>
      `apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata: { name: ${name} }\nspec:\n  type: bindings.http\n  version: v1\n  metadata:\n    - { name: url, value: "${ext.url}${path}" }\n---\n`;
    dir = tempDir({
      "c.yaml": cron("chain-seq", "@every 1s") + cron("chain-par", "@every 1s") + cron("plain", "@every 1s") + cron("not-listed", "@every 1s") + http("out-a", "/a") + http("out-b", "/b") + http("out-c", "/c"),
    });
    sc = await startSidecar({ appId: "bindings-in-grpc", appPort: app.port, appProtocol: "grpc", resourcesPaths: [dir.path] });
  });

  afterAll(async () => {
    await sc?.stop();
    await app?.close();
    await ext?.close();
    dir?.remove();
  });

  it("lists the app's bindings once and calls OnBindingEvent with the name and metadata", async () => {
    const calls = await app.waitFor(() => app.bindingCalls.filter((c) => c.request.name === "plain"), 2);
    expect(app.listCalls).toBe(1);
    expect(calls[0]!.request.data.length).toBe(0);
    expect(calls[0]!.request.metadata["timeZone"]).toBe("Local");
    expect(calls[0]!.headers.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/);
    expect(app.bindingCalls.some((c) => c.request.name === "not-listed")).toBe(false);
  });

  it("sends the answer's data to the `to` bindings with create, in order, stopping at the first failure", async () => {
    const [a] = await ext.waitFor("POST", "/a", 1);
    // Re-encoded as Go does: keys sorted, no spaces.
    expect(a!.body.toString()).toBe('{"a":[true,null],"z":1}');
    // out-b comes after a binding that does not exist: never called.
    await app.waitFor(() => app.bindingCalls.filter((c) => c.request.name === "chain-seq"), 3);
    expect(ext.at("POST", "/b").length).toBe(0);
  });

  it("sends to every `to` binding at once for PARALLEL; data that is not JSON goes as null", async () => {
    const [c] = await ext.waitFor("POST", "/c", 1);
    expect(c!.body.toString()).toBe("null");
  });
});

describe("start-up", () => {
  it("refuses a malformed cron schedule, naming the file and the field", async () => {
    const dir = tempDir({ "bad-cron.yaml": cron("bad", "61 * * * * *") });
    try {
      const { code, output } = await runPillion(["run", "--app-id", "x", "--dapr-http-port", "0", "--dapr-grpc-port", "0", "--resources-path", dir.path]);
      expect(code).toBe(1);
      // The file, the line and the field of the value at fault.
      expect(output).toContain("bad-cron.yaml:8: spec.metadata[0].value: schedule: invalid schedule format '61 * * * * *': end of range (61) above maximum (59): 61");
    } finally {
      dir.remove();
    }
  });

  it("refuses a direction the driver cannot serve", async () => {
    const dir = tempDir({
      "dir.yaml": "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata: { name: out }\nspec:\n  type: bindings.http\n  version: v1\n  metadata:\n    - { name: url, value: http://127.0.0.1:1 }\n    - { name: direction, value: input }\n",
    });
    try {
      const { code, output } = await runPillion(["run", "--app-id", "x", "--dapr-http-port", "0", "--dapr-grpc-port", "0", "--resources-path", dir.path]);
      expect(code).toBe(1);
      expect(output).toContain("dir.yaml");
      expect(output).toContain("bindings.http cannot be used for input (it supports output only)");
    } finally {
      dir.remove();
    }
  });
});
