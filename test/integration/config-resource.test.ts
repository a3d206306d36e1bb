/**
 * The Configuration resource (--config) with a real pillion process:
 * spec.api deny lists (a denied REST route is not served, a denied RPC
 * answers Unimplemented on every transport, the rest keeps working),
 * spec.features reported in the metadata API, unsupported sections warned
 * about naming file, line and field; the metadata API's extended map
 * (SetMetadata over REST and gRPC, daprRuntimeVersion and the CLI's cliPID
 * as daprd and the Dapr CLI report them); and malformed Configuration files
 * refusing start-up naming file, line and field.
 */
import { Code, createClient } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { startHttpEchoApp } from "../apps/http-echo-app.js";
import { rpcError } from "../harness/rpc-error.js";
import { runPillion, startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { rpcTransports } from "../tools/rpc-transports.js";

let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;
let configFile: string;

const header = ["apiVersion: dapr.io/v1alpha1", "kind: Configuration", "metadata:", "  name: appconfig", "spec:"];

beforeAll(async () => {
  dir = tempDir();
  configFile = dir.file(
    "config.yaml",
    [
      ...header,
      "  api:",
      "    denied:",
      "      - name: state",
      "        version: v1",
      "        protocol: http",
      "      - name: state",
      "        version: v1",
      "        protocol: grpc",
      "  features:",
      "    - name: ActorStateTTL",
      "      enabled: true",
      "    - name: HotReload",
      "      enabled: false",
      "  tracing:",
      '    samplingRate: "1"',
      "  nameResolution:",
      "    component: mdns",
    ].join("\n"),
  );
  sc = await startSidecar({ appId: "configured-app", config: configFile });
});
afterAll(async () => {
  await sc?.stop();
  dir?.remove();
});

async function metadata(): Promise<{ enabledFeatures?: string[]; extended?: Record<string, string>; runtimeVersion: string }> {
  const res = await fetch(`${sc.httpUrl}/v1.0/metadata`);
  expect(res.status).toBe(200);
  return (await res.json()) as { enabledFeatures?: string[]; extended?: Record<string, string>; runtimeVersion: string };
}

describe("spec.api", () => {
  it("does not serve a denied REST route, and serves the others", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/state/statestore/k`);
    expect(res.status).toBe(404);
    expect((await fetch(`${sc.httpUrl}/v1.0/state/statestore`, { method: "POST", body: "[]" })).status).toBe(404);
    expect((await fetch(`${sc.httpUrl}/v1.0/metadata`)).status).toBe(200);
  });

  it.each(rpcTransports)("answers a denied RPC Unimplemented over $name, and serves the others", async (t) => {
    const client = createClient(Dapr, t.create(sc));
    const err = await rpcError(client.getState({ storeName: "statestore", key: "k" }));
    expect([err.code, err.rawMessage]).toEqual([Code.Unimplemented, "Not Implemented"]);
    const [info] = err.findDetails(ErrorInfoSchema);
    expect(info).toMatchObject({ reason: "Not Implemented", domain: "dapr.io", metadata: { "http.code": "501", "http.error_message": "requested endpoint is not available" } });
    expect((await client.getMetadata({})).id).toBe("configured-app");
  });
});

describe("spec.api allow list", () => {
  it("serves only the allowed HTTP APIs (and health), leaving the RPCs alone when no gRPC rule is given", async () => {
    const file = dir.file("allowed.yaml", [...header, "  api:", "    allowed:", "      - name: state", "        version: v1", "        protocol: http"].join("\n"));
    const only = await startSidecar({ appId: "allow-listed", config: file });
    try {
      expect((await fetch(`${only.httpUrl}/v1.0/state/statestore/k`)).status).toBe(204);
      expect((await fetch(`${only.httpUrl}/v1.0/metadata`)).status).toBe(404);
      expect((await fetch(`${only.httpUrl}/v1.0/invoke/allow-listed/method/x`)).status).toBe(404);
      expect((await fetch(`${only.httpUrl}/v1.0/healthz`)).status).toBe(204);
      expect((await createClient(Dapr, rpcTransports[0]!.create(only)).getMetadata({})).id).toBe("allow-listed");
    } finally {
      await only.stop();
    }
  });
});

describe("spec.features, unsupported sections and the metadata API", () => {
  it("reports the enabled features only", async () => {
    expect((await metadata()).enabledFeatures).toEqual(["ActorStateTTL"]);
  });

  it("warns about a section pillion does not act on, naming file, line and field", () => {
    expect(sc.output()).toContain(`${configFile}:21: spec.nameResolution: name resolution components are not supported by pillion`);
  });

  it("reports daprRuntimeVersion and the CLI's cliPID in extended, as daprd under the Dapr CLI does", async () => {
    const m = await metadata();
    expect(m.extended?.["daprRuntimeVersion"]).toBe(m.runtimeVersion);
    expect(m.extended?.["cliPID"]).toBe(String(sc.child.pid));
  });

  it("SetMetadata over REST stores the raw body as the value (204)", async () => {
    const res = await fetch(`${sc.httpUrl}/v1.0/metadata/owner`, { method: "PUT", body: '{"not": "parsed"} as text' });
    expect(res.status).toBe(204);
    expect((await metadata()).extended?.["owner"]).toBe('{"not": "parsed"} as text');
    // daprRuntimeVersion cannot be overwritten.
    expect((await fetch(`${sc.httpUrl}/v1.0/metadata/daprRuntimeVersion`, { method: "PUT", body: "0.0.1" })).status).toBe(204);
    const m = await metadata();
    expect(m.extended?.["daprRuntimeVersion"]).toBe(m.runtimeVersion);
  });

  it("SetMetadata over gRPC stores the value; an empty key is ignored, as daprd does", async () => {
    const client = createClient(Dapr, rpcTransports[0]!.create(sc));
    await client.setMetadata({ key: "team", value: "payments" });
    await client.setMetadata({ key: "", value: "ignored" });
    const m = await client.getMetadata({});
    expect(m.extendedMetadata["team"]).toBe("payments");
    expect(m.extendedMetadata[""]).toBeUndefined();
  });
});

describe("spec.tracing.samplingRate 0", () => {
  it("makes no traceparent for calls that came without one, and passes on the caller's", async () => {
    const app = await startHttpEchoApp();
    const file = dir.file("no-tracing.yaml", [...header, "  tracing:", '    samplingRate: "0"'].join("\n"));
    const untraced = await startSidecar({ appId: "untraced", appPort: app.port, waitForApp: true, config: file });
    try {
      expect((await fetch(`${untraced.httpUrl}/v1.0/invoke/untraced/method/echo`, { method: "POST", body: "x" })).status).toBe(200);
      expect(app.requests.at(-1)!.headers["traceparent"]).toBeUndefined();
      const given = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
      await fetch(`${untraced.httpUrl}/v1.0/invoke/untraced/method/echo`, { method: "POST", body: "x", headers: { traceparent: given } });
      expect(app.requests.at(-1)!.headers["traceparent"]).toBe(given);
    } finally {
      await untraced.stop();
      await app.close();
    }
  });
});

describe("a malformed Configuration file refuses start-up, naming file, line and field", () => {
  const refused = async (name: string, lines: string[]) => {
    const file = dir.file(name, lines.join("\n"));
    const r = await runPillion(["run", "--app-id", "bad-config", "--dapr-http-port", "0", "--dapr-grpc-port", "0", "--config", file]);
    expect(r.code, r.output).toBe(1);
    return { output: r.output, file };
  };

  it("a defaultAccess that is neither allow nor deny", async () => {
    const { output, file } = await refused("access.yaml", [...header, "  secrets:", "    scopes:", "      - storeName: vault", "        defaultAccess: maybe"]);
    expect(output).toContain(`${file}:9: spec.secrets.scopes[0].defaultAccess: defaultAccess maybe can be either allow or deny`);
  });

  it("a misspelt field", async () => {
    const { output, file } = await refused("typo.yaml", [...header, "  secrets:", "    scopes:", "      - storeName: vault", "        deniedSecret: [a]"]);
    expect(output).toContain(`${file}:9: spec.secrets.scopes[0].deniedSecret: is not a field here`);
  });

  it("a file that is not a Configuration", async () => {
    const { output, file } = await refused("kind.yaml", ["apiVersion: dapr.io/v1alpha1", "kind: Component", "metadata:", "  name: x", "spec: {}"]);
    expect(output).toContain(`${file}:2: kind: "Component" is not a Configuration`);
  });

  it("a file that does not exist", async () => {
    const missing = `${dir.path}/nope.yaml`;
    const r = await runPillion(["run", "--app-id", "bad-config", "--dapr-http-port", "0", "--dapr-grpc-port", "0", "--config", missing]);
    expect(r.code).toBe(1);
    expect(r.output).toContain(`${missing}: cannot read the Configuration file (--config): no such file`);
  });
});
