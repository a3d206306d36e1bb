/**
 * The official Dapr Python SDK 1.18.3 (unmodified, from the cached
 * virtualenv) as a client of the real pillion sidecar: its start-up probe
 * (GET /v1.0/healthz/outbound), state over gRPC (save, get, bulk,
 * transaction, ETag conflict with the rich error details it parses, unknown
 * store), metadata, publish (received by a real HTTP app) and invocation over
 * HTTP.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { startHttpTestApp, type HttpTestApp } from "../tools/http-test-app.js";
import { killOnExit, waitFor } from "../tools/processes.js";
import { daprPythonSdk } from "../tools/python-sdk.js";

const appId = "py-sdk-app";
const script = fileURLToPath(new URL("../tools/python_sdk_client.py", import.meta.url));

interface GrpcFailure {
  code: string;
  message: string;
  errorInfo?: { reason?: string; domain?: string; metadata?: Record<string, string> };
}
interface PythonReport {
  get: { data: string; etag: string };
  missing: string;
  bulk: { key: string; data: string; hasEtag: boolean }[];
  afterTx: Record<string, string>;
  etagConflict: GrpcFailure | null;
  afterEtag: string;
  afterDelete: string;
  unknownStore: GrpcFailure | null;
  metadata: { id: string; extended: Record<string, string>; components: string[] };
  invoke: { data: string; contentType: string };
}

let app: HttpTestApp;
let sc: SidecarProcess;
let report: PythonReport;
/** What the script printed before its report (the SDK prints failed health probes there). */
let preamble = "";

beforeAll(async () => {
  const python = daprPythonSdk("1.18.3");
  app = await startHttpTestApp({ subscriptions: [{ pubsubname: "pubsub", topic: "orders", route: "/events/orders" }] });
  sc = await startSidecar({ appId, appPort: app.port, waitForApp: true });
  killOnExit(sc.child);
  const env = { ...process.env, DAPR_HTTP_PORT: String(sc.httpPort), DAPR_GRPC_PORT: String(sc.grpcPort), DAPR_RUNTIME_HOST: "127.0.0.1", DAPR_HEALTH_TIMEOUT: "20" };
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(python, [script, appId], { env, timeout: 60_000 }, (err, out, errOut) => {
      if (err) reject(new Error(`the Python SDK script failed: ${err.message}\n${errOut}\n--- sidecar ---\n${sc.output().slice(-4000)}`));
      else resolve(out);
    });
  });
  const lines = stdout.trim().split("\n");
  report = JSON.parse(lines.pop()!) as PythonReport;
  preamble = lines.join("\n");
}, 600_000);

afterAll(async () => {
  await sc?.stop();
  await app?.close();
});

describe("the Dapr Python SDK 1.18.3 against pillion", () => {
  it("found the sidecar healthy on its first probe of /v1.0/healthz/outbound", () => {
    expect(preamble).not.toMatch(/Health check/);
  });

  it("saves, gets and bulk-gets state", () => {
    expect(JSON.parse(report.get.data)).toEqual({ id: 1, by: "python" });
    expect(report.get.etag).not.toBe("");
    expect(report.missing).toBe("");
    expect(report.bulk).toEqual([
      { key: "py-b", data: "two", hasEtag: true },
      { key: "py-none", data: "", hasEtag: false },
      // The bytes as the SDK sent them (Python's json.dumps spacing), not re-encoded.
      { key: "py-order", data: '{"id": 1, "by": "python"}', hasEtag: true },
    ]);
  });

  it("runs a transaction and deletes", () => {
    expect(report.afterTx).toEqual({ "py-tx": "in-tx", "py-b": "" });
    expect(report.afterDelete).toBe("");
  });

  it("gets ABORTED on a stale ETag and saves with the current one", () => {
    expect(report.etagConflict?.code).toBe("ABORTED");
    expect(report.afterEtag).toBe("fresh");
  });

  it("reads the rich error details of an unknown store (INVALID_ARGUMENT, ErrorInfo DAPR_STATE_NOT_FOUND)", () => {
    expect(report.unknownStore).toMatchObject({
      code: "INVALID_ARGUMENT",
      message: "state store nostore is not found",
      errorInfo: { reason: "DAPR_STATE_NOT_FOUND", domain: "dapr.io", metadata: { appID: appId } },
    });
  });

  it("sets and gets metadata", () => {
    expect(report.metadata.id).toBe(appId);
    expect(report.metadata.extended["py-attr"]).toBe("from python");
    expect(report.metadata.components).toEqual(expect.arrayContaining(["pubsub", "statestore"]));
  });

  it("publishes an event the app receives", async () => {
    const got = await waitFor("the app to receive the Python SDK's event", () => app.events.find((e) => (e.event["data"] as { from?: string } | undefined)?.from === "python"));
    expect(got.event).toMatchObject({ topic: "orders", pubsubname: "pubsub", datacontenttype: "application/json" });
  });

  it("invokes a method on the app over HTTP", () => {
    const echo = JSON.parse(report.invoke.data) as { method: string; path: string; body: string };
    expect(echo.method).toBe("POST");
    expect(echo.path.split("?")[0]).toBe("/py-echo");
    expect(JSON.parse(echo.body)).toEqual({ hello: "python" });
  });
});
